import { type ContentWord, contentWords, type SemanticToken } from "./content-words";
import { wordVectors } from "./word-vectors";

/**
 * How much a word counts as evidence that two sentences tell the same fact.
 *
 * The base weight is an inverse frequency from general news: the vector
 * vocabulary is in frequency order, so a word's rank stands for its document
 * frequency (Zipf) — "said" counts almost nothing, "consulate" a lot, and a
 * name the vocabulary lacks the most. A story's own frequencies can lower a
 * word's weight (words in every sentence say little about which sentence is
 * which) but never below `storyFloor` of its base weight: a word in every
 * article of a story is usually the event itself, not noise.
 */
export interface Weighting {
  weight(word: ContentWord): number;
}

/** Ranks below this count little: the base weight grows with ln(1 + rank / scale). */
export const DEFAULT_RANK_SCALE = 20;

/** Rank given to a word the vocabulary lacks (a rare name). */
function rankOf(word: ContentWord): number {
  const { words } = wordVectors();
  return word.vector ?? (word.name ? words.length * 2 : words.length);
}

/**
 * A number's weight: numbers and dates are details of a fact (and outlets
 * round them differently), not what makes it the fact it is.
 */
export const NUMBER_WEIGHT = 0.4;

/** ln(1 + rank / scale), normalised so a word outside the vocabulary weighs 1. */
export function baseWeight(word: ContentWord, rankScale = DEFAULT_RANK_SCALE): number {
  if (word.pos === "NUM") return NUMBER_WEIGHT;
  const { words } = wordVectors();
  return Math.log1p(rankOf(word) / rankScale) / Math.log1p((words.length * 2) / rankScale);
}

/** Weights from general news frequencies alone (for sentence pairs without a story). */
export function backgroundWeighting(rankScale = DEFAULT_RANK_SCALE): Weighting {
  return { weight: (word) => baseWeight(word, rankScale) };
}

export interface StoryWeightingOptions {
  /** The least share of its base weight a word keeps, however many of the story's documents use it. */
  storyFloor: number;
  rankScale: number;
}

export const DEFAULT_STORY_WEIGHTING: StoryWeightingOptions = {
  storyFloor: 0.5,
  rankScale: DEFAULT_RANK_SCALE,
};

/**
 * Weights for one story: `documents` are its articles (each a list of
 * tokens); a word's story factor falls linearly from 1 (in one article)
 * to `storyFloor` (in all of them).
 */
export function storyWeighting(
  documents: readonly (readonly SemanticToken[])[],
  options: StoryWeightingOptions = DEFAULT_STORY_WEIGHTING,
): Weighting {
  const frequency = new Map<string, number>();
  for (const tokens of documents) {
    for (const key of new Set(contentWords(tokens).map((word) => word.key))) {
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  const n = documents.length;
  return {
    weight(word) {
      const df = frequency.get(word.key) ?? 0;
      const spread = n <= 1 ? 0 : Math.max(0, df - 1) / (n - 1);
      const factor = 1 - (1 - options.storyFloor) * Math.min(1, spread);
      return baseWeight(word, options.rankScale) * factor;
    },
  };
}
