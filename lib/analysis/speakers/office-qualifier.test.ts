import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// "the Florida senator": the person the article places in Florida with that office
// (office-qualifier.ts), not the last senator named nor whoever spoke last.
describe("an office described by its place", () => {
  it("the office holder the article places there, by a word before the name or a tag after it", () => {
    expect(
      who(
        'Sen. Willa Orne spoke first. Florida Sen. Marco Dace and Sen. Ted Quill followed. "We will carry this state," the Florida senator said.',
      ),
    ).toEqual([["We will carry this state", "Marco Dace", "the florida senator → Marco Dace"]]);
    expect(
      who(
        'Sen. Ana Ruiz (R-Fla.) arrived late. Sen. Tom Beck (D-Vt.) spoke. "We will win," the Florida senator said.',
      )[0]?.[1],
    ).toBe("Ana Ruiz");
    expect(
      who(
        'Gov. Tom Beck of New Jersey arrived late. Sen. Ana Ruiz spoke. "We will win," the New Jersey governor said.',
      )[0]?.[1],
    ).toBe("Tom Beck");
  });

  it("a holder the article places elsewhere is not the one described: the description stays", () => {
    expect(
      who(
        "“Taxes will fall,” said Sen. Tom Beck (D-Vt.). “We will see,” the Florida senator said.",
      ),
    ).toEqual([
      ["Taxes will fall", "Sen. Tom Beck", "said X"],
      ["We will see", "the Florida senator", "X said"],
    ]);
  });
});
