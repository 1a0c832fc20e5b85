import { contentWords, type SemanticToken } from "./content-words";
import { backgroundWeighting, type Weighting } from "./weights";
import { wordVectors } from "./word-vectors";

/**
 * Cosine of the weighted mean vectors of two sentences' content words: the
 * usual sentence-embedding baseline, kept as a reference for the evaluation
 * (it puts different facts of one story close together, so the aligner
 * should not rely on it alone).
 */
export function meanVectorCosine(
  a: readonly SemanticToken[],
  b: readonly SemanticToken[],
  weighting: Weighting = backgroundWeighting(),
): number {
  const mean = (tokens: readonly SemanticToken[]) => {
    const { bytes, squaredScales, dimensions } = wordVectors();
    const sum = new Float64Array(dimensions);
    for (const word of contentWords(tokens)) {
      if (word.vector === undefined) continue;
      const weight = weighting.weight(word);
      for (let d = 0; d < dimensions; d += 1) {
        sum[d] =
          (sum[d] ?? 0) +
          weight * (bytes[word.vector * dimensions + d] ?? 0) * Math.sqrt(squaredScales[d] ?? 0);
      }
    }
    return sum;
  };
  const x = mean(a);
  const y = mean(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  x.forEach((value, d) => {
    dot += value * (y[d] ?? 0);
    nx += value * value;
    ny += (y[d] ?? 0) ** 2;
  });
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
