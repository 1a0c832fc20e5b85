import { describe, expect, it } from "vitest";
import {
  byReach,
  coverageIn,
  isReportedBy,
  markIn,
  maybeArticles,
  maybeIn,
  omittingArticles,
  placementIn,
  reportCount,
  reportersByFact,
  reportingArticles,
} from "./fact-coverage";
import { makeFact } from "./test-analysis";

const wide = makeFact("fact-1", "Fire", [
  ["a", 0, "lede"],
  ["b", null, "absent"],
  ["c", 3, "buried"],
]);
const narrow = makeFact("fact-2", "Rockets", [
  ["a", null, "absent"],
  ["b", 1, "body"],
  ["c", null, "absent"],
]);
const everywhere = makeFact("fact-3", "Closure", [
  ["a", 1, "body"],
  ["b", 0, "lede"],
  ["c", 0, "lede"],
]);

describe("reading a fact's coverage", () => {
  it("lists the reporting articles only, in the engine's order", () => {
    expect(reportingArticles(wide)).toEqual(["a", "c"]);
    expect(reportCount(wide)).toBe(2);
    expect(reportCount(narrow)).toBe(1);
  });

  it("answers per article, absence included", () => {
    expect(coverageIn(wide, "c")).toMatchObject({ article: "c", placement: "buried", sentence: 3 });
    expect(coverageIn(wide, "b")).toBeNull();
    expect(coverageIn(wide, "nobody")).toBeNull();
    expect(isReportedBy(wide, "a")).toBe(true);
    expect(isReportedBy(wide, "b")).toBe(false);
    expect(placementIn(wide, "a")).toBe("lede");
    expect(placementIn(wide, "b")).toBe("absent");
    expect(placementIn(wide, "nobody")).toBe("absent");
  });

  it("derives omission from the articles asked about, in their order", () => {
    expect(omittingArticles(wide, ["c", "b", "a", "d"])).toEqual(["b", "d"]);
    expect(omittingArticles(everywhere, ["a", "b", "c"])).toEqual([]);
  });

  it("never says an article with a sentence close to the fact leaves it out: it is a maybe", () => {
    const near = { ...wide, maybe: [{ article: "b", sentence: 4, score: 0.36 }] };
    expect(omittingArticles(near, ["c", "b", "a", "d"])).toEqual(["d"]);
    expect(maybeArticles(near, ["d", "c", "b", "a"])).toEqual(["b"]);
    expect(maybeIn(near, "b")).toEqual({ article: "b", sentence: 4, score: 0.36 });
    expect(maybeIn(near, "d")).toBeNull();
    expect(["a", "b", "c", "d"].map((id) => markIn(near, id))).toEqual([
      "lede",
      "maybe",
      "buried",
      "absent",
    ]);
    // Coverage is unchanged: a maybe is not a report.
    expect(placementIn(near, "b")).toBe("absent");
    expect(isReportedBy(near, "b")).toBe(false);
  });

  it("indexes reporters per fact", () => {
    const index = reportersByFact([wide, narrow]);
    expect([...(index.get("fact-1") ?? [])]).toEqual(["a", "c"]);
    expect([...(index.get("fact-2") ?? [])]).toEqual(["b"]);
  });
});

describe("facts by reach", () => {
  it("puts the facts most outlets report first; ties keep story order", () => {
    expect(byReach([narrow, wide, everywhere]).map((f) => f.id)).toEqual([
      "fact-3",
      "fact-1",
      "fact-2",
    ]);
    const tie = makeFact("fact-4", "Tie", [
      ["a", 0, "lede"],
      ["b", 0, "lede"],
    ]);
    expect(byReach([wide, tie]).map((f) => f.id)).toEqual(["fact-1", "fact-4"]);
    expect(byReach([tie, wide]).map((f) => f.id)).toEqual(["fact-4", "fact-1"]);
  });
});
