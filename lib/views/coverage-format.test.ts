import { describe, expect, it } from "vitest";
import { omissionCandidates } from "@/lib/classroom/exercises";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { articleFacts } from "./article-facts";
import { factsCsv } from "./export";
import {
  markIn,
  maybeArticles,
  omittingArticles,
  placementIn,
  reportingArticles,
} from "./fact-coverage";
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

  it("splits the articles into reporting, maybe and omitting ones, and marks each", () => {
    let maybes = 0;
    for (const fact of analysis.facts) {
      const reporting = reportingArticles(fact);
      const maybe = maybeArticles(fact, ids);
      const omitting = omittingArticles(fact, ids);
      expect([...reporting, ...maybe, ...omitting].sort()).toEqual([...ids].sort());
      for (const id of omitting) expect(markIn(fact, id)).toBe("absent");
      for (const id of maybe) expect(markIn(fact, id)).toBe("maybe");
      for (const id of [...omitting, ...maybe]) expect(placementIn(fact, id)).toBe("absent");
      for (const id of reporting) expect(markIn(fact, id)).not.toMatch(/^(absent|maybe)$/);
      maybes += maybe.length;
    }
    // The seed story has near misses: Epoch Times' and Press TV's closure sentences, among others.
    expect(maybes).toBeGreaterThan(0);
  });

  it("article pages, the facts CSV and fact pages show the omissions and the maybes", () => {
    // The CSV is the full grid: a header, then one row per fact and article, "absent" ones included.
    const rows = factsCsv(analysis).trim().split(/\r?\n/);
    expect(rows).toHaveLength(1 + analysis.facts.length * ids.length);
    const absent = analysis.facts.reduce((n, f) => n + omittingArticles(f, ids).length, 0);
    const maybe = analysis.facts.reduce((n, f) => n + maybeArticles(f, ids).length, 0);
    expect(rows.filter((row) => row.includes(",absent,"))).toHaveLength(absent);
    expect(rows.filter((row) => row.includes(",maybe,"))).toHaveLength(maybe);
    for (const id of ids) {
      const view = articleFacts(analysis, id);
      const omitted = new Set(view.omitted.map((o) => o.id));
      const near = new Set(view.maybe.map((o) => o.id));
      for (const fact of analysis.facts) {
        expect(omitted.has(fact.id)).toBe(omittingArticles(fact, ids).includes(id));
        expect(near.has(fact.id)).toBe(maybeArticles(fact, ids).includes(id));
      }
    }
    for (const fact of analysis.facts) {
      const names = (list: string[]) =>
        list.map((id) => analysis.articles.find((a) => a.id === id)?.outlet);
      const view = factVersions(fact, analysis.articles);
      expect(view.omitted).toEqual(names(omittingArticles(fact, ids)));
      expect(view.maybe.map((m) => m.outlet)).toEqual(names(maybeArticles(fact, ids)));
    }
  });

  it("gives an omission exercise for a fact all outlets but one report, only if that one has nothing close to it", () => {
    const drafts = omissionCandidates(analysis);
    const asked = new Set<string>();
    for (const { check } of drafts) {
      if (check.kind !== "omission") throw new Error(`not an omission: ${check.kind}`);
      const fact = analysis.facts.find((f) => f.id === check.fact);
      expect(fact && omittingArticles(fact, ids)).toEqual([check.article]);
      expect(fact && maybeArticles(fact, ids)).toEqual([]);
      asked.add(check.fact);
    }
    for (const fact of analysis.facts) {
      const allButOne = reportingArticles(fact).length === ids.length - 1;
      const sure = omittingArticles(fact, ids).length === 1;
      expect(asked.has(fact.id)).toBe(allButOne && sure);
    }
  });
});
