import type { ArticleAnalysis, Fact, Placement } from "@/lib/analysis";
import { maybeCoverage, omittingArticles, paragraphOf, reportedCoverage } from "./fact-coverage";

export interface VersionOutlet {
  article: string;
  /** The article's sentence reporting the fact. */
  sentence: number;
  outlet: string;
  placement: Placement;
  paragraph: number | null;
}

/** One wording of a fact and every outlet that printed exactly it. */
export interface VersionGroup {
  text: string;
  outlets: VersionOutlet[];
  /** The group holding the base outlet's sentence (the base of every diff). */
  isBase: boolean;
}

export interface FactVersionsView {
  /** The base outlet's article id and sentence, or null when no outlet reports the fact. */
  base: { article: string; sentence: number; outlet: string; text: string } | null;
  /** Wordings in the order of their first outlet (the page's outlet order). */
  groups: VersionGroup[];
  /** Names of the outlets that leave the fact out, in the page's order. */
  omitted: string[];
  /**
   * Outlets that may report it in other words: their sentence closest to the fact and its
   * similarity (below the score that puts a sentence in the fact), in the page's order.
   */
  maybe: { article: string; outlet: string; sentence: number; text: string; score: number }[];
}

/**
 * A fact's versions grouped by wording: outlets that print the very same sentence (wire copy
 * reprinted by dozens of sites) are one entry, so a fact of 300 outlets reads as its few wordings.
 * A story whose outlets all word it differently lists one outlet per entry, as before.
 */
export function factVersions(
  fact: Fact,
  articles: readonly ArticleAnalysis[],
  base?: string,
): FactVersionsView {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reported = reportedCoverage(fact).flatMap((coverage) => {
    const article = byId.get(coverage.article);
    const text = article?.sentences[coverage.sentence]?.text;
    return article && text !== undefined ? [{ coverage, article, text }] : [];
  });
  const baseEntry = reported.find((r) => r.article.id === base) ?? reported[0];
  const groups = new Map<string, VersionGroup>();
  for (const { coverage, article, text } of reported) {
    const group = groups.get(text) ?? { text, outlets: [], isBase: false };
    group.outlets.push({
      article: article.id,
      sentence: coverage.sentence,
      outlet: article.outlet,
      placement: coverage.placement,
      paragraph: paragraphOf(coverage, article),
    });
    if (article.id === baseEntry?.article.id) group.isBase = true;
    groups.set(text, group);
  }
  const order = articles.map((a) => a.id);
  return {
    base: baseEntry
      ? {
          article: baseEntry.article.id,
          sentence: baseEntry.coverage.sentence,
          outlet: baseEntry.article.outlet,
          text: baseEntry.text,
        }
      : null,
    groups: [...groups.values()],
    omitted: omittingArticles(fact, order).flatMap((id) => {
      const name = byId.get(id)?.outlet;
      return name ? [name] : [];
    }),
    maybe: maybeCoverage(fact)
      .flatMap((m) => {
        const article = byId.get(m.article);
        const text = article?.sentences[m.sentence]?.text;
        return article && text !== undefined
          ? [
              {
                article: m.article,
                outlet: article.outlet,
                sentence: m.sentence,
                text,
                score: m.score,
              },
            ]
          : [];
      })
      .sort((x, y) => order.indexOf(x.article) - order.indexOf(y.article)),
  };
}
