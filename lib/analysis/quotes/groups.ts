import { diffText } from "../align";
import { keepingSentenceWork } from "../sentence-work";
import { sharedWords, type PreparedArticle } from "../text";

import type { Quote, QuoteGroup, QuoteVariant } from "../schema";
import { lang } from "../lang";

/** Share of the shorter quote's words that must appear, in order, in the longer one. */
const MIN_IN_ORDER = 0.8;
/** Quotes shorter than this only group with quotes of exactly the same words. */
const MIN_FUZZY_WORDS = 3;
/** Trigrams printed in more quotes than this are too common to suggest the same quote. */
const MAX_POSTINGS = 50;

interface Entry {
  quote: Quote;
  order: number;
  words: string[];
  /** The words joined with spaces and padded with one on each side, for contiguous-run checks. */
  joined: string;
  /** How many of the words are not stop words. */
  content: number;
  /** Its distinct runs of three words, in order of first use: the keys of the candidate index. */
  grams: string[];
}

/** Normalised words: case, apostrophe style and punctuation (quote marks, ellipses) aside. */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
    word.toLowerCase().replace(/’/g, "'"),
  );
}

/**
 * A quote's words depend on its text alone; quotes come from the ArticleCache unchanged when a
 * story grows, so while analyses keep per-sentence work (see sentence-work.ts) they are kept with
 * the quote object, and so is whether two quotes are the same (`sameQuote` reads only the two).
 */
const keptWords = new WeakMap<Quote, Omit<Entry, "quote" | "order">>();
const keptSame = new WeakMap<Quote, WeakMap<Quote, boolean>>();

function quoteWords(quote: Quote): Omit<Entry, "quote" | "order"> {
  const known = keptWords.get(quote);
  if (known) return known;
  const words = wordsOf(quote.text);
  const content = words.filter((word) => !lang.functionWords.stopWords.has(word)).length;
  const grams = new Set<string>();
  for (let k = 0; k + 3 <= words.length; k += 1) grams.add(words.slice(k, k + 3).join(" "));
  const entry = { words, joined: ` ${words.join(" ")} `, content, grams: [...grams] };
  if (keepingSentenceWork()) keptWords.set(quote, entry);
  return entry;
}

function keptSameQuote(a: Entry, b: Entry): boolean {
  let byB = keptSame.get(a.quote);
  const known = byB?.get(b.quote);
  if (known !== undefined) return known;
  const same = sameQuote(a, b);
  if (keepingSentenceWork()) {
    if (!byB) keptSame.set(a.quote, (byB = new WeakMap()));
    byB.set(b.quote, same);
  }
  return same;
}

/** Length of the longest common subsequence of two word lists (two rolling rows, no allocation per word). */
function inOrder(a: string[], b: string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (const word of a) {
    for (let j = 0; j < b.length; j += 1) {
      const up = previous[j + 1] ?? 0;
      const left = current[j] ?? 0;
      current[j + 1] = word === b[j] ? (previous[j] ?? 0) + 1 : up > left ? up : left;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** True when the shorter quote is the longer one (or part of it), maybe altered, reordered or cut. */
function sameQuote(a: Entry, b: Entry): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length < MIN_FUZZY_WORDS || short.content < 2) return false;
  // A short fragment joins only when it is clearly the same words, in one piece.
  if (short.words.length < 6 && !long.joined.includes(short.joined)) return false;
  if (short.quote.kind === "scare") return false;
  const needed = MIN_IN_ORDER * short.words.length;
  return (
    sharedWords(short.words, long.words) >= needed && inOrder(short.words, long.words) >= needed
  );
}

class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier entry stays the root so group order follows first appearance.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Candidate pairs from shared trigrams (an inverted index, so 1,000 articles
 * stay fast), over `distinct` entries only: exact repeats are already joined.
 */
function candidates(entries: Entry[], distinct: number[]): Map<number, Set<number>> {
  const postings = new Map<string, number[]>();
  distinct.forEach((i) => {
    const entry = entries[i];
    if (!entry) return;
    for (const gram of entry.grams) {
      const list = postings.get(gram) ?? [];
      list.push(i);
      postings.set(gram, list);
    }
  });
  const pairs = new Map<number, Set<number>>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const a = list[x] ?? 0;
        const set = pairs.get(a) ?? new Set<number>();
        set.add(list[y] ?? 0);
        pairs.set(a, set);
      }
    }
  }
  return pairs;
}

/** True when two word lists are equal: `sameWords` on the texts, as entries hold its normalised words. */
function sameWordList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const ELLIPSIS = /…|\.\s?\.\s?\./;

/**
 * Whether a printing is cut from the base word for word: one run of its words, or runs in
 * order where the outlet marked each gap with an ellipsis. A cut the reader can see is not
 * a change to the speaker's words; a silent gap or a changed word is.
 */
function isExcerpt(base: Entry, entry: Entry): boolean {
  let from = 0;
  for (const piece of entry.quote.text.split(ELLIPSIS)) {
    const words = wordsOf(piece);
    if (words.length === 0) continue;
    const at = base.joined.indexOf(` ${words.join(" ")} `, from);
    if (at < 0) return false;
    from = at + words.join(" ").length + 1;
  }
  return true;
}

function variant(base: Entry, entry: Entry): QuoteVariant {
  return {
    quote: entry.quote.id,
    status: sameWordList(base.words, entry.words)
      ? "verbatim"
      : isExcerpt(base, entry)
        ? "excerpt"
        : "altered",
    diff: diffText(base.quote.text, entry.quote.text, { replaceUnrelated: true }),
  };
}

/**
 * Group the same quote printed by different articles. Quotes of the same
 * words group directly; longer quotes group when most of the shorter one's
 * words appear in order in the other (reordered, cut or with "…"). A short
 * fragment (under six words) joins the group of one quote that holds it word
 * for word, so it can never bridge two different quotes. Only groups spanning
 * two or more articles are kept.
 */
export function groupQuotes(quotes: Quote[], articles: PreparedArticle[]): QuoteGroup[] {
  const articleOrder = new Map(articles.map((article, i) => [article.analysis.id, i]));
  const entries: Entry[] = quotes
    .map((quote, i) => ({ quote, order: i, ...quoteWords(quote) }))
    .filter((entry) => entry.words.length >= 2)
    .sort((a, b) => {
      const oa = articleOrder.get(a.quote.article) ?? articleOrder.size;
      const ob = articleOrder.get(b.quote.article) ?? articleOrder.size;
      return oa - ob || a.quote.start - b.quote.start || a.order - b.order;
    });
  const sets = new DisjointSets(entries.length);
  const exact = new Map<string, number>();
  entries.forEach((entry, i) => {
    const key = entry.words.join(" ");
    const first = exact.get(key);
    if (first === undefined) exact.set(key, i);
    else sets.union(first, i);
  });
  const fragments = new Map<number, number>();
  for (const [a, others] of candidates(entries, [...exact.values()])) {
    for (const b of [...others].sort((x, y) => x - y)) {
      const ea = entries[a];
      const eb = entries[b];
      if (!ea || !eb || !keptSameQuote(ea, eb)) continue;
      const [short, long] = ea.words.length <= eb.words.length ? [a, b] : [b, a];
      if ((entries[short]?.words.length ?? 0) >= 6) sets.union(a, b);
      else if (!fragments.has(short)) fragments.set(short, long);
      else {
        // Keep the longest holder for a fragment (ties: the earlier one).
        const held = fragments.get(short) ?? long;
        if ((entries[long]?.words.length ?? 0) > (entries[held]?.words.length ?? 0))
          fragments.set(short, long);
      }
    }
  }
  for (const [short, long] of [...fragments].sort((x, y) => x[0] - y[0])) sets.union(short, long);

  const members = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const root = sets.find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  });
  const groups: QuoteGroup[] = [];
  for (const indices of [...members.values()].sort((a, b) => Math.min(...a) - Math.min(...b))) {
    const group = indices
      .map((i) => entries[i])
      .filter((entry): entry is Entry => entry !== undefined);
    if (new Set(group.map((entry) => entry.quote.article)).size < 2) continue;
    // The base is the longest printing; ties go to the earlier article (entries are in article order).
    const base = group.reduce((best, entry) =>
      entry.words.length > best.words.length ? entry : best,
    );
    // Wire copy repeats the same text many times: diff each distinct printing once.
    const diffs = new Map<string, QuoteVariant>();
    const variants = group.map((entry) => {
      const known = diffs.get(entry.quote.text) ?? variant(base, entry);
      diffs.set(entry.quote.text, known);
      return { ...known, quote: entry.quote.id };
    });
    groups.push({
      id: `qg-${groups.length + 1}`,
      base: base.quote.id,
      quotes: group.map((entry) => entry.quote.id),
      variants,
      altered: variants.some((v) => v.status === "altered"),
    });
  }
  return groups;
}
