import type { PreparedArticle } from "../text";
import type { Fact } from "../schema";
import { DEFAULT_CANDIDATE_OPTIONS } from "./candidates";
import { type ClusterOptions, clusterSentences, type ScoredPair } from "./fact-clusters";
import { factsOf } from "./fact-output";
import { nearMisses } from "./near-misses";
import { BIGRAM_WEIGHT, buildFeatures } from "./features";
import type { MatchMemo } from "./match-memo";
import { DEFAULT_MEANING_OPTIONS, type MeaningOptions, StoryMeaning } from "./meaning";
import { type PairScoreOptions, pairScore, type ScoringInput, scoredPairs } from "./pair-scores";
import { isLede } from "./placement";
import { type SentenceTerms, storyTerms } from "./terms";
import { clauseUnits, mostlyQuoted, type Units, unitsOf } from "./units";

/** Tuning of fact alignment: candidates, pair scores, clustering and the meaning of words. */
export interface AlignOptions extends ClusterOptions, PairScoreOptions {
  /** Weight of term bigrams relative to single terms (word overlap). */
  bigramWeight: number;
  meaning: MeaningOptions;
}

/**
 * Thresholds chosen on the seed story's hand-labelled gold pairs
 * (`eval/seed/alignment-gold.ts`) and BASIL's 2010–2011 events
 * (`npx tsx eval/align.ts --split tune` prints both).
 *
 * `ledeBonus`: two articles of one story open with the news they share
 * (inverted pyramid), so two lede sentences need less evidence to be the same
 * fact than two sentences of the body, which more often share only topic
 * words; the bonus also puts lede pairs ahead of body pairs of equal evidence.
 */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  ...DEFAULT_CANDIDATE_OPTIONS,
  prefilter: 0.1,
  pairThreshold: 0.45,
  nearThreshold: 0.3,
  ledeBonus: 0.22,
  averageThreshold: 0.25,
  restateThreshold: 0.6,
  restateGroupThreshold: 0.25,
  pairsPerUnit: 8,
  meaningPerUnit: 8,
  bigramWeight: BIGRAM_WEIGHT,
  meaning: { ...DEFAULT_MEANING_OPTIONS, storyFloor: 0.9 },
};

/** A story read for alignment: its sentences, their terms and how any two of them score. */
export interface AlignmentContext {
  units: Units;
  terms: SentenceTerms[];
  input: ScoringInput;
  /** Score of two sentences (a < b), memoised. */
  score(a: number, b: number): number;
  /** A pair's score once checked for swapped roles and one-sided negation, and its threshold. */
  confirm(pair: ScoredPair): { score: number; threshold: number };
  /** How well two sentences of one article restate each other. */
  restate(a: number, b: number): number;
}

export function alignmentContext(
  articles: readonly PreparedArticle[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  matches?: MatchMemo,
): AlignmentContext {
  const units = unitsOf(articles, isLede);
  const terms = storyTerms(units.tokens, units.text);
  const { space, features, vectors } = buildFeatures(terms, options.bigramWeight);
  const { clauses, clauseTerms, clauseArticles } = clauseUnits(units, terms);
  const meaning = new StoryMeaning(
    [...terms, ...clauseTerms],
    Int32Array.from([...units.articleOf, ...clauseArticles]),
    options.meaning,
    matches,
  );
  const input: ScoringInput = {
    vectors,
    features,
    space,
    articleOf: units.articleOf,
    lede: units.lede,
    clauses,
    meaning,
  };
  const memo = new Map<number, number>();
  const count = units.text.length;
  const score = (a: number, b: number): number => {
    const key = a * count + b;
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = pairScore(input, options, a, b)));
    return known;
  };
  const confirm = (pair: ScoredPair) => {
    const threshold = options.pairThreshold;
    if (units.text[pair.a] === units.text[pair.b]) return { score: pair.score, threshold };
    const conflict = meaning.conflict(
      pair.a,
      pair.b,
      units.tokens[pair.a] ?? [],
      units.tokens[pair.b] ?? [],
    );
    return {
      score: conflict ? pair.score * options.meaning.conflictFactor : pair.score,
      threshold,
    };
  };
  // Two quotes in one article are two statements, however alike; an article restates its own account.
  // Asked of few pairs (groups sharing an article), so a sentence's quotedness is worked out on demand.
  const quoted = new Map<number, boolean>();
  const isQuoted = (s: number) => {
    let known = quoted.get(s);
    if (known === undefined) quoted.set(s, (known = mostlyQuoted(units.text[s] ?? "")));
    return known;
  };
  const restate = (a: number, b: number) => (isQuoted(a) && isQuoted(b) ? 0 : score(a, b));
  return { units, terms, input, score, confirm, restate };
}

/**
 * Group sentences that report the same fact across the articles of a story.
 *
 * Sentences become IDF-weighted vectors of normalised terms and term bigrams
 * (`terms.ts`, `features.ts`); candidate pairs come from an inverted index on
 * each sentence's rarest terms (`candidates.ts`), so the work grows with the
 * story, not its square; each candidate is scored by word overlap and by
 * meaning (`meaning.ts`: WordNet and word vectors through
 * `lib/analysis/semantics`), whole and clause by clause, and pairs are
 * clustered best-first (`fact-clusters.ts`). Every sentence with words is in
 * exactly one fact; unaligned ones are single-outlet facts. With `matches`, the best word matches
 * of sentence pairs are kept for the next analysis (see `match-memo.ts`); the result is the same.
 */
export function alignFacts(
  articles: PreparedArticle[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  matches?: MatchMemo,
): Fact[] {
  const context = alignmentContext(articles, options, matches);
  const { units, terms, input, score } = context;
  const near: ScoredPair[] = [];
  const pairs = scoredPairs(input, options, score, near);
  const clusters = clusterSentences(units.text.length, units.articleOf, pairs, context, options);
  const maybe = nearMisses(clusters, units.articleOf, [...pairs, ...near], context, options);
  return factsOf({ articles, units, terms, meaning: input.meaning, score }, clusters, maybe);
}
