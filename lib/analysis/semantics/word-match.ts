import { type ContentWord, idGeneration, MAX_WORD_IDS } from "./content-words";
import { cosine } from "./word-vectors";
import { type WordnetRelation, wordnetRelation } from "./wordnet";

/**
 * Why two words were matched: the same word, a WordNet relation, close
 * vectors, or an acronym and its spelled-out name ("alias", see acronyms.ts).
 */
export type MatchKind =
  "shared" | "synonym" | "similar" | "broader" | "related" | "vector" | "alias";

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
  /**
   * Vectors only between words past this frequency rank: the commonest words
   * ("make", "back", "take") all have much the same vector.
   */
  vectorMinRank: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  wordnet: true,
  vectors: true,
  synonym: 0.9,
  similar: 0.75,
  broader: 0.6,
  related: 0.75,
  vectorThreshold: 0.6,
  vectorCredit: 0.8,
  vectorSamePos: true,
  vectorMinRank: 300,
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
  if (isDemonym(a.key, b.key) || isDemonym(b.key, a.key))
    return { kind: "related", similarity: options.related };
  if (a.name || b.name) return undefined;
  const { relation, cosine: value } = evidence(a, b);
  if (relation === "opposite" || relation === "sibling") return undefined;
  if (relation && options.wordnet) return { kind: relation, similarity: options[relation] };
  if (!options.vectors || value === undefined || value < options.vectorThreshold) return undefined;
  if ((a.vector ?? 0) < options.vectorMinRank || (b.vector ?? 0) < options.vectorMinRank) {
    return undefined;
  }
  if (options.vectorSamePos && POS_CLASS[a.pos] !== POS_CLASS[b.pos]) return undefined;
  return { kind: "vector", similarity: Math.min(1, options.vectorCredit * value) };
}

const SHARED: WordMatch = { kind: "shared", similarity: 1 };

/**
 * A place and the word for its people or things ("Iraq" / "Iraqi", "Syria" /
 * "Syrian", "America" / "American", "Japan" / "Japanese"): WordNet relates them
 * only through proper nouns, which the shipped table leaves out.
 */
const DEMONYM_ENDINGS = ["i", "n", "an", "ian", "ese", "ish"];

export function isDemonym(place: string, people: string): boolean {
  if (place.length < 4 || !people.startsWith(place)) return false;
  return DEMONYM_ENDINGS.includes(people.slice(place.length));
}

/** What the lexicons say of a word pair, whatever the options. */
interface Evidence {
  relation: WordnetRelation | undefined;
  cosine: number | undefined;
}

/**
 * A story compares the same word pairs over and over: each pair's evidence
 * is remembered (bounded), by the words' interned ids; words interned in an
 * older generation are looked up afresh.
 */
let cache: { generation: number; evidence: Map<number, Evidence> } = {
  generation: -1,
  evidence: new Map(),
};
const MAX_CACHED = 500_000;

function evidence(a: ContentWord, b: ContentWord): Evidence {
  const current = idGeneration();
  if (a.generation !== current || b.generation !== current) return lookUp(a, b);
  if (cache.generation !== current) cache = { generation: current, evidence: new Map() };
  const key = a.id * MAX_WORD_IDS + b.id;
  let known = cache.evidence.get(key);
  if (!known) {
    if (cache.evidence.size >= MAX_CACHED) cache.evidence.clear();
    known = lookUp(a, b);
    cache.evidence.set(key, known);
  }
  return known;
}

function lookUp(a: ContentWord, b: ContentWord): Evidence {
  const relation =
    a.wordnet !== undefined && b.wordnet !== undefined
      ? wordnetRelation(a.wordnet, a.wordnetPos, b.wordnet, b.wordnetPos)
      : undefined;
  const value =
    a.vector !== undefined && b.vector !== undefined ? cosine(a.vector, b.vector) : undefined;
  return { relation, cosine: value };
}
