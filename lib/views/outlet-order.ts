import type { StoryAnalysis } from "@/lib/analysis";

/** What ordering outlets needs: a publication date (ISO, or null when unknown), a name and a stable id. */
export interface Dated {
  published: string | null;
  name: string;
  id: string;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Outlets in the order a reader expects: by publication date, earliest first
 * (unknown dates last, never guessed), then by name; the id only breaks exact
 * ties, so the order never depends on how the article files are named.
 */
export function byPublication(a: Dated, b: Dated): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The analysis with its articles, and each fact's coverage, in publication order (a view: nothing recomputed). */
export function inPublicationOrder(analysis: StoryAnalysis): StoryAnalysis {
  const articles = [...analysis.articles].sort((a, b) =>
    byPublication(
      { published: a.published, name: a.outlet, id: a.id },
      { published: b.published, name: b.outlet, id: b.id },
    ),
  );
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (id: string) => position.get(id) ?? articles.length;
  return {
    ...analysis,
    articles,
    facts: analysis.facts.map((fact) => ({
      ...fact,
      coverage: [...fact.coverage].sort((a, b) => rank(a.article) - rank(b.article)),
    })),
  };
}
