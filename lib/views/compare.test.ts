import { describe, expect, it } from "vitest";
import {
  compareCounts,
  compareCsvHref,
  compareHref,
  compareRows,
  defaultPair,
  parseCompareSelection,
} from "./compare";
import { makeAnalysis, makeArticle, makeFact } from "./test-analysis";

const analysis = makeAnalysis(
  [
    makeArticle("press-tv", "press-tv", [
      "A group of attackers set fire to the consulate.",
      "Iran was blamed.",
    ]),
    makeArticle("wsj", "wall-street-journal", [
      "Protesters set fire to the consulate.",
      "Rockets landed nearby.",
    ]),
    makeArticle("epoch", "epoch-times", ["Rockets landed nearby."]),
  ],
  [
    makeFact("fact-1", "Fire at the consulate", [
      ["press-tv", 0, "lede"],
      ["wsj", 0, "lede"],
      ["epoch", null, "absent"],
    ]),
    makeFact("fact-2", "Rockets landed", [
      ["press-tv", null, "absent"],
      ["wsj", 1, "buried"],
      ["epoch", 0, "lede"],
    ]),
    makeFact("fact-3", "Iran blamed", [
      ["press-tv", 1, "buried"],
      ["wsj", null, "absent"],
      ["epoch", null, "absent"],
    ]),
  ],
);

describe("parseCompareSelection", () => {
  it("reads outlets by article id or outlet slug, in column order", () => {
    const selection = parseCompareSelection(
      { a: "press-tv", b: "epoch-times", c: "wsj" },
      analysis,
    );
    expect(selection.articles).toEqual(["press-tv", "epoch", "wsj"]);
    expect(selection.notes).toEqual([]);
  });

  it("reads an outlet's name as typed in the picker's search field", () => {
    const selection = parseCompareSelection({ a: "Wall Street  Journal", b: "epoch" }, analysis);
    expect(selection.articles).toEqual(["wsj", "epoch"]);
    expect(selection.notes).toEqual([]);
  });

  it("falls back to the pair sharing most facts, with a note, for unknown or empty values", () => {
    const selection = parseCompareSelection({ a: "nope", b: "" }, analysis);
    expect(selection.articles).toEqual(["press-tv", "wsj"]);
    expect(selection.notes).toEqual([
      "No outlet “nope” in this story; it was left out.",
      "Comparing needs two outlets; the missing one was filled in.",
    ]);
  });

  it("uses the first of repeated keys and ignores very long or malformed values", () => {
    const selection = parseCompareSelection(
      { a: ["wsj", "epoch"], b: "x".repeat(500), c: "<script>", collapse: "maybe" },
      analysis,
    );
    expect(selection.articles).toEqual(["wsj", "press-tv"]);
    expect(selection.collapse).toBe(false);
    expect(selection.notes).toEqual([
      "“a” was given 2 times; the first value was used.",
      "“b” was too long (500 characters) and was ignored.",
      // A value that is not a slug may be a name typed in the picker's search field: looked up as one.
      "No outlet “<script>” in this story; it was left out.",
      "Comparing needs two outlets; the missing one was filled in.",
      "“collapse=maybe” is not on/off; the default was used.",
    ]);
  });

  it("shows a twice-chosen outlet once", () => {
    expect(
      parseCompareSelection({ a: "wsj", b: "wall-street-journal" }, analysis).articles,
    ).toEqual(["wsj", "press-tv"]);
  });

  it("keeps a valid fact to highlight and notes an unknown one", () => {
    expect(parseCompareSelection({ fact: "fact-2" }, analysis).fact).toBe("fact-2");
    const bad = parseCompareSelection({ fact: "fact-99" }, analysis);
    expect(bad.fact).toBeNull();
    expect(bad.notes).toEqual(["No fact “fact-99” in this story."]);
  });
});

describe("compareHref", () => {
  it("builds a stable canonical link", () => {
    expect(
      compareHref("/stories/s", { articles: ["press-tv", "wsj"], collapse: true, fact: "fact-1" }),
    ).toBe("/stories/s/compare?a=press-tv&b=wsj&collapse=1&fact=fact-1");
    expect(compareHref("/stories/s", { articles: ["a1", "b1"], collapse: false, fact: null })).toBe(
      "/stories/s/compare?a=a1&b=b1",
    );
  });
});

describe("compareRows", () => {
  it("lines up each fact with diffs against the first outlet and flags gaps", () => {
    const rows = compareRows(analysis, ["press-tv", "wsj"]);
    expect(rows.map((r) => r.fact.id)).toEqual(["fact-1", "fact-2", "fact-3"]);
    const fire = rows[0];
    expect(fire?.cells[1]?.diff?.changes).toEqual(["“A group of attackers” → “Protesters”"]);
    expect(fire?.identical).toBe(false);
    expect(rows[1]?.omitted).toBe(true);
    expect(rows[2]?.placementGap).toBe(false);
    // Rockets: buried in the WSJ, the lede in the Epoch Times.
    expect(compareRows(analysis, ["wsj", "epoch"])[1]?.placementGap).toBe(true);
    expect(
      compareRows(analysis, ["epoch", "wsj"]).find((r) => r.fact.id === "fact-2")?.identical,
    ).toBe(true);
  });

  it("marks a fact that is lede in one outlet and absent in another", () => {
    const rows = compareRows(analysis, ["epoch", "press-tv"]);
    expect(rows.find((r) => r.fact.id === "fact-2")?.placementGap).toBe(true);
  });

  it("counts shared facts and facts only one outlet reports", () => {
    const articles = ["press-tv", "wsj"];
    expect(compareCounts(compareRows(analysis, articles), articles)).toEqual({
      shared: 1,
      only: { "press-tv": 1, wsj: 1 },
      maybe: { "press-tv": 0, wsj: 0 },
    });
  });

  it("does not count a fact as only one outlet's when another may give it in other words", () => {
    const near = {
      ...analysis,
      facts: analysis.facts.map((f) => ({
        ...f,
        maybe: f.coverage.some((c) => c.article === "wsj")
          ? []
          : [{ article: "wsj", sentence: 0, score: 0.35 }],
      })),
    };
    const articles = ["press-tv", "wsj"];
    expect(compareCounts(compareRows(near, articles), articles)).toEqual({
      shared: 1,
      only: { "press-tv": 0, wsj: 1 },
      maybe: { "press-tv": 1, wsj: 0 },
    });
  });

  it("defaults to the pair sharing the most facts", () => {
    expect(defaultPair(analysis)).toEqual(["press-tv", "wsj"]);
  });
});

describe("compare CSV link", () => {
  it("carries the chosen outlets in column order, nothing else", () => {
    expect(compareCsvHref("/stories/s", ["wsj", "press-tv"])).toBe(
      "/stories/s/compare/facts.csv?a=wsj&b=press-tv",
    );
  });
});
