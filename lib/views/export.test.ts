import { describe, expect, it } from "vitest";
import { factsCsv, toCsv } from "./export";
import { makeAnalysis, makeArticle, makeFact } from "./test-analysis";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks, and defuses formulas", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["=SUM(A1)", null],
          [3, "line\nbreak"],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n\'=SUM(A1),\r\n3,"line\nbreak"\r\n');
  });
});

describe("factsCsv", () => {
  it("writes one row per fact and article with placement and sentence", () => {
    const analysis = makeAnalysis(
      [
        makeArticle("a1", null, ["Rockets landed, officials said."]),
        makeArticle("b1", null, ["Nothing."]),
      ],
      [
        makeFact("fact-1", "Rockets landed", [
          ["a1", 0, "lede"],
          ["b1", null, "absent"],
        ]),
      ],
    );
    expect(factsCsv(analysis).split("\r\n")).toEqual([
      "fact,label,article,outlet,placement,paragraph,voice,sentence",
      'fact-1,Rockets landed,a1,a1,lede,1,,"Rockets landed, officials said."',
      "fact-1,Rockets landed,b1,b1,absent,,,",
      "",
    ]);
  });
});
