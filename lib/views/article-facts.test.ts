import { describe, expect, it } from "vitest";
import { articleFacts } from "./article-facts";
import { makeAnalysis, makeArticle, makeFact } from "./test-analysis";

describe("an article's facts", () => {
  const analysis = makeAnalysis(
    [
      makeArticle("a", "alpha", ["One.", "Two.", "Three."]),
      makeArticle("b", "beta", ["One.", "Three."]),
      makeArticle("c", "gamma", ["Three."]),
    ],
    [
      makeFact("fact-1", "Three", [
        ["a", 2, "buried"],
        ["b", 1, "body"],
        ["c", 0, "lede"],
      ]),
      makeFact("fact-2", "One", [
        ["a", 0, "lede"],
        ["b", 0, "lede"],
        ["c", null, "absent"],
      ]),
      makeFact("fact-3", "Two", [
        ["a", 1, "body"],
        ["b", null, "absent"],
        ["c", null, "absent"],
      ]),
    ],
  );

  it("lists what it reports in its own order, with placement, paragraph and how many report it", () => {
    expect(articleFacts(analysis, "a").reported).toEqual([
      { id: "fact-2", label: "One", placement: "lede", paragraph: 0, reporting: 2 },
      { id: "fact-3", label: "Two", placement: "body", paragraph: 1, reporting: 1 },
      { id: "fact-1", label: "Three", placement: "buried", paragraph: 2, reporting: 3 },
    ]);
  });

  it("lists what others report and it leaves out", () => {
    expect(articleFacts(analysis, "c").omitted).toEqual([
      { id: "fact-2", label: "One", reporting: 2 },
      { id: "fact-3", label: "Two", reporting: 1 },
    ]);
    expect(articleFacts(analysis, "a").omitted).toEqual([]);
  });

  it("lists a fact it may give in other words apart from what it leaves out, with the closest paragraph", () => {
    const near = {
      ...analysis,
      facts: analysis.facts.map((f) =>
        f.id === "fact-3" ? { ...f, maybe: [{ article: "c", sentence: 0, score: 0.33 }] } : f,
      ),
    };
    expect(articleFacts(near, "c").omitted).toEqual([{ id: "fact-2", label: "One", reporting: 2 }]);
    expect(articleFacts(near, "c").maybe).toEqual([
      { id: "fact-3", label: "Two", reporting: 1, paragraph: 0 },
    ]);
  });

  it("ranks the other outlets by facts in common, ties in story order", () => {
    expect(articleFacts(analysis, "a").partners).toEqual([
      { id: "b", outlet: "beta", shared: 2 },
      { id: "c", outlet: "gamma", shared: 1 },
    ]);
    expect(articleFacts(analysis, "c").partners.map((p) => [p.id, p.shared])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
  });

  it("is empty for an article the analysis does not know", () => {
    expect(articleFacts(analysis, "zzz")).toEqual({
      reported: [],
      omitted: [],
      maybe: [],
      partners: [
        { id: "a", outlet: "alpha", shared: 0 },
        { id: "b", outlet: "beta", shared: 0 },
        { id: "c", outlet: "gamma", shared: 0 },
      ],
    });
  });
});
