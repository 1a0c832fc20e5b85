import type { ArticleAnalysis, Fact, FactCoverage, FactMaybe, Placement } from "@/lib/analysis";

/*
 * Every read of a fact's coverage the story pages make, in one place. The engine's coverage lists
 * only the articles that report the fact (StoryAnalysis version 2, docs/schema.md): absence is
 * whatever is not listed, derived here from the story's article list. An article the fact lists
 * as `maybe` (a sentence close to it, below the score that joins a fact) is not said to leave it
 * out: it may say it in other words, and the pages say so.
 */

/** A coverage entry of an article that reports the fact: where, and in which sentence. */
export type ReportedCoverage = FactCoverage;

/** The coverage entries of the articles that report the fact, in the engine's order. */
export function reportedCoverage(fact: Fact): ReportedCoverage[] {
  return fact.coverage;
}

/** The paragraph (0-based) of the article's sentence reporting the fact, or null if out of range. */
export function paragraphOf(
  coverage: ReportedCoverage,
  article: ArticleAnalysis | undefined,
): number | null {
  return article?.sentences[coverage.sentence]?.paragraph ?? null;
}

/** Ids of the articles that report the fact. */
export function reportingArticles(fact: Fact): string[] {
  return reportedCoverage(fact).map((c) => c.article);
}

/** How many articles report the fact. */
export function reportCount(fact: Fact): number {
  return fact.coverage.length;
}

/** The article's coverage of the fact, or null when it does not report it. */
export function coverageIn(fact: Fact, article: string): ReportedCoverage | null {
  return fact.coverage.find((c) => c.article === article) ?? null;
}

export function isReportedBy(fact: Fact, article: string): boolean {
  return coverageIn(fact, article) !== null;
}

/** Where the article places the fact: lede, body, buried, or "absent" when it does not report it. */
export function placementIn(fact: Fact, article: string): Placement {
  return coverageIn(fact, article)?.placement ?? "absent";
}

/** The articles that may report the fact in other words, each with its closest sentence. */
export function maybeCoverage(fact: Fact): FactMaybe[] {
  return fact.maybe ?? [];
}

/** The article's sentence closest to a fact it may report in other words, or null. */
export function maybeIn(fact: Fact, article: string): FactMaybe | null {
  return maybeCoverage(fact).find((m) => m.article === article) ?? null;
}

/** What a page shows for a fact in an article: where it reports it, "maybe", or "absent". */
export type CoverageMark = Placement | "maybe";

export function markIn(fact: Fact, article: string): CoverageMark {
  const placement = placementIn(fact, article);
  return placement === "absent" && maybeIn(fact, article) !== null ? "maybe" : placement;
}

/**
 * Of `articles` (ids, in the order wanted), those that do not report the fact and have no
 * sentence close to it: the ones a page may say leave it out.
 */
export function omittingArticles(fact: Fact, articles: readonly string[]): string[] {
  const reporting = new Set([
    ...reportingArticles(fact),
    ...maybeCoverage(fact).map((m) => m.article),
  ]);
  return articles.filter((id) => !reporting.has(id));
}

/** Of `articles` (ids, in the order wanted), those that may report the fact in other words. */
export function maybeArticles(fact: Fact, articles: readonly string[]): string[] {
  const maybe = new Set(maybeCoverage(fact).map((m) => m.article));
  return articles.filter((id) => maybe.has(id));
}

/** Per fact id, the set of articles reporting it: for views that ask many (fact, article) questions. */
export function reportersByFact(facts: readonly Fact[]): Map<string, Set<string>> {
  return new Map(facts.map((fact) => [fact.id, new Set(reportingArticles(fact))]));
}

/**
 * Facts by how many outlets report them, most first; ties keep story order (the engine's order), so
 * a story where every fact is reported equally reads as before.
 */
export function byReach(facts: readonly Fact[]): Fact[] {
  return facts
    .map((fact, index) => ({ fact, index, count: reportCount(fact) }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map((entry) => entry.fact);
}
