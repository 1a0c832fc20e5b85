import type { Placement, StoryAnalysis } from "@/lib/analysis";
import { coverageIn, maybeIn, paragraphOf, reportedCoverage } from "./fact-coverage";

/** One fact as one article reports it, for the links from an article to its facts. */
export interface ArticleFact {
  id: string;
  label: string;
  placement: Exclude<Placement, "absent">;
  /** Paragraph index in the article (the page's `#p-<index>` anchor). */
  paragraph: number | null;
  /** How many outlets of the story report it, this one included. */
  reporting: number;
}

/** Another outlet to compare this article with, and how many facts the two share. */
export interface ComparePartner {
  id: string;
  outlet: string;
  shared: number;
}

export interface ArticleFactsView {
  /** The facts this article reports, in its own order (by paragraph). */
  reported: ArticleFact[];
  /** Facts other outlets report that this article leaves out (no sentence of it is close). */
  omitted: { id: string; label: string; reporting: number }[];
  /** Facts other outlets report that this article may say in other words: its closest sentence. */
  maybe: { id: string; label: string; reporting: number; paragraph: number | null }[];
  /** The other outlets, most facts in common first (ties in the story's outlet order). */
  partners: ComparePartner[];
}

/** What an article reports, what it leaves out, and whom it shares most with. */
export function articleFacts(analysis: StoryAnalysis, article: string): ArticleFactsView {
  const reported: ArticleFact[] = [];
  const omitted: ArticleFactsView["omitted"] = [];
  const maybe: ArticleFactsView["maybe"] = [];
  const shared = new Map<string, number>();
  // An article the analysis does not know reports nothing and leaves nothing out.
  const ownArticle = analysis.articles.find((a) => a.id === article);
  const known = ownArticle !== undefined;
  for (const fact of known ? analysis.facts : []) {
    const present = reportedCoverage(fact);
    const own = coverageIn(fact, article);
    if (!own) {
      const near = maybeIn(fact, article);
      const paragraph = near ? (ownArticle?.sentences[near.sentence]?.paragraph ?? null) : null;
      if (present.length > 0 && near)
        maybe.push({ id: fact.id, label: fact.label, reporting: present.length, paragraph });
      else if (present.length > 0)
        omitted.push({ id: fact.id, label: fact.label, reporting: present.length });
      continue;
    }
    reported.push({
      id: fact.id,
      label: fact.label,
      placement: own.placement,
      paragraph: paragraphOf(own, ownArticle),
      reporting: present.length,
    });
    for (const c of present)
      if (c.article !== article) shared.set(c.article, (shared.get(c.article) ?? 0) + 1);
  }
  reported.sort((a, b) => (a.paragraph ?? Infinity) - (b.paragraph ?? Infinity));
  const partners = analysis.articles
    .filter((a) => a.id !== article)
    .map((a, i) => ({ id: a.id, outlet: a.outlet, shared: shared.get(a.id) ?? 0, i }))
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .map(({ id, outlet, shared: count }) => ({ id, outlet, shared: count }));
  return { reported, omitted, maybe, partners };
}
