import { DEFAULT_MATCH_OPTIONS, type MatchKind, type MatchOptions } from "../semantics";

/** The options and results of sentence similarity by meaning (see `meaning.ts`). */

/** How words count and match. */
export interface MeaningOptions {
  /** The least share of its weight a word keeps however many of the story's articles use it. */
  storyFloor: number;
  match: MatchOptions;
  /** Score multiplier when only names and numbers match. */
  namesOnlyFactor: number;
  /** Score multiplier when an argument changes sides of a shared verb, or one side negates it. */
  conflictFactor: number;
  /**
   * The matched weight each side needs for a full score (about two content
   * words): "Justice Ortiz asked." and "he asked." match entirely on one
   * verb, which says nothing of a fact. Below it the score shrinks in proportion.
   */
  minEvidence: number;
  /** Share of the score given by the better-covered side (0: the harmonic mean of both coverages). */
  containment: number;
  /**
   * Score multiplier when both sentences have content verbs and none of them
   * is matched: "attacks hit the embassy in Baghdad" and "the embassy in
   * Baghdad will remain open" share a place, not a fact.
   */
  noActFactor: number;
}

export const DEFAULT_MEANING_OPTIONS: MeaningOptions = {
  storyFloor: 0.5,
  match: DEFAULT_MATCH_OPTIONS,
  namesOnlyFactor: 0.5,
  conflictFactor: 0.3,
  minEvidence: 1,
  containment: 0,
  noActFactor: 1,
};

/** Verbs weighing less than this (framing and attribution words) do not count as the act. */
export const MIN_VERB_WEIGHT = 0.1;

/** A matched pair of words: indices into each sentence's terms (their first use in it). */
export interface TermLink {
  a: number;
  b: number;
  kind: MatchKind;
  similarity: number;
}

export interface PairMeaning {
  score: number;
  coverageA: number;
  coverageB: number;
  namesOnly: boolean;
  /** The smaller of the two sides' matched weights. */
  evidence: number;
}
