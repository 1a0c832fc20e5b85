import { type PreparedArticle, type Token } from "../text";

import { keepingSentenceWork } from "../sentence-work";
import { isWordLike, normaliseWord } from "./terms";

/** An article's words for reuse detection: tokens and their normalised word ids. */
export interface WordStream {
  /** Word tokens in text order (punctuation left out), offsets into the cleaned text. */
  tokens: Token[];
  /** Vocabulary id of each token's normalised form ("U.S." and "US" share one). */
  ids: Int32Array;
}

/**
 * An article's word tokens and their normalised forms depend on the article alone, so they are kept
 * with it while analyses keep per-sentence work (see sentence-work.ts): a grown story reads only its
 * new article's words; the ids, which depend on the story's order of words, are given afresh.
 */
const keptWords = new WeakMap<PreparedArticle, { tokens: Token[]; forms: string[] }>();

function articleWords(article: PreparedArticle): { tokens: Token[]; forms: string[] } {
  const known = keptWords.get(article);
  if (known) return known;
  const tokens = article.segmented.sentences.flatMap((sentence) =>
    sentence.tokens.filter(isWordLike),
  );
  const words = { tokens, forms: tokens.map((token) => normaliseWord(token.normal)) };
  if (keepingSentenceWork()) keptWords.set(article, words);
  return words;
}

/** Turn articles into word streams over one shared vocabulary. */
export function wordStreams(articles: readonly PreparedArticle[]): WordStream[] {
  const vocabulary = new Map<string, number>();
  return articles.map((article) => {
    const { tokens, forms } = articleWords(article);
    const ids = new Int32Array(forms.length);
    forms.forEach((form, i) => {
      let id = vocabulary.get(form);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(form, id);
      }
      ids[i] = id;
    });
    return { tokens, ids };
  });
}

/**
 * Hash of every run of `size` consecutive words (a shingle), one per start
 * position. Two independent 32-bit multiplicative hashes are packed into one
 * safe integer (52 bits), so accidental collisions are rare; matches are
 * verified word by word before they are used anyway.
 */
export function shingleHashes(ids: Int32Array, size: number): Float64Array {
  const count = Math.max(0, ids.length - size + 1);
  const hashes = new Float64Array(count);
  for (let p = 0; p < count; p += 1) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let k = 0; k < size; k += 1) {
      const id = ids[p + k] as number;
      h1 = Math.imul(h1 ^ id, 0x01000193);
      h2 = Math.imul(h2 ^ (id + 0x9e3779b9), 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    hashes[p] = (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
  }
  return hashes;
}

/** True when the shingles at `p` in `a` and `q` in `b` have the same words. */
export function sameShingle(
  a: Int32Array,
  p: number,
  b: Int32Array,
  q: number,
  size: number,
): boolean {
  for (let k = 0; k < size; k += 1) if (a[p + k] !== b[q + k]) return false;
  return true;
}
