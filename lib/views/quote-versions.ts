import type { Quote, QuoteGroup, QuoteVariant } from "@/lib/analysis";

/*
 * One quote group as a card shows it. A group printed by a few outlets lists each printing; one
 * printed by many (a wire quote in 180 outlets) lists each distinct printing once, with the outlets
 * that printed it, so a card's size grows with how differently the quote was printed, not with how
 * many outlets printed it.
 */

/** A group printed by more outlets than this lists distinct printings instead of each outlet's. */
export const COLLAPSE_OVER = 9;
/** Distinct printings a collapsed card lists (the longest printing, then altered, excerpts, verbatim). */
export const MAX_VERSIONS = 8;
/** Outlets named on one printing of a collapsed card; the rest are counted. */
export const MAX_NAMES = 6;

export interface QuoteVersion {
  /** The first printing of this version (its variant and quote). */
  variant: QuoteVariant;
  quote: Quote;
  isBase: boolean;
  /** Article ids of the outlets that printed these words with this speaker, in the group's order. */
  articles: string[];
}

export interface QuoteVersions {
  collapsed: boolean;
  versions: QuoteVersion[];
  /** Distinct printings left out of a collapsed card. */
  hidden: number;
  /** Outlets printing the quote (after `only`). */
  printings: number;
}

const rank: Record<QuoteVariant["status"], number> = { altered: 0, excerpt: 1, verbatim: 2 };

export function quoteVersions(
  group: QuoteGroup,
  quotes: ReadonlyMap<string, Quote>,
  only?: readonly string[],
): QuoteVersions {
  const printed = group.variants.flatMap((variant) => {
    const quote = quotes.get(variant.quote);
    return quote && (!only || only.includes(quote.article)) ? [{ variant, quote }] : [];
  });
  const single = (p: (typeof printed)[number]): QuoteVersion => ({
    ...p,
    isBase: p.variant.quote === group.base,
    articles: [p.quote.article],
  });
  if (only || printed.length <= COLLAPSE_OVER)
    return {
      collapsed: false,
      versions: printed.map(single),
      hidden: 0,
      printings: printed.length,
    };
  const byKey = new Map<string, QuoteVersion>();
  for (const p of printed) {
    const isBase = p.variant.quote === group.base;
    // The base printing is its own entry (the others are compared with it).
    const key = isBase
      ? "base"
      : `${p.variant.status}\u0000${p.quote.text}\u0000${p.quote.speaker ?? ""}`;
    const version = byKey.get(key);
    if (version) version.articles.push(p.quote.article);
    else byKey.set(key, single(p));
  }
  const all = [...byKey.values()].sort(
    (a, b) =>
      Number(b.isBase) - Number(a.isBase) ||
      rank[a.variant.status] - rank[b.variant.status] ||
      b.articles.length - a.articles.length,
  );
  return {
    collapsed: true,
    versions: all.slice(0, MAX_VERSIONS),
    hidden: Math.max(0, all.length - MAX_VERSIONS),
    printings: printed.length,
  };
}
