import type { Fact, StoryAnalysis, TextDiff } from "@/lib/analysis";
import { diffText } from "@/lib/analysis";
import { type CoverageMark, coverageIn, maybeIn, reportingArticles } from "./fact-coverage";
import { resolveArticle } from "./resolve-outlet";
import {
  type RawSearchParams,
  readFlagParam,
  readParam,
  readSlugParam,
  toQuery,
} from "./search-params";

/** Keys for up to four outlets, in column order. */
export const OUTLET_KEYS = ["a", "b", "c", "d"] as const;

/** The state of a compare view, all of it from the URL. */
export interface CompareSelection {
  /** Article ids in column order; the first is the base of every diff. */
  articles: string[];
  /** Hide rows where every selected outlet wrote the same words. */
  collapse: boolean;
  /** A fact to highlight, when valid. */
  fact: string | null;
  /** Things the reader should know about how the URL was read (bad values, fallbacks). */
  notes: string[];
}

/** The two articles that share the most facts: the most telling default pair. */
export function defaultPair(analysis: StoryAnalysis): string[] {
  const ids = analysis.articles.map((a) => a.id);
  // One bit per fact for each article: a pair's shared facts are the bits both have, so hundreds
  // of outlets cost a few hundred thousand word operations, not a scan of every fact per pair.
  const words = Math.ceil(analysis.facts.length / 32);
  const bits = new Map(ids.map((id) => [id, new Uint32Array(words)]));
  analysis.facts.forEach((fact, f) => {
    for (const id of reportingArticles(fact)) {
      const set = bits.get(id);
      if (set) set[f >>> 5] = (set[f >>> 5] ?? 0) | (1 << (f & 31));
    }
  });
  let best: [string, string] | null = null;
  let bestShared = -1;
  for (let i = 0; i < ids.length; i += 1) {
    const a = bits.get(ids[i] ?? "") ?? new Uint32Array(words);
    for (let j = i + 1; j < ids.length; j += 1) {
      const b = bits.get(ids[j] ?? "") ?? new Uint32Array(words);
      let shared = 0;
      for (let w = 0; w < words; w += 1) shared += popcount((a[w] ?? 0) & (b[w] ?? 0));
      if (shared > bestShared) {
        best = [ids[i] ?? "", ids[j] ?? ""];
        bestShared = shared;
      }
    }
  }
  return best ?? ids.slice(0, 2);
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Read the compare view's state from the URL. Unknown outlets, duplicates and
 * malformed values fall back to sensible defaults, each with a visible note.
 */
export function parseCompareSelection(
  raw: RawSearchParams,
  analysis: StoryAnalysis,
): CompareSelection {
  const notes: string[] = [];
  const chosen: string[] = [];
  for (const key of OUTLET_KEYS) {
    const value = readParam(raw, key, notes);
    if (value === undefined) continue;
    const id = resolveArticle(value, analysis.articles);
    if (!id) notes.push(`No outlet “${value.slice(0, 60)}” in this story; it was left out.`);
    else if (chosen.includes(id)) notes.push(`“${value}” was chosen twice; it is shown once.`);
    else chosen.push(id);
  }
  const fallback = defaultPair(analysis);
  if (chosen.length < 2 && analysis.articles.length >= 2) {
    const hadChoice = OUTLET_KEYS.some((key) => raw[key] !== undefined);
    for (const id of fallback) if (chosen.length < 2 && !chosen.includes(id)) chosen.push(id);
    for (const article of analysis.articles)
      if (chosen.length < 2 && !chosen.includes(article.id)) chosen.push(article.id);
    if (hadChoice) notes.push("Comparing needs two outlets; the missing one was filled in.");
  }
  const factValue = readSlugParam(raw, "fact", notes);
  const fact = factValue && analysis.facts.some((f) => f.id === factValue) ? factValue : null;
  if (factValue && !fact) notes.push(`No fact “${factValue}” in this story.`);
  return { articles: chosen, collapse: readFlagParam(raw, "collapse", false, notes), fact, notes };
}

/** The canonical URL of a compare view (same state → same link). */
export function compareHref(
  storyHref: string,
  selection: Pick<CompareSelection, "articles" | "collapse" | "fact">,
): string {
  const entries: [string, string | undefined | false][] = OUTLET_KEYS.map((key, i) => [
    key,
    selection.articles[i],
  ]);
  entries.push(["collapse", selection.collapse && "1"], ["fact", selection.fact ?? undefined]);
  return `${storyHref}/compare${toQuery(entries)}`;
}

/** The chosen outlets' facts as CSV, in column order (the compare view's download). */
export function compareCsvHref(storyHref: string, articles: string[]): string {
  const entries: [string, string | undefined][] = OUTLET_KEYS.map((key, i) => [key, articles[i]]);
  return `${storyHref}/compare/facts.csv${toQuery(entries)}`;
}

export interface CompareCell {
  article: string;
  /** Where the outlet reports the fact; "maybe" when it has a sentence close to it only. */
  placement: CoverageMark;
  /** For "maybe": the outlet's sentence closest to the fact and its similarity. */
  maybe: { sentence: number; text: string; score: number } | null;
  sentence: number | null;
  text: string | null;
  /** Diff from the base outlet's sentence; null for the base itself or when either is missing. */
  diff: TextDiff | null;
}

export interface CompareRow {
  fact: Fact;
  cells: CompareCell[];
  /** Every selected outlet reports it, in the same words. */
  identical: boolean;
  /** Lede in one selected outlet and buried (or absent) in another. */
  placementGap: boolean;
  /** Reported by some selected outlets; some others have nothing close to it (not "maybe"). */
  omitted: boolean;
}

/** One row per fact that any selected outlet reports, in story order. */
export function compareRows(analysis: StoryAnalysis, articles: string[]): CompareRow[] {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const rows: CompareRow[] = [];
  for (const fact of analysis.facts) {
    const coverage = articles.map((id) => coverageIn(fact, id));
    if (!coverage.some((c) => c !== null)) continue;
    const texts = coverage.map((c) =>
      c && c.sentence !== null ? (byId.get(c.article)?.sentences[c.sentence]?.text ?? null) : null,
    );
    const baseText = texts[0] ?? null;
    const cells: CompareCell[] = articles.map((article, i) => {
      const text = texts[i] ?? null;
      const near = coverage[i] ? null : maybeIn(fact, article);
      const nearText =
        near === null ? undefined : byId.get(article)?.sentences[near.sentence]?.text;
      return {
        article,
        placement: coverage[i]?.placement ?? (nearText === undefined ? "absent" : "maybe"),
        maybe:
          near === null || nearText === undefined
            ? null
            : { sentence: near.sentence, text: nearText, score: near.score },
        sentence: coverage[i]?.sentence ?? null,
        text,
        diff: i > 0 && text !== null && baseText !== null ? diffText(baseText, text) : null,
      };
    });
    const present = cells.filter((c) => c.text !== null);
    const identical =
      present.length === cells.length &&
      cells.every(
        (c) => c.diff === null || c.diff.kind === "identical" || c.diff.kind === "punctuation",
      );
    const placements = cells.map((c) => c.placement);
    rows.push({
      fact,
      cells,
      identical,
      placementGap:
        placements.includes("lede") && placements.some((p) => p === "buried" || p === "absent"),
      omitted: cells.some((c) => c.placement === "absent"),
    });
  }
  return rows;
}

export interface CompareCounts {
  shared: number;
  /** Per selected article: facts only that article reports among the selection, the others having nothing close. */
  only: Record<string, number>;
  /** Per selected article: facts only it reports for sure, another selected outlet maybe in other words. */
  maybe: Record<string, number>;
}

export function compareCounts(rows: CompareRow[], articles: string[]): CompareCounts {
  const only: Record<string, number> = Object.fromEntries(articles.map((id) => [id, 0]));
  const maybe: Record<string, number> = Object.fromEntries(articles.map((id) => [id, 0]));
  let shared = 0;
  for (const row of rows) {
    const present = row.cells.filter((c) => c.text !== null);
    if (present.length === row.cells.length) shared += 1;
    else if (present.length === 1 && present[0]) {
      const counts = row.cells.some((c) => c.placement === "maybe") ? maybe : only;
      counts[present[0].article] = (counts[present[0].article] ?? 0) + 1;
    }
  }
  return { shared, only, maybe };
}
