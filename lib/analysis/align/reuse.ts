import { type PreparedArticle } from "../text";

import { findPassages, type Passage, type PassageOptions, positionIndex } from "./passages";
import type { Reuse, ReusePair } from "../schema";
import { shingleHashes, type WordStream, wordStreams } from "./shingles";

/** Tuning of reuse detection: shingles, gaps, and how candidate article pairs are bounded. */
export interface ReuseOptions extends PassageOptions {
  /**
   * A shingle shared by many articles links each article to at most this many
   * articles before it in input order (all of them when fewer share it).
   */
  window: number;
  /** Each article is compared in full with at most this many partners: those sharing the most shingles. */
  maxPartners: number;
}

/** Seven-word shingles, gaps of up to four words, passages of eight words or more. */
export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  shingle: 7,
  maxGap: 4,
  minWords: 8,
  maxPositions: 4,
  maxRuns: 500,
  window: 8,
  maxPartners: 10,
};

type Direction = Reuse["direction"];

/** Up to this many article pairs (about 4,000 articles), pair counts live in one typed array. */
const DENSE_PAIR_LIMIT = 16_000_000;

/** Which way text went between A and B, by publication date; "unknown" unless both dates are known and differ. */
export function reuseDirection(publishedA: string | null, publishedB: string | null): Direction {
  const a = publishedA ? Date.parse(publishedA) : Number.NaN;
  const b = publishedB ? Date.parse(publishedB) : Number.NaN;
  if (Number.isNaN(a) || Number.isNaN(b) || a === b) return "unknown";
  return a < b ? "a-to-b" : "b-to-a";
}

/** Characters that belong to a word, so a span never starts or ends inside one ("we|’ll", "Ruritania-|backed"). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’-]/u;

/** Character span of words [start, end) of a stream, widened to whole words of the text. */
function charSpan(
  text: string,
  stream: WordStream,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = stream.tokens[start]?.start ?? 0;
  let to = stream.tokens[end - 1]?.end ?? from;
  while (from > 0 && WORD_CHAR.test(text[from - 1] ?? "")) from -= 1;
  while (to < text.length && WORD_CHAR.test(text[to] ?? "")) to += 1;
  return { start: from, end: to };
}

/**
 * For every shingle found in two or more articles, those articles (ascending).
 * Each shingle occurrence is packed with its article into one number (hash
 * high bits, article low bits) and the lot sorted as a typed array: far less
 * memory and time than a map of hundreds of thousands of shingles.
 */
function sharedShingles(hashes: readonly Float64Array[]): number[][] {
  const articleBits = Math.max(1, Math.ceil(Math.log2(hashes.length + 1)));
  const articleSpan = 2 ** articleBits;
  // Keep the hash's top bits so that hash and article fit in a safe integer (53 bits).
  const hashSpan = 2 ** (53 - articleBits);
  const total = hashes.reduce((sum, own) => sum + own.length, 0);
  const packed = new Float64Array(total);
  let at = 0;
  hashes.forEach((own, a) => {
    for (const hash of own) {
      packed[at] = Math.floor((hash / 2 ** 52) * hashSpan) * articleSpan + a;
      at += 1;
    }
  });
  packed.sort();
  const lists: number[][] = [];
  for (let i = 0; i < total;) {
    const key = Math.floor((packed[i] as number) / articleSpan);
    let j = i;
    const list: number[] = [];
    for (; j < total && Math.floor((packed[j] as number) / articleSpan) === key; j += 1) {
      const article = (packed[j] as number) % articleSpan;
      if (list[list.length - 1] !== article) list.push(article);
    }
    if (list.length > 1) lists.push(list);
    i = j;
  }
  return lists;
}

/**
 * Article pairs worth comparing in full. Every shingle is indexed by the
 * articles containing it; a shingle shared by many articles (wire copy in
 * fifty outlets) links each article only to the `window` articles before it,
 * so the work stays linear in the text. Each article then keeps the
 * `maxPartners` partners it shares most shingles with.
 */
function candidatePairs(
  hashes: readonly Float64Array[],
  options: ReuseOptions,
): [number, number][] {
  const articleCount = hashes.length;
  const shared = sharedShingles(hashes);
  // Shared-shingle counts per article pair: a dense table while it stays small, else a map.
  const dense =
    articleCount * articleCount <= DENSE_PAIR_LIMIT
      ? new Int32Array(articleCount * articleCount)
      : null;
  const sparse = new Map<number, number>();
  for (const list of shared) {
    for (let j = 1; j < list.length; j += 1) {
      for (let i = Math.max(0, j - options.window); i < j; i += 1) {
        const key = (list[i] as number) * articleCount + (list[j] as number);
        if (dense) dense[key] = (dense[key] as number) + 1;
        else sparse.set(key, (sparse.get(key) ?? 0) + 1);
      }
    }
  }
  // Each article keeps the partners it shares most shingles with (ties: input order).
  const countOf = (a: number, b: number): number => {
    const key = Math.min(a, b) * articleCount + Math.max(a, b);
    return dense ? (dense[key] as number) : (sparse.get(key) ?? 0);
  };
  const partners: number[][] = hashes.map(() => []);
  if (dense) {
    for (let a = 0; a < articleCount; a += 1) {
      for (let b = a + 1; b < articleCount; b += 1) {
        if ((dense[a * articleCount + b] as number) > 0) {
          partners[a]?.push(b);
          partners[b]?.push(a);
        }
      }
    }
  } else {
    for (const key of sparse.keys()) {
      const a = Math.floor(key / articleCount);
      const b = key % articleCount;
      partners[a]?.push(b);
      partners[b]?.push(a);
    }
  }
  const chosen = new Set<number>();
  partners.forEach((list, a) => {
    list.sort((x, y) => countOf(a, y) - countOf(a, x) || x - y);
    for (const other of list.slice(0, options.maxPartners)) {
      chosen.add(Math.min(a, other) * articleCount + Math.max(a, other));
    }
  });
  return [...chosen]
    .sort((x, y) => x - y)
    .map((key): [number, number] => [Math.floor(key / articleCount), key % articleCount]);
}

/**
 * Passages two articles share word for word or nearly (wire copy, reprints,
 * relays), with offsets into each article's cleaned text, and per article
 * pair the share of each text that is reused. Shingles of
 * `options.shingle` normalised words find candidate pairs and seed matches;
 * matches are joined across small gaps (`passages.ts`). Direction comes from
 * publication dates. Deterministic: pairs in input order, passages in text order.
 */
export function findReuse(
  articles: PreparedArticle[],
  options: ReuseOptions = DEFAULT_REUSE_OPTIONS,
): { reuse: Reuse[]; pairs: ReusePair[] } {
  const streams = wordStreams(articles);
  const hashes = streams.map((stream) => shingleHashes(stream.ids, options.shingle));
  const reuse: Reuse[] = [];
  const pairs: ReusePair[] = [];
  let indexed = -1;
  let index = new Map<number, number[]>();
  for (const [a, b] of candidatePairs(hashes, options)) {
    const streamA = streams[a];
    const streamB = streams[b];
    const articleA = articles[a];
    const articleB = articles[b];
    const hashesB = hashes[b];
    if (!streamA || !streamB || !articleA || !articleB || !hashesB) continue;
    if (indexed !== a) {
      index = positionIndex(hashes[a] ?? new Float64Array(), options.maxPositions);
      indexed = a;
    }
    const passages = findPassages(streamA, index, streamB, hashesB, options);
    if (passages.length === 0) continue;
    const direction = reuseDirection(articleA.input.published, articleB.input.published);
    for (const passage of passages)
      reuse.push(toReuse(articleA, articleB, streamA, streamB, passage, direction));
    pairs.push(toPair(articleA, articleB, streamA, streamB, passages, direction));
  }
  reuse.forEach((item, i) => {
    item.id = `reuse-${i + 1}`;
  });
  return { reuse, pairs };
}

function toReuse(
  articleA: PreparedArticle,
  articleB: PreparedArticle,
  streamA: WordStream,
  streamB: WordStream,
  passage: Passage,
  direction: Direction,
): Reuse {
  const wordsA = passage.aEnd - passage.aStart;
  const wordsB = passage.bEnd - passage.bStart;
  // Word overlap (Dice), as diffText reports it, from the matched runs: no diff needed.
  const similarity =
    Math.round(Math.min(1, (2 * passage.matched) / (wordsA + wordsB)) * 1000) / 1000;
  return {
    id: "",
    a: {
      article: articleA.input.id,
      ...charSpan(articleA.analysis.text, streamA, passage.aStart, passage.aEnd),
    },
    b: {
      article: articleB.input.id,
      ...charSpan(articleB.analysis.text, streamB, passage.bStart, passage.bEnd),
    },
    words: wordsA,
    similarity,
    direction,
  };
}

function toPair(
  articleA: PreparedArticle,
  articleB: PreparedArticle,
  streamA: WordStream,
  streamB: WordStream,
  passages: readonly Passage[],
  direction: Direction,
): ReusePair {
  const wordsA = passages.reduce((sum, p) => sum + p.aEnd - p.aStart, 0);
  const wordsB = passages.reduce((sum, p) => sum + p.bEnd - p.bStart, 0);
  const share = (words: number, total: number) =>
    total === 0 ? 0 : Math.round(Math.min(1, words / total) * 1000) / 1000;
  return {
    a: articleA.input.id,
    b: articleB.input.id,
    words: wordsA,
    shareA: share(wordsA, streamA.tokens.length),
    shareB: share(wordsB, streamB.tokens.length),
    direction,
  };
}
