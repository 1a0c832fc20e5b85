import { describe, expect, it } from "vitest";
import { buildRegistry } from "./actors";
import { lookupName } from "./coref-names";
import { attributionOf, mentionsOf } from "../test-helpers/attribution";

describe("actor resolution", () => {
  it("resolves gazetteer names, capitals, institutions and nationality phrases", () => {
    expect(
      mentionsOf(
        "Washington and Tehran traded barbs while the Pentagon and the IRGC stayed silent.",
      ),
    ).toEqual([
      "Washington → united-states",
      "Tehran → iran",
      "the Pentagon → united-states",
      "the IRGC → irgc",
    ]);
    expect(
      mentionsOf(
        "A senior Iraqi security official and Iranian-backed militias met the regime in Tehran.",
      ),
    ).toEqual([
      "A senior Iraqi security official → iraq",
      "Iranian-backed militias → iran-aligned-militias",
      "the regime in Tehran → iran",
    ]);
  });

  it("names a body made of a common word and its kind, not its kind alone", () => {
    expect(
      mentionsOf("The Tea Party met the Harbour Council after the Green Party left.", {
        actors: [],
      }),
    ).toEqual([
      "Tea Party → tea-party",
      "Harbour Council → harbour-council",
      "Green Party → green-party",
    ]);
  });

  it("reads an actor's backed groups generically, and as the story's own group when it names one", () => {
    const text = "Russian-backed militias shelled the town.";
    expect(mentionsOf(text, { actors: [] })).toEqual([
      "Russian-backed militias → russia-backed-groups",
    ]);
    expect(
      mentionsOf(text, {
        actors: [
          {
            id: "eastern-separatists",
            name: "Eastern separatists",
            side: "russia",
            kind: "armed-group",
            aliases: ["separatists"],
            backedBy: "russia",
          },
        ],
      }),
    ).toEqual(["Russian-backed militias → eastern-separatists"]);
  });

  it("does not take the pronoun 'us' for the United States", () => {
    expect(mentionsOf("They attacked us on Friday.")).not.toContain("us → united-states");
    expect(mentionsOf("The US closed its consulate.")[0]).toBe("The US → united-states");
  });

  it("lets story actors override the gazetteer", () => {
    const result = attributionOf(["The Quds Force was blamed for the attack."], {
      actors: [
        {
          id: "irgc-qf",
          name: "IRGC Quds Force",
          side: "iran-military",
          kind: "armed-group",
          aliases: ["Quds Force"],
        },
      ],
    });
    expect(result.mentions.map((m) => m.actor)).toEqual(["irgc-qf"]);
    expect(result.actors.find((a) => a.id === "irgc-qf")).toMatchObject({
      source: "story",
      side: "iran-military",
    });
    expect(result.sides.map((s) => s.id)).toContain("iran-military");
  });

  it("discovers unknown names, keeps them as written, and groups surnames", () => {
    const result = attributionOf([
      "Senator Jane Fairweather criticised Zorblat Industries. Fairweather said the company lied.",
    ]);
    const jane = result.actors.find((a) => a.name === "Jane Fairweather");
    expect(jane).toMatchObject({ source: "discovered", kind: "person", side: "unknown" });
    expect(result.mentions.filter((m) => m.actor === jane?.id).map((m) => m.text)).toEqual([
      "Senator Jane Fairweather",
      "Fairweather",
    ]);
    expect(result.blame.map((b) => `${b.accuser.actor} ${b.kind} ${b.accused.text}`)).toContain(
      `${jane?.id} criticises Zorblat Industries`,
    );
  });

  it("places a discovered person by the institution in their title", () => {
    const result = attributionOf([
      "Iran Foreign Ministry spokesman Bahram Ghasemi spoke on Saturday.",
    ]);
    expect(result.actors.find((a) => a.id === "bahram-ghasemi")).toMatchObject({
      side: "iran",
      represents: "iran",
      kind: "person",
    });
  });

  it("places a party member by 'D-N.Y.' after the name", () => {
    const result = attributionOf(["Rep. Jerrold Nadler, D-N.Y., spoke to reporters."]);
    expect(result.actors.find((a) => a.name === "Jerrold Nadler")).toMatchObject({
      side: "democrats",
    });
  });

  it("resolves 'he', 'the official' and 'the American diplomat' to the last matching actor", () => {
    expect(mentionsOf("Mike Pompeo spoke on Friday. He said the move was temporary.")).toEqual([
      "Mike Pompeo → mike-pompeo",
      "He → mike-pompeo",
    ]);
    expect(
      mentionsOf("A senior Iraqi official spoke. The official said security was tight."),
    ).toEqual(["A senior Iraqi official → iraq", "The official → iraq"]);
    expect(
      mentionsOf("Pompeo spoke in New York. The American diplomat claimed Iran was responsible."),
    ).toEqual(["Pompeo → mike-pompeo", "The American diplomat → mike-pompeo", "Iran → iran"]);
  });

  it("does not resolve 'she' to a man or 'the Iraqi official' to an American one", () => {
    expect(mentionsOf("Mike Pompeo spoke. She disagreed.")).toEqual(["Mike Pompeo → mike-pompeo"]);
    expect(mentionsOf("A senior U.S. official spoke. The Iraqi official disagreed.")).toEqual([
      "A senior U.S. official → united-states",
      "The Iraqi official → iraq",
    ]);
  });

  it("does not resolve 'they' in a quote to the speaker's own party", () => {
    expect(
      mentionsOf(
        "Democrats met on Tuesday, and Republicans met on Wednesday. “They want to raise taxes,” said Rep. Jane Doe, R-Ohio.",
      ),
    ).toContain("They → democratic-party");
    expect(
      mentionsOf(
        "Republicans met on Wednesday. “They want to raise taxes,” said Rep. Jane Doe, R-Ohio.",
      ),
    ).toEqual(["Republicans → republican-party", "Rep. Jane Doe → jane-doe"]);
  });

  it("resolves 'the president' in a quote to a bearer named before it, else to the story's most titled one", () => {
    expect(
      mentionsOf(
        "President Bob Smith spoke on Monday. “The president has let us down,” Jane Doe said. President Tom Jones had warned about this.",
      ),
    ).toContain("The president → bob-smith");
    const story = attributionOf([
      "President Tom Jones left office in 2009. President Bob Smith spoke, and President Smith took questions.",
      "“The president has let us down,” Jane Doe said.",
    ]);
    expect(
      story.mentions.filter((m) => m.article === "b").map((m) => `${m.text} → ${m.actor}`),
    ).toContain("The president → bob-smith");
  });

  it("resolves 'he' in a quote to the man the talk is about, not the last one named", () => {
    expect(
      mentionsOf(
        "Bob Smith unveiled his plan on Monday, and Smith defended it. Tom Jones attended. “He has no idea what he is doing,” Jane Doe said.",
      ),
    ).toEqual(expect.arrayContaining(["He → bob-smith", "he → bob-smith"]));
  });

  it("groups an acronym written with and without dots", () => {
    const result = attributionOf([
      "The ACLU said on Monday it would sue.",
      "The A.C.L.U. filed suit on Tuesday.",
    ]);
    expect(result.mentions.map((m) => `${m.text} → ${m.actor}`)).toEqual([
      "ACLU → aclu",
      "it → aclu",
      "A.C.L.U. → aclu",
    ]);
    expect(result.actors.find((a) => a.id === "aclu")?.name).toBe("ACLU");
  });

  it("groups a person's names with and without middle initials", () => {
    const result = attributionOf([
      "House Minority Leader John A. Boehner (R-Ohio) spoke on Sunday. Later John Boehner took questions.",
    ]);
    expect(
      result.actors.filter((a) => a.source === "discovered").map((a) => `${a.id} ${a.represents}`),
    ).toEqual(["john-a-boehner republican-party"]);
    expect(result.mentions.map((m) => `${m.text} → ${m.actor}`)).toEqual([
      "House Minority Leader John A. Boehner → john-a-boehner",
      "John Boehner → john-a-boehner",
    ]);
  });

  it("reads a place and a title inside a name run as the title ('Texas Gov. Rick Perry')", () => {
    const perry = attributionOf([
      "Texas Gov. Rick Perry released an ad. Perry said it would run in Iowa.",
    ]);
    expect(perry.actors.filter((a) => a.source === "discovered").map((a) => a.name)).toEqual([
      "Rick Perry",
    ]);
    expect(perry.mentions.map((m) => `${m.text} → ${m.actor}`)).toEqual([
      "Gov. Rick Perry → rick-perry",
      "Perry → rick-perry",
    ]);
    const etheridge = attributionOf(["South Carolina Rep. Bob Etheridge apologized on Monday."]);
    expect(etheridge.actors.filter((a) => a.source === "discovered").map((a) => a.name)).toEqual([
      "Bob Etheridge",
    ]);
  });

  it("looks a name up by the discovered name it ends with, else by surname", () => {
    const registry = buildRegistry([]);
    const discovered = {
      side: "unknown",
      kind: "person" as const,
      aliases: [],
      source: "discovered" as const,
      represents: null,
      gender: null,
    };
    registry.actors.set("rick-perry", { id: "rick-perry", name: "Rick Perry", ...discovered });
    registry.actors.set("anita-perry", { id: "anita-perry", name: "Anita Perry", ...discovered });
    expect(lookupName("Texas Gov. Rick Perry", registry)).toBe("rick-perry");
    expect(lookupName("Anita Perry", registry)).toBe("anita-perry");
    expect(lookupName("Governor Perry", registry)).toBe("rick-perry");
    expect(lookupName("Zorblat", registry)).toBeNull();
  });
});

describe("datelines", () => {
  it("a dateline is where the story was filed, not a mention of that capital's government", () => {
    expect(mentionsOf("WASHINGTON—The State Department will close the consulate.")).toEqual([
      "The State Department → united-states",
    ]);
    expect(mentionsOf("WASHINGTON/NEW YORK—Tehran denied the report.")).toEqual(["Tehran → iran"]);
    expect(mentionsOf("BAGHDAD (Reuters) - Tehran denied the report.")).toEqual(["Tehran → iran"]);
  });

  it("a name that opens an ordinary sentence is still a mention", () => {
    expect(mentionsOf("US - Iran talks ended without a deal.")).toEqual([
      "US → united-states",
      "Iran → iran",
    ]);
    expect(mentionsOf("Washington said it would close the consulate.")).toEqual([
      "Washington → united-states",
      "it → united-states",
    ]);
  });
});
