import { type SparseVector, unitVectorSorted } from "./sparse-vector";
import type { SentenceTerms } from "./terms";

/** Bigrams count less than single terms: they mostly confirm what the words already share. */
export const BIGRAM_WEIGHT = 0.5;

/** The story's vocabulary of matching features. */
export interface FeatureSpace {
  /** Feature text by id: a term ("poor") or two adjacent terms ("electricity supply"). */
  names: string[];
  /** True when the feature is a bigram. */
  bigram: Uint8Array;
  /** Number of sentences containing each feature. */
  df: Int32Array;
  /** Inverse document frequency within the story: ln(1 + sentences / df). */
  idf: Float64Array;
}

/** Features and vectors of every sentence (or clause) of a story. */
export interface StoryFeatures {
  space: FeatureSpace;
  /** Distinct feature ids of each sentence, ascending. */
  features: Int32Array[];
  /**
   * Unit-length vector of each sentence. A feature's weight is the square
   * root of its IDF (times its term weight), so the cosine of two sentences is
   * the IDF mass they share over the geometric mean of their IDF masses.
   */
  vectors: SparseVector[];
}

/**
 * Turn each sentence's terms into features (its distinct terms and adjacent
 * term pairs) weighted by IDF within the story, so words every outlet uses for
 * this story ("embassy", "Hama") count little and specific ones count much.
 */
export function buildFeatures(
  terms: readonly SentenceTerms[],
  bigramWeight = BIGRAM_WEIGHT,
): StoryFeatures {
  const termIds = new Map<string, number>();
  // Bigram ids by their first term's id, then the second's: a flat numeric key would
  // overflow small integers and make every lookup hash a heap number.
  const bigramIds: (Map<number, number> | undefined)[] = [];
  // Per feature id: the term, or the two term feature ids of a bigram (names are built at the end).
  const termOfId: (string | null)[] = [];
  const partsOfId: number[] = [];
  const dfCounts: number[] = [];
  const newId = (term: string | null, first: number, second: number): number => {
    const id = termOfId.length;
    termOfId.push(term);
    partsOfId.push(first, second);
    dfCounts.push(0);
    return id;
  };
  const totalTerms = terms.reduce((sum, sentence) => sum + sentence.values.length, 0);
  // Scratch space: the best weight of each feature within the current sentence.
  const scratch = new Float64Array(2 * totalTerms + 1).fill(-1);
  const features: Int32Array[] = [];
  const termWeights: Float64Array[] = [];
  const touched: number[] = [];
  const keep = (id: number, weight: number) => {
    const current = scratch[id] as number;
    if (current < 0) touched.push(id);
    if (weight > current) scratch[id] = weight;
  };
  for (const { values, weights, continues } of terms) {
    touched.length = 0;
    let previousId = -1;
    for (let i = 0; i < values.length; i += 1) {
      const term = values[i] as string;
      let id = termIds.get(term);
      if (id === undefined) {
        id = newId(term, -1, -1);
        termIds.set(term, id);
      }
      const weight = weights[i] ?? 1;
      keep(id, weight);
      // No bigram inside one name ("tomas berg" would count one person twice) or of a repeated word.
      if (previousId >= 0 && previousId !== id && continues[i] !== true) {
        let seconds = bigramIds[previousId];
        if (!seconds) bigramIds[previousId] = seconds = new Map();
        let bigramId = seconds.get(id);
        if (bigramId === undefined) {
          bigramId = newId(null, previousId, id);
          seconds.set(id, bigramId);
        }
        keep(bigramId, Math.min(weight, weights[i - 1] ?? 1));
      }
      previousId = id;
    }
    const sorted = new Int32Array(touched).sort();
    const own = new Float64Array(sorted.length);
    for (let k = 0; k < sorted.length; k += 1) {
      const id = sorted[k] as number;
      own[k] = scratch[id] as number;
      scratch[id] = -1;
      dfCounts[id] = (dfCounts[id] ?? 0) + 1;
    }
    features.push(sorted);
    termWeights.push(own);
  }
  const count = Math.max(1, terms.length);
  const df = Int32Array.from(dfCounts);
  const idf = Float64Array.from(dfCounts, (n) => Math.log(1 + count / Math.max(1, n)));
  const bigram = Uint8Array.from(termOfId, (term) => (term === null ? 1 : 0));
  const names = termOfId.map(
    (term, id) =>
      term ??
      `${termOfId[partsOfId[2 * id] ?? 0] ?? ""} ${termOfId[partsOfId[2 * id + 1] ?? 0] ?? ""}`,
  );
  const vectors = features.map((ids, s) => {
    const own = termWeights[s] ?? new Float64Array();
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k += 1) {
      const id = ids[k] as number;
      weights[k] = Math.sqrt(
        (idf[id] ?? 0) * (own[k] ?? 1) * (bigram[id] === 1 ? bigramWeight : 1),
      );
    }
    return unitVectorSorted(ids, weights);
  });
  return { space: { names, bigram, df, idf }, features, vectors };
}
