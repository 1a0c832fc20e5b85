import { type OutletType, outletTypeLabels, outletTypes } from "@/lib/content/schemas";
import { type RawSearchParams, readParam, toQuery } from "./search-params";

/*
 * The story overview for any number of outlets: the lineup and every per-outlet part of the page
 * (coverage columns, blame, voices, word choice) show one page of outlets, filtered by type and by
 * name, and the coverage matrix pages through its facts. All of it is in the URL, so paging and
 * filtering are plain links and a GET form: they work without JavaScript, and a view can be shared.
 */

/**
 * Outlets per page: a small story (up to this many) is shown whole, as before. Nine fill three rows
 * of the lineup's three columns, and keep a 300-outlet story's page under 300 KB of HTML.
 */
export const OUTLETS_PER_PAGE = 9;
/** Shared facts per page of the coverage matrix. */
export const FACTS_PER_PAGE = 25;

/** An outlet's type from its profile, or "none" for an outlet with no profile. */
export type OutletKind = OutletType | "none";

const KINDS: readonly OutletKind[] = [...outletTypes, "none"];

export function kindLabel(kind: OutletKind): string {
  return kind === "none" ? "No profile yet" : outletTypeLabels[kind];
}

export interface OverviewQuery {
  /** The page of outlets, from 1. */
  page: number;
  /** The page of shared facts, from 1. */
  facts: number;
  /** The page of the word-choice table's rows, from 1. */
  words: number;
  type: OutletKind | null;
  /** Part of an outlet's name (case and accents ignored), or null. */
  q: string | null;
}

export const DEFAULT_QUERY: OverviewQuery = { page: 1, facts: 1, words: 1, type: null, q: null };

/** A page number from the URL (from 1); anything else is page 1, with a note. */
export function readPageParam(raw: RawSearchParams, key: string, notes: string[]): number {
  const value = readParam(raw, key, notes);
  if (value === undefined) return 1;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) {
    notes.push(`“${key}=${value.slice(0, 20)}” is not a page number; the first page is shown.`);
    return 1;
  }
  return Number(value);
}

/** The overview's state from its URL; a bad value falls back with a note for the reader. */
export function parseOverviewQuery(raw: RawSearchParams, notes: string[]): OverviewQuery {
  const typeValue = readParam(raw, "type", notes);
  const type = KINDS.find((kind) => kind === typeValue) ?? null;
  if (typeValue !== undefined && type === null)
    notes.push(`There is no outlet type “${typeValue.slice(0, 40)}”; all types are shown.`);
  return {
    page: readPageParam(raw, "page", notes),
    facts: readPageParam(raw, "facts", notes),
    words: readPageParam(raw, "words", notes),
    type,
    q: readParam(raw, "q", notes) ?? null,
  };
}

/** The overview's link for a state (defaults left out, so the plain story link stays the same). */
export function overviewHref(storyHref: string, query: OverviewQuery, hash = ""): string {
  return `${storyHref}${toQuery([
    ["type", query.type ?? undefined],
    ["q", query.q ?? undefined],
    ["page", query.page > 1 && String(query.page)],
    ["facts", query.facts > 1 && String(query.facts)],
    ["words", query.words > 1 && String(query.words)],
  ])}${hash}`;
}

export interface OutletEntry {
  id: string;
  name: string;
  kind: OutletKind;
}

export interface KindCount {
  kind: OutletKind;
  label: string;
  count: number;
}

export interface OutletWindow {
  /** Outlets in the story. */
  total: number;
  /** Outlets the filters keep. */
  matching: number;
  /** The page shown (clamped to the pages there are), from 1. */
  page: number;
  pages: number;
  /** Ids of the outlets on this page, in the story's order. */
  shown: string[];
  /** Position (from 0) of the first shown outlet among the matching ones. */
  offset: number;
  /** The types present in the story, with how many outlets each. */
  kinds: KindCount[];
}

/** Lowercase, accents and runs of space folded: how names are searched. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Which outlets the overview shows: those matching the filters, one page of them. */
export function outletWindow(
  entries: readonly OutletEntry[],
  query: OverviewQuery,
  perPage: number = OUTLETS_PER_PAGE,
): OutletWindow {
  const needle = query.q ? searchKey(query.q) : "";
  const matching = entries.filter(
    (entry) =>
      (query.type === null || entry.kind === query.type) &&
      (needle === "" || searchKey(entry.name).includes(needle)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / perPage));
  const page = Math.min(query.page, pages);
  const offset = (page - 1) * perPage;
  const counts = new Map<OutletKind, number>();
  for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return {
    total: entries.length,
    matching: matching.length,
    page,
    pages,
    shown: matching.slice(offset, offset + perPage).map((entry) => entry.id),
    offset,
    kinds: KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
      kind,
      label: kindLabel(kind),
      count: counts.get(kind) ?? 0,
    })),
  };
}

/** One page of a list: its items, the page (clamped) and how many pages there are. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): { items: T[]; page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const clamped = Math.min(Math.max(1, page), pages);
  const offset = (clamped - 1) * perPage;
  return { items: items.slice(offset, offset + perPage), page: clamped, pages, offset };
}

/**
 * The page numbers to link around the current one: first, last, and two either side, with null
 * for a gap ("1 … 4 5 6 7 8 … 25"), so 25 pages never become 25 links.
 */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const list = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of list.entries()) {
    const previous = list[i - 1];
    // A gap of one page shows that page: "…" would take the same room and say less.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
