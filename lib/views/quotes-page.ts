import type { ArticleAnalysis, Quote, QuoteGroup, StoryAnalysis } from "@/lib/analysis";
import { pageOf, readPageParam, searchKey } from "./outlet-window";
import { resolveArticle } from "./resolve-outlet";
import { type RawSearchParams, readParam, toQuery } from "./search-params";

/*
 * The quotes page for any number of outlets: quote groups (altered first, then the most printed),
 * quotes printed once and scare quotes each page through, and all three filter by outlet and by
 * speaker. The state is in the URL, so paging and filtering are plain links and a GET form: they work
 * without JavaScript, and a view can be shared.
 */

/** Quote groups per page: each card is bounded too (lib/views/quote-versions.ts). */
export const GROUPS_PER_PAGE = 10;
/** Quotes printed by one outlet, and scare quotes, per page. */
export const QUOTES_PER_PAGE = 25;

export interface QuotesQuery {
  /** The outlet (article id) whose quotes are shown, or null for all. */
  outlet: string | null;
  /** Part of the speaker's name as the articles give it (case and accents ignored), or null. */
  speaker: string | null;
  /** Pages (from 1) of the groups, the single-outlet quotes and the scare quotes. */
  page: number;
  single: number;
  scare: number;
}

export interface Paged<T> {
  items: T[];
  /** How many there are after the filters (all pages). */
  total: number;
  page: number;
  pages: number;
}

export interface QuotesView {
  query: QuotesQuery;
  groups: Paged<QuoteGroup>;
  single: Paged<Quote>;
  scare: Paged<Quote>;
  /** Every speaker named in the story, for the speaker field's suggestions. */
  speakers: string[];
  notes: string[];
}

/** The quotes page's state from its URL; a bad value falls back with a note for the reader. */
export function parseQuotesQuery(
  raw: RawSearchParams,
  articles: readonly Pick<ArticleAnalysis, "id" | "outlet" | "outletSlug">[],
  notes: string[],
): QuotesQuery {
  const outletValue = readParam(raw, "outlet", notes);
  let outlet: string | null = null;
  if (outletValue !== undefined && outletValue !== "all") {
    outlet = resolveArticle(outletValue, articles) ?? null;
    if (outlet === null)
      notes.push(`No outlet “${outletValue.slice(0, 60)}” in this story; all outlets are shown.`);
  }
  return {
    outlet,
    speaker: readParam(raw, "speaker", notes) ?? null,
    page: readPageParam(raw, "page", notes),
    single: readPageParam(raw, "single", notes),
    scare: readPageParam(raw, "scare", notes),
  };
}

/** The quotes page's link for a state (defaults left out, so the plain link stays the same). */
export function quotesHref(storyHref: string, query: QuotesQuery, hash = ""): string {
  return `${storyHref}/quotes${toQuery([
    ["outlet", query.outlet ?? undefined],
    ["speaker", query.speaker ?? undefined],
    ["page", query.page > 1 && String(query.page)],
    ["single", query.single > 1 && String(query.single)],
    ["scare", query.scare > 1 && String(query.scare)],
  ])}${hash}`;
}

function paged<T>(
  items: readonly T[],
  page: number,
  perPage: number,
  what: string,
  notes: string[],
) {
  const result = pageOf(items, page, perPage);
  if (page > result.page)
    notes.push(`There are ${result.pages} pages of ${what}; the last one is shown.`);
  return { items: result.items, total: items.length, page: result.page, pages: result.pages };
}

/** What the quotes page shows for its URL: filtered, ordered and one page of each list. */
export function quotesView(analysis: StoryAnalysis, raw: RawSearchParams): QuotesView {
  const notes: string[] = [];
  const query = parseQuotesQuery(raw, analysis.articles, notes);
  const needle = query.speaker ? searchKey(query.speaker) : "";
  const keep = (quote: Quote) =>
    (query.outlet === null || quote.article === query.outlet) &&
    (needle === "" || (quote.speaker !== null && searchKey(quote.speaker).includes(needle)));
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const grouped = new Set(analysis.quoteGroups.flatMap((g) => g.quotes));
  // A group is shown when one of its printings passes the filters; altered first, then the most printed.
  const groups = analysis.quoteGroups
    .filter((group) => group.quotes.some((id) => quotes.has(id) && keep(quotes.get(id) as Quote)))
    .map((group, order) => ({ group, order }))
    .sort(
      (a, b) =>
        Number(b.group.altered) - Number(a.group.altered) ||
        b.group.variants.length - a.group.variants.length ||
        a.order - b.order,
    )
    .map(({ group }) => group);
  const single = analysis.quotes.filter((q) => !grouped.has(q.id) && q.kind !== "scare" && keep(q));
  const scare = analysis.quotes.filter((q) => q.kind === "scare" && keep(q));
  const speakers = [...new Set(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  speakers.sort((a, b) => a.localeCompare(b));
  const view = {
    groups: paged(
      groups,
      query.page,
      GROUPS_PER_PAGE,
      "quotes printed by more than one outlet",
      notes,
    ),
    single: paged(single, query.single, QUOTES_PER_PAGE, "quotes printed by one outlet", notes),
    scare: paged(scare, query.scare, QUOTES_PER_PAGE, "scare quotes", notes),
  };
  return {
    query: { ...query, page: view.groups.page, single: view.single.page, scare: view.scare.page },
    ...view,
    speakers,
    notes,
  };
}
