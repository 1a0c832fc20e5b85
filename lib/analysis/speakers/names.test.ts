import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("the person registry", () => {
  it("a title-case headline's run of capitals does not spell a full name the article spells", () => {
    expect(
      who(
        "Angry Critics Slam Ana Ruiz Over Budget Plan.\nAna Ruiz spoke to reporters on Monday. “It is a fair plan,” she said.",
      ),
    ).toEqual([["It is a fair plan", "Ana Ruiz", "she → Ana Ruiz"]]);
  });

  it("reads a headline's capitals beyond ASCII too", () => {
    expect(
      who(
        "Émigrés Slam Ana Ruiz Over Budget Plan.\nAna Ruiz spoke to reporters on Monday. “It is a fair plan,” she said.",
      ),
    ).toEqual([["It is a fair plan", "Ana Ruiz", "she → Ana Ruiz"]]);
    // A lower-case word of four letters or more, accented or not, means the line is a sentence.
    expect(
      who(
        "Critics slam Ana Ruiz über Budget Plan.\nAna Ruiz spoke to reporters on Monday. “It is a fair plan,” she said.",
      ),
    ).toEqual([["It is a fair plan", "Ana Ruiz", "she → Ana Ruiz"]]);
  });
});
