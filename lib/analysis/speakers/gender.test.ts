import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("the gender an article gives a person", () => {
  it("a role noun counts only in an appositive: “Marsh and her husband” does not make Marsh a man", () => {
    expect(
      who(
        "“We will win,” said Linda Marsh. Marsh and her husband spoke to voters in Ohio. “It is a long road,” she said.",
      ),
    ).toEqual([
      ["We will win", "Linda Marsh", "said X"],
      ["It is a long road", "Linda Marsh", "she → Linda Marsh"],
    ]);
  });

  it("the first name outweighs a stray pronoun after the name (“Hale’s plan, she said”)", () => {
    expect(
      who(
        "Donald Hale met Mary Stone on Monday. Hale’s plan, she said, was too costly. “It will not pass,” Hale said. “We will try again,” he said.",
      ),
    ).toEqual([
      ["It will not pass", "Hale", "X said"],
      ["We will try again", "Hale", "he → Hale"],
    ]);
  });

  it("another person with the same surname does not vote (“Bill Dunn thanked his staff”)", () => {
    expect(
      who(
        "“We are ready,” said Hillary Dunn. Bill Dunn thanked his staff. “We will go on,” she said.",
      ),
    ).toEqual([
      ["We are ready", "Hillary Dunn", "said X"],
      ["We will go on", "Hillary Dunn", "she → Hillary Dunn"],
    ]);
  });
});
