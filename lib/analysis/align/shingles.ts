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
 * An article's word tokens and their normalised forms depend on the article alone, so while
 * analyses keep per-sentence work (see sentence-work.ts) they are kept with it, each form as a
 * number in one table shared by all analyses (`formIds`): a grown story reads only its new
 * article's words, and numbers the story's forms by typed-array lookups, not string hashing. The
 * story's own ids (first use in the story's order) are given afresh each time, so they are those
 * of a fresh analysis. The table is emptied when large; `generation` tells kept numbers out of date.
 */
const formIds = new Map<string, number>();
let generation = 0;
const MAX_FORMS = 1_000_000;
const keptWords = new WeakMap<
  PreparedArticle,
  { tokens: Token[]; forms: Int32Array; generation: number }
>();

const wordTokens = (article: PreparedArticle): Token[] =>
  article.segmented.sentences.flatMap((sentence) => sentence.tokens.filter(isWordLike));

function keptForms(article: PreparedArticle): { tokens: Token[]; forms: Int32Array } {
  const known = keptWords.get(article);
  if (known?.generation === generation) return known;
  const tokens = known?.tokens ?? wordTokens(article);
  const forms = Int32Array.from(tokens, (token) => {
    const form = normaliseWord(token.normal);
    let id = formIds.get(form);
    if (id === undefined) formIds.set(form, (id = formIds.size));
    return id;
  });
  const words = { tokens, forms, generation };
  keptWords.set(article, words);
  return words;
}

/** Turn articles into word streams over one shared vocabulary. */
export function wordStreams(articles: readonly PreparedArticle[]): WordStream[] {
  if (keepingSentenceWork()) {
    // Emptied between stories, never within one, so one story's numbers are all of one table.
    if (formIds.size > MAX_FORMS) {
      formIds.clear();
      generation += 1;
    }
    const kept = articles.map(keptForms);
    const local = new Int32Array(formIds.size).fill(-1);
    let next = 0;
    return kept.map(({ tokens, forms }) => {
      const ids = new Int32Array(forms.length);
      for (let i = 0; i < forms.length; i += 1) {
        const form = forms[i] as number;
        let id = local[form] as number;
        if (id < 0) local[form] = id = next++;
        ids[i] = id;
      }
      return { tokens, ids };
    });
  }
  const vocabulary = new Map<string, number>();
  return articles.map((article) => {
    const tokens = wordTokens(article);
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const form = normaliseWord(token.normal);
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
