import { describe, expect, it } from "vitest";
import { factVersions } from "./fact-versions";
import { makeArticle, makeFact } from "./test-analysis";

const wire = "Rockets landed near the consulate on Friday.";
const articles = [
  makeArticle("a", "alpha", [wire]),
  makeArticle("b", "beta", ["Other news.", "Rockets fell near the consulate on Friday."]),
  makeArticle("c", "gamma", [wire]),
  makeArticle("d", "delta", ["Nothing about rockets."]),
];
const fact = makeFact("fact-1", "Rockets", [
  ["a", 0, "lede"],
  ["b", 1, "body"],
  ["c", 0, "lede"],
  ["d", null, "absent"],
]);

describe("a fact's versions, grouped by wording", () => {
  it("puts outlets printing the very same sentence in one group, in outlet order", () => {
    const view = factVersions(fact, articles);
    expect(view.groups.map((g) => [g.text, g.outlets.map((o) => o.article), g.isBase])).toEqual([
      [wire, ["a", "c"], true],
      ["Rockets fell near the consulate on Friday.", ["b"], false],
    ]);
    expect(view.base).toEqual({ article: "a", sentence: 0, outlet: "alpha", text: wire });
    expect(view.omitted).toEqual(["delta"]);
  });

  it("takes the base asked for when that outlet reports the fact", () => {
    const view = factVersions(fact, articles, "b");
    expect(view.base?.article).toBe("b");
    expect(view.groups.map((g) => g.isBase)).toEqual([false, true]);
    expect(factVersions(fact, articles, "d").base?.article).toBe("a");
  });

  it("keeps each outlet's sentence, placement and paragraph", () => {
    const [group] = factVersions(fact, articles).groups;
    expect(group?.outlets).toEqual([
      { article: "a", sentence: 0, outlet: "alpha", placement: "lede", paragraph: 0 },
      { article: "c", sentence: 0, outlet: "gamma", placement: "lede", paragraph: 0 },
    ]);
  });

  it("says so when no outlet reports it", () => {
    const none = makeFact("fact-2", "Nothing", [["a", null, "absent"]]);
    expect(factVersions(none, articles)).toEqual({
      base: null,
      groups: [],
      omitted: ["alpha", "beta", "gamma", "delta"],
      maybe: [],
    });
  });

  it("shows an outlet with a sentence close to the fact as a maybe, with that sentence, not as leaving it out", () => {
    const none = makeFact("fact-2", "Nothing", [["a", null, "absent"]]);
    const near = { ...none, maybe: [{ article: "c", sentence: 0, score: 0.31 }] };
    const view = factVersions(near, articles);
    expect(view.omitted).toEqual(["alpha", "beta", "delta"]);
    expect(view.maybe).toEqual([
      {
        article: "c",
        outlet: "gamma",
        sentence: 0,
        text: articles.find((a) => a.id === "c")?.sentences[0]?.text,
        score: 0.31,
      },
    ]);
  });
});
