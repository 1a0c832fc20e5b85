import { describe, expect, it } from "vitest";
import { lang } from "../lang";
import { who } from "../test-helpers/quote-speakers";

// A quote in what a verb of thinking, feeling or perceiving states (governor-thinking.ts): its
// subject's, when no speech verb governs it.
describe("speakers through a verb that takes a clause", () => {
  it("the list is WordNet's verbs that take 'that CLAUSE', not every verb", () => {
    for (const verb of ["believe", "fear", "suspect", "realize", "point", "doubt"])
      expect(lang.speakers.clauseVerbs.has(verb)).toBe(true);
    for (const verb of ["walk", "eat", "build", "sail"])
      expect(lang.speakers.clauseVerbs.has(verb)).toBe(false);
  });

  it("the subject of the verb whose complement holds the quote", () => {
    expect(who("Ana Ruiz believes the new toll will hit “the poorest drivers hardest.”")).toEqual([
      ["the poorest drivers hardest.", "Ana Ruiz", "X believes (uncertain)"],
    ]);
    expect(who("Tomas Berg feared that the merger would ruin “the harbor towns.”")).toEqual([
      ["the harbor towns.", "Tomas Berg", "X feared (uncertain)"],
    ]);
    expect(
      who(
        "Council member Dana Holt suspects that the new toll will hit “the poorest drivers hardest.”",
      )[0]?.[1],
    ).toBe("Council member Dana Holt");
  });

  it("a verb the list lacks, when its complement is a clause opened by 'that'", () => {
    // "confide" has no "that CLAUSE" frame in WordNet; the syntax says it states the clause.
    expect(
      who(
        "When the family moved in, Ana Ruiz confided to her that the owners had panicked because they were “the first new family.”",
      ),
    ).toEqual([["the first new family.", "Ana Ruiz", "X confided (uncertain)"]]);
    // Not for a subject that cannot speak.
    expect(who("The data show that the plan is “a failure.”")[0]?.[1]).toBeNull();
  });

  it("'As X has pointed out,' set before or inside the clause", () => {
    expect(
      who("As Tomas Berg pointed out, the new toll will hit “the poorest drivers hardest.”"),
    ).toEqual([["the poorest drivers hardest.", "Tomas Berg", "X pointed (uncertain)"]]);
    expect(
      who(
        "The new toll, as Tomas Berg has pointed out, will hit “the poorest drivers hardest.”",
      )[0]?.[1],
    ).toBe("Tomas Berg");
    expect(
      who("As investors feared, the new toll will hit “the poorest drivers hardest.”")[0]?.[1],
    ).toBe("investors");
  });

  it("a speech verb still wins, below or above", () => {
    expect(who("Tomas Berg believes Ana Ruiz called the toll “a tax on work.”")).toEqual([
      ["a tax on work.", "Ana Ruiz", "X called"],
    ]);
    expect(
      who("Ana Ruiz said Tomas Berg believes the toll will hit “the poorest drivers hardest.”"),
    ).toEqual([["the poorest drivers hardest.", "Ana Ruiz", "X said"]]);
  });

  it("not from a relative clause, nor from a clause hung on a noun", () => {
    expect(
      who(
        "Ana Ruiz met a voter who believes that the toll will hit “the poorest drivers hardest.”",
      ),
    ).toEqual([["the poorest drivers hardest.", null, null]]);
    expect(
      who("Ana Ruiz rejected the fear that the toll will hit “the poorest drivers hardest.”"),
    ).toEqual([["the poorest drivers hardest.", null, null]]);
  });

  it("not from an indirect question, which is asked, not stated", () => {
    expect(
      who("Ana Ruiz doubted whether the new toll would hit “the poorest drivers hardest.”"),
    ).toEqual([["the poorest drivers hardest.", null, null]]);
    expect(
      who("Tomas Berg knows why the new toll will hit “the poorest drivers hardest.”"),
    ).toEqual([["the poorest drivers hardest.", null, null]]);
  });

  it("not over a clause of its own that the parse hung below it", () => {
    // After a comma: the main clause, read as the complement of the "once" clause before it.
    expect(who("Once the mayor learned the vote had failed, “she left” with her aides.")).toEqual([
      ["she left", null, null],
    ]);
    // An "as" clause with a complement of its own tells when, not who says so.
    expect(
      who("As traders decided the harbor was safe, the fleet sailed for “the northern grounds.”"),
    ).toEqual([["the northern grounds.", null, null]]);
    expect(
      who(
        "As investors decided the toll was fair, the council will vote on “the new bridge.”",
      )[0]?.[1],
    ).not.toBe("investors");
  });
});
