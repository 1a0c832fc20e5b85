import { describe, expect, it } from "vitest";
import { voicesOf } from "./summary";
import { makeBlameAnalysis } from "./test-analysis";

describe("voices of one article (the compare page's summary)", () => {
  it("gives the side's label, and nothing for a source whose side is not known", () => {
    const analysis = makeBlameAnalysis();
    expect(voicesOf(analysis, "a")).toEqual([
      { name: "United States government", side: "United States", quotes: 1, words: 5 },
    ]);
    expect(voicesOf(analysis, "b")).toEqual([
      { name: "One official", side: null, quotes: 0, words: 0 },
    ]);
  });
});
