import type { Quote } from "../../lib/analysis/schema";
import type { GoldQuote } from "../seed/quotes-gold";

/** One gold quote the engine got wrong, and how. */
export interface QuoteMiss {
  gold: GoldQuote;
  found: Quote | null;
  problem: "missing" | "speaker" | "kind" | "speaker and kind";
}

/** How found quotes compare with a gold list. */
export interface SeedQuoteScore {
  /** Gold quotes scored (chrome-only quotes count only while the chrome is in the text). */
  total: number;
  found: number;
  speakerRight: number;
  kindRight: number;
  misses: QuoteMiss[];
  /** Quotes the engine found that the gold list does not have. */
  extra: Quote[];
}

const normal = (text: string) =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

/**
 * Score found quotes against a gold list: each gold quote is matched, in
 * order, to the first unmatched quote of its article that opens with its text.
 * A speaker is right when it is one of the accepted forms (or both are none).
 */
export function scoreSeedQuotes(quotes: Quote[], gold: GoldQuote[]): SeedQuoteScore {
  const used = new Set<string>();
  const score: SeedQuoteScore = {
    total: 0,
    found: 0,
    speakerRight: 0,
    kindRight: 0,
    misses: [],
    extra: [],
  };
  for (const entry of gold) {
    const found =
      quotes.find(
        (quote) =>
          quote.article === entry.article &&
          !used.has(quote.id) &&
          normal(quote.text).startsWith(normal(entry.text)),
      ) ?? null;
    if (!found && entry.chrome) continue;
    score.total += 1;
    if (!found) {
      score.misses.push({ gold: entry, found: null, problem: "missing" });
      continue;
    }
    used.add(found.id);
    score.found += 1;
    const speakerOk =
      entry.speakers.length === 0
        ? found.speaker === null
        : entry.speakers.includes(found.speaker ?? "");
    const kindOk = found.kind === entry.kind;
    if (speakerOk) score.speakerRight += 1;
    if (kindOk) score.kindRight += 1;
    if (!speakerOk || !kindOk) {
      score.misses.push({
        gold: entry,
        found,
        problem: !speakerOk && !kindOk ? "speaker and kind" : speakerOk ? "kind" : "speaker",
      });
    }
  }
  const articles = new Set(gold.map((entry) => entry.article));
  score.extra = quotes.filter((quote) => articles.has(quote.article) && !used.has(quote.id));
  return score;
}

const STOP = new Set([
  "the",
  "of",
  "and",
  "a",
  "an",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "for",
  "in",
  "on",
]);

function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\./g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !STOP.has(word));
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Democrats" ~ "Democratic", "Catholics" ~ "Catholic": a shared stem of five letters or more.
  const shortest = Math.min(a.length, b.length);
  if (shortest < 5) return false;
  let shared = 0;
  while (shared < shortest && a[shared] === b[shared]) shared += 1;
  return shared >= Math.max(5, shortest - 2);
}

/**
 * Loose speaker match by name tokens, for corpora that name speakers as ids:
 * gold "Michael_Steele" matches "Mr. Steele" and "Michael Steele, chairman of …".
 */
export function speakerNameMatch(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const want = nameTokens(gold.replace(/_/g, " "));
  const have = nameTokens(predicted);
  return want.some((word) => have.some((other) => sameName(word, other)));
}
