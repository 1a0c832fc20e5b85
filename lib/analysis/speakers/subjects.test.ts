import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("a reduced passive (“when asked about …”) has no speaker of its own", () => {
  it("the name before it is not its subject, so “she” still stands for the speaker", () => {
    expect(
      who(
        "“That is a fair worry, because they are very passionate,” Ann Lee, 69, told WKTV Friday when asked about concerns that the voters would not support Tom Reed. “I think the voters would back Reed,” she said.",
      ),
    ).toEqual([
      ["That is a fair worry, because they are very passionate", "Ann Lee", "X told"],
      ["I think the voters would back Reed", "Ann Lee", "she → Ann Lee"],
    ]);
  });

  it("“once said” is an adverb's verb, with its subject", () => {
    expect(
      who("Tom Reed, who wrote the first law, once said, “We tried this twice already.”"),
    ).toEqual([["We tried this twice already.", "Tom Reed", "X said"]]);
  });
});

describe("a subject after its verb (“…,” said …)", () => {
  it("runs through a hyphened modifier and ends at its role noun", () => {
    expect(
      who(
        "“How much longer can this last?” said Ohio-based Democratic strategist Lena Ortiz, who has advised campaigns.",
      ),
    ).toEqual([
      ["How much longer can this last?", "Ohio-based Democratic strategist Lena Ortiz", "said X"],
    ]);
    expect(
      who("“Nobody gave that command,” said the base chief known as Rook, speaking for once."),
    ).toEqual([["Nobody gave that command", "the base chief known as Rook", "said X"]]);
  });
});
