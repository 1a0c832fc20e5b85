import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("speaker attribution in the quote's sentence", () => {
  it("X said / said X", () => {
    expect(who("“We will respond,” Pompeo said. “We mean it,” said Pompeo.")).toEqual([
      ["We will respond", "Pompeo", "X said"],
      ["We mean it", "Pompeo", "said X"],
    ]);
  });

  it("X told CNN, X said in a statement, X added, X wrote", () => {
    expect(who("“It was prompted by threats,” a senior U.S. official told CNN.")).toEqual([
      ["It was prompted by threats", "a senior U.S. official", "X told"],
    ]);
    expect(who("“We will hold Iran responsible,” Pompeo said in a statement on Friday.")).toEqual([
      ["We will hold Iran responsible", "Pompeo", "X said"],
    ]);
    expect(who("“More steps will follow,” the official added.")).toEqual([
      ["More steps will follow", "the official", "X added"],
    ]);
    expect(who("“There is a half-century of failure,” Bill Hennessy wrote.")).toEqual([
      ["There is a half-century of failure", "Bill Hennessy", "X wrote"],
    ]);
  });

  it("titles and descriptions stay as written", () => {
    expect(
      who(
        "Iran Foreign Ministry spokesman Bahram Ghasemi called the reason “a laughable justification.”",
      ),
    ).toEqual([
      ["a laughable justification.", "Iran Foreign Ministry spokesman Bahram Ghasemi", "X called"],
    ]);
    expect(
      who("“Our staff will leave,” State Department spokeswoman Heather Nauert said."),
    ).toEqual([["Our staff will leave", "State Department spokeswoman Heather Nauert", "X said"]]);
  });

  it("keeps a describing appositive with the name", () => {
    expect(
      who("“They agreed with the decision,” said Heather Nauert, department spokeswoman."),
    ).toEqual([
      ["They agreed with the decision", "Heather Nauert, department spokeswoman", "said X"],
    ]);
    expect(
      who("Rosa Lind, a spokeswoman for the Varga campaign, said, “The flyer is misleading.”"),
    ).toEqual([
      ["The flyer is misleading.", "Rosa Lind, a spokeswoman for the Varga campaign", "X said"],
    ]);
    expect(
      who(
        "“They are treating it like a holy relic,” Rep. Dana Holt, R-Ohio, the former chairwoman, told The Dayton Ledger.",
      ),
    ).toEqual([["They are treating it like a holy relic", "Rep. Dana Holt", "X told"]]);
  });

  it("according to X, and In a statement, X …", () => {
    expect(who("“We will respond,” according to a senior administration official.")).toEqual([
      ["We will respond", "a senior administration official", "according to X"],
    ]);
    expect(who("In a statement, Pompeo blamed Iran for “repeated incidents of fire.”")).toEqual([
      ["repeated incidents of fire.", "Pompeo", "in a statement, X"],
    ]);
  });

  it("X called it … and partial quotes governed by a speech verb", () => {
    expect(who("Mr. Pompeo called it a “temporary relocation” due to the threats.")).toEqual([
      ["temporary relocation", "Mr. Pompeo", "X called"],
    ]);
    expect(
      who("Still, Pompeo said the threats were “increasing and specific” and added more."),
    ).toEqual([["increasing and specific", "Pompeo", "X said"]]);
  });

  it("participles and second verbs take the clause's subject", () => {
    expect(
      who("The department renewed its advisory, saying “numerous groups are active in Iraq.”"),
    ).toEqual([["numerous groups are active in Iraq.", "The department", "X … saying"]]);
    expect(
      who(
        "Mr. Pompeo called it a “temporary relocation” and warned Iran about “associated proxy militias.”",
      ),
    ).toEqual([
      ["temporary relocation", "Mr. Pompeo", "X called"],
      ["associated proxy militias.", "Mr. Pompeo", "X … warned"],
    ]);
    expect(
      who(
        "The Washington Post quoted the official as saying the move was “an unfortunate political decision.”",
      ),
    ).toEqual([["an unfortunate political decision.", "the official", "X … saying"]]);
  });

  it("quotes joined by “and” share the speaker", () => {
    expect(
      who(
        "House Democrats signed a letter calling the deal “fiscally irresponsible” and “grossly unfair.”",
      ),
    ).toEqual([
      ["fiscally irresponsible", "House Democrats", "X … calling"],
      ["grossly unfair.", "House Democrats", "X … calling"],
    ]);
  });

  it("a participle clause after the attribution breaks the link (scare quote)", () => {
    expect(
      who(
        "“We are not aware of any intention,” the official said, dismissing the “unfortunate move” as politics.",
      ),
    ).toEqual([
      ["We are not aware of any intention", "the official", "X said"],
      ["unfortunate move", null, null],
    ]);
  });
});

describe("documents and descriptions", () => {
  it("the statement said → who released it", () => {
    const text =
      "White House Press Secretary Sarah Sanders released an official statement. “Iran did not act to stop these attacks,” the statement said.";
    expect(who(text)).toEqual([
      [
        "Iran did not act to stop these attacks",
        "White House Press Secretary Sarah Sanders",
        "the statement → White House Press Secretary Sarah Sanders",
      ],
    ]);
  });

  it("X's statement said, a statement from X said, the NAACP resolution said", () => {
    expect(who("“Iran did not act,” Pompeo’s statement said.")).toEqual([
      ["Iran did not act", "Pompeo", "pompeo’s statement → Pompeo"],
    ]);
    expect(
      who(
        "A statement from State Department spokesperson Heather Nauert said, “We remain committed.”",
      ),
    ).toEqual([
      [
        "We remain committed.",
        "State Department spokesperson Heather Nauert",
        "statement from X said",
      ],
    ]);
    expect(
      who("The NAACP adopted a resolution. The resolution said it would “repudiate the racism.”"),
    ).toEqual([["repudiate the racism.", "The NAACP", "the resolution → The NAACP"]]);
    // A medium in capitals owns nothing: the ad stays the source, not "new TV".
    expect(
      who("The campaign used a new TV ad to claim the plan treats Medicare like a “piggy bank.”"),
    ).toEqual([["piggy bank.", "a new TV ad", "X claim"]]);
  });

  it("“the Texas governor” → the governor named earlier; “the official” stays as written", () => {
    expect(
      who("Gov. Rick Perry of Texas spoke in Iowa. “I will end it,” the Texas governor said."),
    ).toEqual([["I will end it", "Rick Perry", "the texas governor → Rick Perry"]]);
    expect(
      who(
        "A senior Iraqi security official rejected it. “We are not aware of any threat,” the official said.",
      ),
    ).toEqual([["We are not aware of any threat", "the official", "X said"]]);
  });
});

describe("speech verbs the tagger reads as other words", () => {
  it("'elaborated', which wink tags as an adjective, speaks", () => {
    expect(
      who(
        "Ana Ruiz elaborated in a piece for the Herald that delegates currently pledged to Berg may reconsider. “A win in the state would change everything.”",
      ),
    ).toEqual([["A win in the state would change everything.", "Ana Ruiz", "previous sentence"]]);
    expect(
      who("“The way I see it,” Ana Ruiz elaborated, “no one questioned his service.”").map(
        (row) => row[1],
      ),
    ).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});
