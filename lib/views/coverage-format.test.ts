import { describe, expect, it } from "vitest";
import { omissionCandidates } from "@/lib/classroom/exercises";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { articleFacts } from "./article-facts";
import { factsCsv } from "./export";
import { omittingArticles, placementIn, reportingArticles } from "./fact-coverage";
import { factVersions } from "./fact-versions";

/*
 * Issue 13: a fact's coverage lists only the articles that report it (StoryAnalysis version 2);
 * absence is derived by the views from the story's article list. Checked on the real seed story.
 */
const analysis = getStoryAnalysis("basra-consulate-2018");
if (!analysis) throw new Error("the seed story is missing");
const ids = analysis.articles.map((a) => a.id);

describe("views derive absence from coverage of reporting articles only", () => {
  it("the seed story's facts list only reporting articles", () => {
    expect(analysis.version).toBe(2);
    for (const fact of analysis.facts) {
      expect(fact.coverage.length).toBeGreaterThan(0);
      expect(new Set(reportingArticles(fact)).size).toBe(fact.coverage.length);
    }
  });

  it("splits the articles into reporting and omitting ones, and places the omitting ones absent", () => {
    for (const fact of analysis.facts) {
      const reporting = reportingArticles(fact);
      const omitting = omittingArticles(fact, ids);
      expect([...reporting, ...omitting].sort()).toEqual([...ids].sort());
      for (const id of omitting) expect(placementIn(fact, id)).toBe("absent");
      for (const id of reporting) expect(placementIn(fact, id)).not.toBe("absent");
    }
  });

  it("article pages, the facts CSV and fact pages show the omissions", () => {
    // The CSV is the full grid: a header, then one row per fact and article, "absent" ones included.
    const rows = factsCsv(analysis).trim().split(/\r?\n/);
    expect(rows).toHaveLength(1 + analysis.facts.length * ids.length);
    const absent = analysis.facts.reduce((n, f) => n + omittingArticles(f, ids).length, 0);
    expect(rows.filter((row) => row.includes(",absent,"))).toHaveLength(absent);
    for (const id of ids) {
      const view = articleFacts(analysis, id);
      const omitted = new Set(view.omitted.map((o) => o.id));
      for (const fact of analysis.facts)
        expect(omitted.has(fact.id)).toBe(!reportingArticles(fact).includes(id));
    }
    for (const fact of analysis.facts) {
      const names = omittingArticles(fact, ids).map(
        (id) => analysis.articles.find((a) => a.id === id)?.outlet,
      );
      expect(factVersions(fact, analysis.articles).omitted).toEqual(names);
    }
  });

  it("gives omission exercises whose answer is the one article not listed", () => {
    const drafts = omissionCandidates(analysis);
    expect(drafts.length).toBeGreaterThan(0);
    for (const { check } of drafts) {
      if (check.kind !== "omission") throw new Error(`not an omission: ${check.kind}`);
      const fact = analysis.facts.find((f) => f.id === check.fact);
      expect(fact && omittingArticles(fact, ids)).toEqual([check.article]);
    }
  });
});
