import { describe, expect, it } from "vitest";
import { blameCsv, exportFile, factsCsv, quotesCsv, toCsv, UTF8_BOM } from "./export";
import { makeAnalysis, makeArticle, makeBlameAnalysis, makeFact } from "./test-analysis";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark, so spreadsheets keep curly quotes and dashes", () => {
    const csv = toCsv(["quote"], [["“Bottom line” – he said"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe("quote\r\n“Bottom line” – he said\r\n");
  });

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
    ).toBe(`${UTF8_BOM}a,b\r\n"x, y","say ""hi"""\r\n'=SUM(A1),\r\n3,"line\nbreak"\r\n`);
  });
});

describe("factsCsv", () => {
  const analysis = makeAnalysis(
    [
      makeArticle("a1", null, ["Rockets landed, officials said."]),
      makeArticle("b1", null, ["Nothing."]),
      makeArticle("c1", null, ["Rockets landed."]),
    ],
    [
      makeFact("fact-1", "Rockets landed", [
        ["a1", 0, "lede"],
        ["b1", null, "absent"],
        ["c1", 0, "lede"],
      ]),
      makeFact("fact-2", "Nothing", [
        ["a1", null, "absent"],
        ["b1", 0, "lede"],
        ["c1", null, "absent"],
      ]),
    ],
  );

  it("writes one row per fact and article with placement and sentence", () => {
    expect(factsCsv(analysis).split("\r\n")).toEqual([
      `${UTF8_BOM}fact,label,article,outlet,placement,paragraph,voice,sentence`,
      'fact-1,Rockets landed,a1,a1,lede,1,,"Rockets landed, officials said."',
      "fact-1,Rockets landed,b1,b1,absent,,,",
      "fact-1,Rockets landed,c1,c1,lede,1,,Rockets landed.",
      "fact-2,Nothing,a1,a1,absent,,,",
      "fact-2,Nothing,b1,b1,lede,1,,Nothing.",
      "fact-2,Nothing,c1,c1,absent,,,",
      "",
    ]);
  });

  it("for chosen outlets: only their rows, in the chosen order, and only facts one of them reports", () => {
    expect(factsCsv(analysis, ["c1", "a1"]).split("\r\n")).toEqual([
      `${UTF8_BOM}fact,label,article,outlet,placement,paragraph,voice,sentence`,
      "fact-1,Rockets landed,c1,c1,lede,1,,Rockets landed.",
      'fact-1,Rockets landed,a1,a1,lede,1,,"Rockets landed, officials said."',
      "",
    ]);
    expect(factsCsv(analysis, ["nope"]).split("\r\n")).toEqual([
      `${UTF8_BOM}fact,label,article,outlet,placement,paragraph,voice,sentence`,
      "",
    ]);
  });
});

describe("export files", () => {
  it("every CSV opens with the byte-order mark; the JSON does not", () => {
    const analysis = makeBlameAnalysis();
    for (const csv of [factsCsv(analysis), quotesCsv(analysis), blameCsv(analysis)])
      expect(csv.startsWith(UTF8_BOM)).toBe(true);
    for (const file of ["facts.csv", "quotes.csv", "blame.csv"] as const)
      expect(exportFile(analysis, file).body.startsWith(UTF8_BOM)).toBe(true);
    expect(exportFile(analysis, "analysis.json").body.startsWith("{")).toBe(true);
  });
});

describe("blameCsv", () => {
  it("gives each relation's confidence, two decimals, before its sentence", () => {
    const analysis = makeBlameAnalysis();
    analysis.blame = analysis.blame.map((b, i) => ({
      ...b,
      confidence: [0.9, 0.456, 1, 0][i] ?? 1,
    }));
    const lines = blameCsv(analysis).slice(1).split("\r\n");
    const header = (lines[0] ?? "").split(",");
    const column = header.indexOf("confidence");
    expect(header.slice(column)).toEqual(["confidence", "sentence"]);
    expect(lines.slice(1, 5).map((line) => line.split(",")[column])).toEqual([
      "0.90",
      "0.46",
      "1.00",
      "0.00",
    ]);
  });
});
