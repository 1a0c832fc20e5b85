import { type CandidateOptions, forEachCandidate } from "./candidates";
import type { FeatureSpace } from "./features";
import type { ScoredPair } from "./fact-clusters";
import type { StoryMeaning } from "./meaning";
import { dot, dotPacked, scatterPacked, sharedOnly, type SparseVector } from "./sparse-vector";

/** How a candidate pair is scored and which pairs are kept. */
export interface PairScoreOptions extends CandidateOptions {
  /** Pairs whose word overlap (lexical cosine) is below this are not compared by meaning. */
  prefilter: number;
  /** A pair must score at least this to be kept (and to join two sentences into a fact). */
  pairThreshold: number;
  /**
   * A pair below `pairThreshold` that scores at least this is a near miss: too little to put two
   * sentences in one fact, too much to say an outlet that has one of them leaves the fact out.
   */
  nearThreshold: number;
  /** Added to the score of two sentences that both open their articles (see `ledeBonus` in align.ts). */
  ledeBonus: number;
  /** Each sentence keeps at most this many of its best pairs. */
  pairsPerUnit: number;
  /** Each sentence is compared by meaning with at most this many candidates: those of most word overlap. */
  meaningPerUnit: number;
}

/** Pairs whose word overlap is at least this are copies of one sentence. */
export const COPY_SCORE = 0.98;

/** What scoring reads of the story. */
export interface ScoringInput {
  vectors: readonly SparseVector[];
  features: readonly Int32Array[];
  space: FeatureSpace;
  articleOf: Int32Array;
  lede: Uint8Array;
  /**
   * For a sentence of two clauses or more, the meaning units of its clauses
   * (see `clauses.ts`): a sentence can report two facts, and each may be
   * told elsewhere in a sentence of its own.
   */
  clauses: readonly (readonly number[] | undefined)[];
  meaning: StoryMeaning;
}

/** The best meaning score of two sentences, as wholes or clause by clause, shrunk for thin evidence. */
function meaningScore(input: ScoringInput, a: number, b: number): number {
  const { meaning } = input;
  const score = (x: number, y: number) => {
    const found = meaning.compare(x, y);
    return found.score * Math.min(1, found.evidence / meaning.minEvidence);
  };
  let best = score(a, b);
  const ca = input.clauses[a];
  const cb = input.clauses[b];
  if (!ca && !cb) return best;
  for (const x of ca ?? [a]) for (const y of cb ?? [b]) best = Math.max(best, score(x, y));
  return best;
}

/**
 * Score of two sentences: the better of their word overlap (cosine of
 * IDF-weighted terms, which near copies win) and their similarity by meaning
 * (which rewordings win; shrunk when they share too little to state a fact,
 * see `minEvidence`), plus `ledeBonus` when both open their articles.
 */
export function pairScore(
  input: ScoringInput,
  options: Pick<PairScoreOptions, "ledeBonus">,
  a: number,
  b: number,
  lexical?: number,
): number {
  const va = input.vectors[a];
  const vb = input.vectors[b];
  const lex = lexical ?? (va && vb ? dot(va, vb) : 0);
  const score = lex >= COPY_SCORE ? lex : Math.max(lex, meaningScore(input, a, b));
  // The bonus is for two articles opening with the same news, not for an article's own opening.
  const lede =
    input.lede[a] === 1 && input.lede[b] === 1 && input.articleOf[a] !== input.articleOf[b]
      ? options.ledeBonus
      : 0;
  return Math.min(1, score + (score > 0 ? lede : 0));
}

/**
 * Candidate pairs (see `candidates.ts`) scored, those reaching their
 * threshold kept: each sentence's best `pairsPerUnit`, exact copies counting
 * for at most two of them so that near variants still get linked; with `near`, the pairs that
 * reach only `nearThreshold` are added to it (at most `meaningPerUnit` a sentence). The work
 * is bounded per sentence, so it grows with the story, not its square.
 */
export function scoredPairs(
  input: ScoringInput,
  options: PairScoreOptions,
  score: (a: number, b: number) => number,
  near?: ScoredPair[],
): ScoredPair[] {
  const { vectors, features, space, articleOf } = input;
  const pairs: ScoredPair[] = [];
  const scored: ScoredPair[] = [];
  const overlap: { j: number; lexical: number }[] = [];
  // The current sentence's vector spread over a dense array: each candidate is then scored in one
  // pass. Over the features two sentences share or more only (`sharedOnly`): the same products,
  // from an array small enough to stay in the CPU's cache in a story of a thousand articles.
  const shared = sharedOnly(vectors);
  const dense = new Float64Array(shared.size);
  forEachCandidate(features, space, articleOf, options, (i, candidates) => {
    const vi = vectors[i];
    if (!vi) return;
    scatterPacked(dense, shared, i, true);
    scored.length = 0;
    overlap.length = 0;
    for (const j of candidates) {
      // A sentence is never its own candidate (they come from other articles); were it, it would
      // need all its features.
      const lexical = j === i ? dot(vi, vi) : j < vectors.length ? dotPacked(shared, j, dense) : 0;
      if (lexical >= options.prefilter) overlap.push({ j, lexical });
    }
    scatterPacked(dense, shared, i, false);
    overlap.sort((x, y) => y.lexical - x.lexical || x.j - y.j);
    // Copies of the sentence (a wire text carried by many outlets) take at most two of the places, so
    // that its near variants are compared too; they join the rest of the copies through those two.
    let compared = 0;
    let copies = 0;
    for (let k = 0; k < overlap.length && compared < options.meaningPerUnit; k += 1) {
      const { j, lexical } = overlap[k] as { j: number; lexical: number };
      if (lexical >= COPY_SCORE && ++copies > 2) continue;
      compared += 1;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const value = score(a, b);
      if (value >= options.pairThreshold) scored.push({ a, b, score: value });
      else if (near && value >= options.nearThreshold) near.push({ a, b, score: value });
    }
    if (scored.length > options.pairsPerUnit) {
      scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
      let copies = 0;
      let kept = 0;
      for (const pair of scored) {
        if (kept === options.pairsPerUnit) break;
        if (pair.score >= COPY_SCORE && ++copies > 2) continue;
        pairs.push(pair);
        kept += 1;
      }
    } else for (const pair of scored) pairs.push(pair);
  });
  return pairs;
}
