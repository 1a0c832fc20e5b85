import { describe, expect, it } from "vitest";
import { lang } from "../lang";
import { who } from "../test-helpers/quote-speakers";

// Whether a speech verb's subject can speak: WordNet's nouns for no person or group do not.
describe("nouns that cannot speak", () => {
  it("WordNet tells nouns for people and groups from the rest", () => {
    for (const word of ["theory", "refusal", "moment", "photo", "room"])
      expect(lang.speakers.muteNouns.has(word)).toBe(true);
    for (const word of ["critic", "panel", "people", "voter", "union", "report", "poll"])
      expect(lang.speakers.muteNouns.has(word)).toBe(false);
    // A noun WordNet does not list is not denied.
    expect(lang.speakers.muteNouns.has("zzyzx")).toBe(false);
  });

  it("a subject phrase that cannot speak gives way to the parse's speaker set in as an aside", () => {
    expect(who("That theory, Ruiz continued, suggests “a deeper rot in the council.”")).toEqual([
      ["a deeper rot in the council.", "Ruiz", "X … suggests"],
    ]);
    expect(who("The refusal, Berg added, shows “how little they care.”")).toEqual([
      ["how little they care.", "Berg", "X added"],
    ]);
  });

  it("WordNet's word counts before a role ending: an incident is no student", () => {
    // "-ent", "-ist", "-er" end many words for people, and some for things.
    expect(
      who(
        "The first incident came at the college, when union members interrupted her speech, shouting “no cuts, no deal!”",
      ),
    ).toEqual([["no cuts, no deal!", "union members", "X … shouting"]]);
    // The parse hangs "citing" from "the list", which cannot speak: no speaker, not the list.
    expect(
      who(
        "Tom Beck rounded out the list of speakers, citing “the harbor” as his favorite place.",
      )[0]?.[1],
    ).toBeNull();
    expect(
      who("The argument, often appearing to lack a center, ran “round and round.”")[0]?.[1],
    ).toBeNull();
    expect(who("The student replied, “We will keep going.”")[0]?.[1]).toBe("The student");
  });

  it("a count word the reader stops at does not stand for the parse's speaker", () => {
    expect(who("“We will not fold,” said one well-placed Republican close to the mayor.")).toEqual([
      ["We will not fold", "Republican", "said X"],
    ]);
    expect(who("“We will not fold,” said one senior aide to the mayor.")).toEqual([
      ["We will not fold", "one senior aide", "said X"],
    ]);
  });

  it("a thing named inside the subject's phrase does not stand for its head", () => {
    expect(who("Many critics of the plan said “it is a gift to landlords.”")).toEqual([
      ["it is a gift to landlords.", "Many critics of the plan", "X said"],
    ]);
    expect(who("Opponents of the bridge said “the cost is absurd.”")).toEqual([
      ["the cost is absurd.", "Opponents", "X … said"],
    ]);
  });
});
