import type { StoryAnalysis } from "@/lib/analysis";
import type { StoryArticleView } from "@/lib/stories/types";
import {
  DEFAULT_QUERY,
  OUTLETS_PER_PAGE,
  type OutletEntry,
  type OutletWindow,
  outletWindow,
  type OverviewQuery,
  parseOverviewQuery,
} from "./outlet-window";
import type { RawSearchParams } from "./search-params";

export interface OverviewWindow {
  query: OverviewQuery;
  window: OutletWindow;
  /** More outlets than one page holds: the overview pages and filters them. */
  paged: boolean;
  /** The analysis as the per-outlet parts of the page see it: only the shown outlets' articles. */
  shown: StoryAnalysis;
  notes: string[];
}

/** What the overview's filters need of a story: each article's outlet profile (slug) and type. */
export interface OutletsOf {
  articles: { slug: string; outlet: Pick<StoryArticleView["outlet"], "slug" | "type"> }[];
}

/** The outlets of a story as the overview's filters see them: name and type, in the page's order. */
export function outletEntries(story: OutletsOf, analysis: StoryAnalysis): OutletEntry[] {
  const views = new Map(story.articles.map((article) => [article.slug, article]));
  return analysis.articles.map((article) => {
    const view = views.get(article.id);
    return {
      id: article.id,
      name: article.outlet,
      kind: view?.outlet.slug ? view.outlet.type : "none",
    };
  });
}

/**
 * Which outlets the story overview shows, from its URL. A story of up to OUTLETS_PER_PAGE outlets is
 * shown whole, as it always was (its URL's filters are ignored: there is nothing to filter).
 */
export function overviewWindow(
  story: OutletsOf,
  analysis: StoryAnalysis,
  raw: RawSearchParams,
): OverviewWindow {
  const entries = outletEntries(story, analysis);
  const paged = entries.length > OUTLETS_PER_PAGE;
  const notes: string[] = [];
  const query = paged ? parseOverviewQuery(raw, notes) : DEFAULT_QUERY;
  const window = outletWindow(entries, query, paged ? OUTLETS_PER_PAGE : entries.length || 1);
  if (query.page > window.page)
    notes.push(`There are ${window.pages} pages of outlets; the last one is shown.`);
  const ids = new Set(window.shown);
  return {
    query: { ...query, page: window.page },
    window,
    paged,
    shown: { ...analysis, articles: analysis.articles.filter((article) => ids.has(article.id)) },
    notes,
  };
}
