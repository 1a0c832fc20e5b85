import type { FeatureSpace } from "./features";

/** How candidate pairs are drawn from the inverted index. */
export interface CandidateOptions {
  /** Each sentence looks up its this-many rarest terms. */
  keys: number;
  /** In each posting list, this many nearest sentences of other articles on each side. */
  window: number;
  /** At most this many candidates per sentence: those sharing the most keys. */
  maxCandidates: number;
}

/** From each other article, at most this many nearest sentences per key. */
const PER_ARTICLE = 2;

/** Six keys, eight neighbours each side, at most 16 candidates per sentence. */
export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  keys: 6,
  window: 8,
  maxCandidates: 16,
};

/**
 * Candidate sentence pairs for alignment, without comparing every sentence
 * with every other. Each sentence looks up its rarest single terms (its
 * "keys": two sentences reporting the same fact share specific words, not
 * just "embassy") in an inverted index and takes, in each posting list, the
 * nearest sentences of other articles: `window` of them on each side, at most
 * two per article, jumping over its own article's block. Posting lists are in
 * story order, so a term used by hundreds of copies of one wire sentence links
 * each copy to its neighbours rather than to all of them: the work per
 * sentence is bounded (keys × 2 × window) and clustering still connects the
 * copies.
 *
 * Calls `visit(i, candidates)` once per sentence i with the distinct
 * sentences of other articles found for it (the array is reused between
 * calls); a pair may be found from each side.
 */
export function forEachCandidate(
  features: readonly Int32Array[],
  space: FeatureSpace,
  articleOf: Int32Array,
  options: CandidateOptions,
  visit: (i: number, candidates: readonly number[]) => void,
): void {
  const count = features.length;
  const { bigram, df } = space;
  const byRarity = (a: number, b: number) => (df[a] ?? 0) - (df[b] ?? 0) || a - b;
  const singles: number[] = [];
  const keysOf: Int32Array[] = features.map((own) => {
    singles.length = 0;
    for (const id of own) if (bigram[id] === 0 && (df[id] ?? 0) >= 2) singles.push(id);
    singles.sort(byRarity);
    return new Int32Array(singles.length > options.keys ? singles.slice(0, options.keys) : singles);
  });
  // Postings only for terms someone uses as a key, in sentence order.
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(space.names.length);
  for (const keys of keysOf) for (const id of keys) postings[id] ??= [];
  for (let s = 0; s < count; s += 1) {
    for (const id of features[s] ?? []) postings[id]?.push(s);
  }
  // Sentences are in article order, so each article's entries in a posting list form one block.
  const blockStart = new Int32Array(count);
  const blockEnd = new Int32Array(count);
  for (let s = 0; s < count; s += 1) {
    blockStart[s] = s > 0 && articleOf[s - 1] === articleOf[s] ? (blockStart[s - 1] as number) : s;
  }
  for (let s = count - 1; s >= 0; s -= 1) {
    blockEnd[s] =
      s < count - 1 && articleOf[s + 1] === articleOf[s] ? (blockEnd[s + 1] as number) : s + 1;
  }
  const seen = new Int32Array(count).fill(-1);
  const hits = new Int32Array(count);
  const found: number[] = [];
  for (let s = 0; s < count; s += 1) {
    found.length = 0;
    for (const id of keysOf[s] ?? []) {
      const list = postings[id];
      if (!list) continue;
      // Walk out of the sentence's own article both ways, then take the nearest sentences of
      // other articles, at most PER_ARTICLE from each (a long article must not fill the window).
      for (const step of [-1, 1]) {
        let k =
          step < 0
            ? lowerBound(list, blockStart[s] as number) - 1
            : lowerBound(list, blockEnd[s] as number);
        let taken = 0;
        while (k >= 0 && k < list.length && taken < options.window) {
          const other = list[k] as number;
          let fromArticle = 0;
          // Take up to PER_ARTICLE entries of this article, then jump past its block.
          while (
            k >= 0 &&
            k < list.length &&
            articleOf[list[k] as number] === articleOf[other] &&
            fromArticle < PER_ARTICLE
          ) {
            const candidate = list[k] as number;
            fromArticle += 1;
            taken += 1;
            if (seen[candidate] === s) hits[candidate] = (hits[candidate] as number) + 1;
            else {
              seen[candidate] = s;
              hits[candidate] = 1;
              found.push(candidate);
            }
            k += step;
          }
          // Still inside that article's block (it has more entries): jump past the block.
          const inside =
            k >= 0 && k < list.length && articleOf[list[k] as number] === articleOf[other];
          if (inside) {
            k =
              step < 0
                ? lowerBound(list, blockStart[other] as number) - 1
                : lowerBound(list, blockEnd[other] as number);
          }
        }
      }
    }
    if (found.length > options.maxCandidates) {
      // Many copies of one passage: those sharing more of the sentence's rare terms come first
      // (a bucket pass over the few possible hit counts, keeping each bucket in found order).
      const kept: number[] = [];
      for (
        let level = options.keys;
        level >= 1 && kept.length < options.maxCandidates;
        level -= 1
      ) {
        for (const other of found) {
          if (hits[other] === level) {
            kept.push(other);
            if (kept.length === options.maxCandidates) break;
          }
        }
      }
      visit(s, kept);
    } else if (found.length > 0) visit(s, found);
  }
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
