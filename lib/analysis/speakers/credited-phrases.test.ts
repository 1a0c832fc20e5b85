import { describe, expect, it } from "vitest";
import { findQuotes } from "../quotes";
import { preparedFromText } from "../test-helpers/prepared";

/** [quoted text, speaker, kind]: whether a short quoted phrase is credited to someone or kept as the outlet's. */
const credited = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.text, quote.speaker, quote.kind]);

// Quoted words the grammar of their sentence credits to a named source, though no plain speech
// verb governs them; and the outlet's own scare quotes beside them, which no source claims.
describe("quoted phrases credited by the sentence's grammar", () => {
  it("a relative clause inside the clause a speech verb reports is the speaker's", () => {
    expect(
      credited(
        "Gov. Tomas Berg said on Friday in Dover, Ohio, that he expected a big turnout, which “will help us win the county.”",
      ),
    ).toEqual([["will help us win the county.", "Gov. Tomas Berg", "partial"]]);
  });

  it("but a relative clause on a clause no one reports is the outlet's comment", () => {
    expect(credited("Ruiz met the council on Tuesday, which “settled” nothing at all.")).toEqual([
      ["settled", null, "scare"],
    ]);
    expect(
      credited(
        "Ruiz said that the council met on Tuesday. The vote, which “settled” nothing, came later.",
      ),
    ).toEqual([["settled", null, "scare"]]);
  });

  it("a subject set off by dashes or an apposition still says what its verb reports", () => {
    expect(
      credited(
        "Ana Ruiz — a teacher from Dover — says she made a late decision, and that the mayor's backing was “a big deal.”",
      ),
      // The whole name as written (the dash aside is skipped; before, the parse gave only "Ruiz").
    ).toEqual([["a big deal.", "Ana Ruiz", "partial"]]);
    expect(
      credited(
        "Two analysts, Ana Ruiz and Tom Berg, found in 2014 that the navy is “the best in the region.”",
      ),
    ).toEqual([["the best in the region.", "Two analysts, Ana Ruiz and Tom Berg", "partial"]]);
  });

  it("but such a subject gives no speaker to a phrase no verb of saying or thinking reports", () => {
    expect(
      credited("Ana Ruiz — a teacher from Dover — voted early, and the “reform” passed anyway."),
    ).toEqual([["reform", null, "scare"]]);
    expect(
      credited("The harbor deal — a gift to the banks — collapsed after the “reform” stalled."),
    ).toEqual([["reform", null, "scare"]]);
  });

  it("an “as” aside states the clause the parse set beside it", () => {
    expect(
      credited(
        "As Mayor Ana Ruiz has pointed out, that is basically the “textbook definition” of waste.",
      ),
    ).toEqual([["textbook definition", "Mayor Ana Ruiz", "partial"]]);
  });

  it("but an “as” clause that tells when states nothing", () => {
    expect(credited("As the storm passed, the town was “a ghost town” for days.")).toEqual([
      ["a ghost town", null, "scare"],
    ]);
  });

  it("a name a speaker calls someone is the speaker's, even capitalised as a title", () => {
    expect(credited("Berg called the chancellor “The Keeper of the Free World.”")).toEqual([
      ["The Keeper of the Free World.", "Berg", "partial"],
    ]);
    expect(credited("Ortega calls a shouting Berg a “fascist” and a “Stalinist.”")).toEqual([
      ["fascist", "Ortega", "partial"],
      ["Stalinist.", "Ortega", "partial"],
    ]);
  });

  it("but the capitalised name of a work or a group, which no one calls anyone, stays the outlet's", () => {
    expect(credited("She read a book called “The Long Road” last year.")).toEqual([
      ["The Long Road", null, "scare"],
    ]);
    expect(credited("The group, called “Friends of the Harbor,” met on Tuesday.")).toEqual([
      ["Friends of the Harbor", null, "scare"],
    ]);
  });
});
