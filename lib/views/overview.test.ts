import { describe, expect, it } from "vitest";
import { OUTLETS_PER_PAGE } from "./outlet-window";
import { outletEntries, overviewWindow } from "./overview";
import { makeAnalysis, makeArticle } from "./test-analysis";

function story(count: number) {
  const articles = Array.from({ length: count }, (_, i) =>
    makeArticle(`a${String(i + 1).padStart(3, "0")}`, null, [`Sentence ${i}.`]),
  );
  const views = articles.map((article, i) => ({
    slug: article.id,
    outlet:
      i === 0
        ? { slug: "press-tv", type: "state-broadcaster" as const }
        : { slug: null, type: "unknown" as const },
  }));
  return { story: { articles: views }, analysis: makeAnalysis(articles, []) };
}

describe("the overview's outlets", () => {
  it("names each outlet's type: a profile's, or none without one", () => {
    const { story: s, analysis } = story(3);
    expect(outletEntries(s, analysis).map((e) => e.kind)).toEqual([
      "state-broadcaster",
      "none",
      "none",
    ]);
  });

  it("shows a small story whole and ignores filters it has no use for", () => {
    const { story: s, analysis } = story(5);
    const view = overviewWindow(s, analysis, { page: "2", q: "nothing", type: "none" });
    expect(view.paged).toBe(false);
    expect(view.notes).toEqual([]);
    expect(view.shown.articles.map((a) => a.id)).toEqual(analysis.articles.map((a) => a.id));
  });

  it("shows one page of a large story, and only those outlets to the per-outlet views", () => {
    const { story: s, analysis } = story(OUTLETS_PER_PAGE * 2 + 3);
    const view = overviewWindow(s, analysis, { page: "3" });
    expect(view.paged).toBe(true);
    expect(view.window.pages).toBe(3);
    expect(view.shown.articles.map((a) => a.id)).toEqual(
      analysis.articles.slice(OUTLETS_PER_PAGE * 2).map((a) => a.id),
    );
    expect(view.shown.facts).toBe(analysis.facts);
  });

  it("says when the page asked for is past the end", () => {
    const { story: s, analysis } = story(OUTLETS_PER_PAGE + 1);
    const view = overviewWindow(s, analysis, { page: "9" });
    expect(view.query.page).toBe(2);
    expect(view.notes).toEqual(["There are 2 pages of outlets; the last one is shown."]);
  });
});
