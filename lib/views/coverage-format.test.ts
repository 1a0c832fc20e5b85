import { describe, expect, it } from "vitest";
import type { StoryAnalysis } from "@/lib/analysis";
import { discussPrompts } from "@/lib/classroom/discuss";
import { factVoiceCandidates, omissionCandidates } from "@/lib/classroom/exercises";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { articleFacts } from "./article-facts";
import { compareRows, defaultPair } from "./compare";
import { factsCsv } from "./export";
import { byReach, omittingArticles } from "./fact-coverage";
import { factVersions } from "./fact-versions";
import { inPublicationOrder } from "./outlet-order";

/*
 * Issue 13: a fact's coverage is to list only the articles that report it, absence being implied.
 * Every view reads coverage through ./fact-coverage, so the seed story's pages must come out the
 * same whether or not the "absent" entries are stored. Checked here on the real seed story.
 */
const full = getStoryAnalysis("basra-consulate-2018");
if (!full) throw new Error("the seed story is missing");

function reportedOnly(analysis: StoryAnalysis): StoryAnalysis {
  return {
    ...analysis,
    facts: analysis.facts.map((fact) => ({
      ...fact,
      coverage: fact.coverage.filter((c) => c.placement !== "absent" && c.sentence !== null),
    })),
  };
}

const both = [full, reportedOnly(full)].map(inPublicationOrder);
const [a, b] = both as [StoryAnalysis, StoryAnalysis];

describe("views with coverage of reporting articles only", () => {
  it("the seed story does list absent articles today (so this test compares two formats)", () => {
    const absent = full.facts.flatMap((f) => f.coverage).filter((c) => c.placement === "absent");
    expect(absent.length).toBeGreaterThan(0);
  });

  it("gives the same article pages, downloads and compare rows", () => {
    for (const article of a.articles)
      expect(articleFacts(b, article.id)).toEqual(articleFacts(a, article.id));
    expect(factsCsv(b)).toBe(factsCsv(a));
    const pair = defaultPair(a);
    expect(defaultPair(b)).toEqual(pair);
    expect(factsCsv(b, pair)).toBe(factsCsv(a, pair));
    const rows = (analysis: StoryAnalysis) =>
      compareRows(analysis, pair).map((row) => ({ ...row, fact: row.fact.id }));
    expect(rows(b)).toEqual(rows(a));
  });

  it("gives the same fact pages, order by reach and omissions", () => {
    const ids = a.articles.map((x) => x.id);
    expect(byReach(b.facts).map((f) => f.id)).toEqual(byReach(a.facts).map((f) => f.id));
    a.facts.forEach((fact, i) => {
      const other = b.facts[i];
      if (!other) throw new Error("facts differ");
      expect(factVersions(other, b.articles)).toEqual(factVersions(fact, a.articles));
      expect(omittingArticles(other, ids)).toEqual(omittingArticles(fact, ids));
    });
  });

  it("gives the same classroom exercises and prompts", () => {
    expect(omissionCandidates(b)).toEqual(omissionCandidates(a));
    expect(factVoiceCandidates(b)).toEqual(factVoiceCandidates(a));
    expect(discussPrompts(b)).toEqual(discussPrompts(a));
  });
});
