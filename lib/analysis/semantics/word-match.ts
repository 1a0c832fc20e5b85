import { type ContentWord, idGeneration, MAX_WORD_IDS } from "./content-words";
import { cosine } from "./word-vectors";
import { wordnetRelation } from "./wordnet";

/** Why two words were matched: the same word, a WordNet relation, or close vectors. */
export type MatchKind = "shared" | "synonym" | "similar" | "broader" | "related" | "vector";

export interface WordMatch {
  kind: MatchKind;
  /** 0–1: how much of a shared word this match counts for. */
  similarity: number;
}

/** Which signals count and how much; chosen on MRPC's even-ID pairs (eval/similarity). */
export interface MatchOptions {
  wordnet: boolean;
  vectors: boolean;
  /** Credit for each WordNet relation (a shared word is 1). */
  synonym: number;
  similar: number;
  broader: number;
  related: number;
  /** Cosines below this give no credit. */
  vectorThreshold: number;
  /** Credit per unit of cosine (a match at cosine c counts c × this). */
  vectorCredit: number;
  /** Vectors only between words of one part of speech (noun–noun, verb–verb, adjective/adverb). */
  vectorSamePos: boolean;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  wordnet: true,
  vectors: true,
  synonym: 0.9,
  similar: 0.75,
  broader: 0.6,
  related: 0.75,
  vectorThreshold: 0.45,
  vectorCredit: 0.9,
  vectorSamePos: true,
};

const POS_CLASS: Record<string, string> = {
  NOUN: "n",
  PROPN: "n",
  VERB: "v",
  ADJ: "a",
  ADV: "a",
  NUM: "x",
};

/**
 * How well `a` stands for `b`, or undefined for no match. Names and numbers
 * match only themselves (vectors put "Obama" by "Bush" and "Monday" by
 * "Tuesday"). WordNet antonyms and co-hyponyms ("rose"/"fell",
 * "tea"/"coffee") are never matched by their vectors, which put them close.
 */
export function matchWords(
  a: ContentWord,
  b: ContentWord,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): WordMatch | undefined {
  if (a.key === b.key) return SHARED;
  if (a.name || b.name) return undefined;
  // A story compares the same word pairs over and over: remember each answer (bounded).
  const current = idGeneration();
  if (a.generation !== current || b.generation !== current) return matchUncached(a, b, options);
  let cache = caches.get(options);
  if (!cache || cache.generation !== current) {
    cache = { generation: current, matches: new Map() };
    caches.set(options, cache);
  }
  const key = a.id * MAX_WORD_IDS + b.id;
  const known = cache.matches.get(key);
  if (known !== undefined) return known ?? undefined;
  if (cache.matches.size >= MAX_CACHED) cache.matches.clear();
  const match = matchUncached(a, b, options);
  cache.matches.set(key, match ?? null);
  return match;
}

const SHARED: WordMatch = { kind: "shared", similarity: 1 };
const caches = new WeakMap<
  MatchOptions,
  { generation: number; matches: Map<number, WordMatch | null> }
>();
const MAX_CACHED = 500_000;

function matchUncached(
  a: ContentWord,
  b: ContentWord,
  options: MatchOptions,
): WordMatch | undefined {
  let blocked = false;
  if (a.wordnet !== undefined && b.wordnet !== undefined) {
    const relation = wordnetRelation(a.wordnet, a.wordnetPos, b.wordnet, b.wordnetPos);
    if (relation === "opposite" || relation === "sibling") blocked = true;
    else if (relation && options.wordnet) return { kind: relation, similarity: options[relation] };
  }
  if (blocked || !options.vectors || a.vector === undefined || b.vector === undefined)
    return undefined;
  if (options.vectorSamePos && POS_CLASS[a.pos] !== POS_CLASS[b.pos]) return undefined;
  const value = cosine(a.vector, b.vector);
  if (value < options.vectorThreshold) return undefined;
  return { kind: "vector", similarity: Math.min(1, options.vectorCredit * value) };
}
