import { CONFIDENT_BLAME, type Blame, type StoryAnalysis } from "@/lib/analysis";
import { UNCERTAIN_PARAM } from "./certainty-link";
import { readFlagParam, type RawSearchParams } from "./search-params";

export { keepCertainty, UNCERTAIN_PARAM } from "./certainty-link";

/*
 * Which blame relations a page shows. The engine scores each relation's evidence (`confidence`,
 * 0–1). CONFIDENT_BLAME is meant as "right at least nine times in ten"; the last hand-judged
 * sample of unseen news reached 90 % on 30 relations (docs/quality.md), which the pages' "How
 * sure" lines say. Pages, charts, counts, exercises and exports show those by default;
 * `?uncertain=1` adds the others, so a shared link keeps the reader's choice. Filtering happens
 * once, on the analysis a page reads, so every chart and count on it agrees with every other and
 * with its evidence pages.
 */

/** True when the relation's evidence is strong enough to be shown by default. */
export function isConfident(blame: Pick<Blame, "confidence">): boolean {
  return blame.confidence >= CONFIDENT_BLAME;
}

/** Whether the reader asked for uncertain relations too (`?uncertain=1`); a bad value is noted. */
export function readIncludeUncertain(raw: RawSearchParams, notes: string[] = []): boolean {
  return readFlagParam(raw, UNCERTAIN_PARAM, false, notes);
}

/** What a page knows about the relations it hides or shows. */
export interface Certainty {
  /** True when uncertain relations are shown too. */
  includeUncertain: boolean;
  /** How many relations of the story fall below the threshold (shown or not). */
  uncertain: number;
  /** How many relations of the story are confident. */
  confident: number;
}

/**
 * The analysis a page should read, with only its confident blame relations unless the reader
 * included the uncertain ones, and the counts for the switch. Nothing else is changed.
 */
export function byCertainty(
  analysis: StoryAnalysis,
  includeUncertain: boolean,
): { analysis: StoryAnalysis; certainty: Certainty } {
  let confident = 0;
  for (const blame of analysis.blame) if (isConfident(blame)) confident += 1;
  const uncertain = analysis.blame.length - confident;
  const certainty = { includeUncertain, uncertain, confident };
  if (includeUncertain || uncertain === 0) return { analysis, certainty };
  return { analysis: { ...analysis, blame: analysis.blame.filter(isConfident) }, certainty };
}

/**
 * The visible switch between confident relations only and all of them (components/blame/
 * uncertain-switch.tsx): the counts, and this page's address each way.
 */
export interface CertaintySwitch {
  certainty: Certainty;
  /** This page with uncertain relations included. */
  showHref: string;
  /** This page with confident relations only. */
  hideHref: string;
}

/** What a page reads about blame from its URL: see readCertainty. */
export interface CertaintyView {
  /** The analysis to show: confident relations only unless the reader included the others. */
  analysis: StoryAnalysis;
  certainty: Certainty;
  /** A note for each bad value of the switch, for the page to show. */
  notes: string[];
  /** The switch for the page at `path` (its own address), `hash` added to both links. */
  switchAt(path: string, hash?: string): CertaintySwitch;
}

/**
 * The one reading of the certainty switch that every page and file of a story shares: whether the
 * reader asked for uncertain relations (`?uncertain=1`, a bad value noted), the analysis filtered
 * as asked, the counts, and the links that flip the switch with the other parameters kept.
 */
export function readCertainty(raw: RawSearchParams, analysis: StoryAnalysis): CertaintyView {
  const notes: string[] = [];
  const filtered = byCertainty(analysis, readIncludeUncertain(raw, notes));
  const { certainty } = filtered;
  return {
    analysis: filtered.analysis,
    certainty,
    notes,
    switchAt: (path, hash = "") => ({
      certainty,
      showHref: `${certaintyHref(path, raw, true)}${hash}`,
      hideHref: `${certaintyHref(path, raw, false)}${hash}`,
    }),
  };
}

/**
 * The page's own address with the switch flipped, other parameters kept in their order, so the
 * link changes only what it says it changes.
 */
export function certaintyHref(path: string, raw: RawSearchParams, include: boolean): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (key === UNCERTAIN_PARAM || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (include) params.set(UNCERTAIN_PARAM, "1");
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
