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
});
