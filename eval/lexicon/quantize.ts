/**
 * Vectors as the engine ships them: centred on the vocabulary's mean (GloVe
 * vectors share a common direction that makes unrelated words look alike),
 * scaled to unit length (only cosines are used), then stored as one signed
 * byte per dimension with a per-dimension scale.
 */
export interface QuantizedTable {
  dimensions: number;
  /** value = byte × scale[dimension]. */
  scales: number[];
  bytes: Int8Array;
}

export function centredUnitVectors(vectors: readonly number[][], dimensions: number): number[][] {
  const mean = new Array<number>(dimensions).fill(0);
  for (const vector of vectors) {
    for (let d = 0; d < dimensions; d += 1) mean[d] = (mean[d] ?? 0) + (vector[d] ?? 0);
  }
  for (let d = 0; d < dimensions; d += 1) mean[d] = (mean[d] ?? 0) / Math.max(1, vectors.length);
  return vectors.map((vector) => {
    const centred = vector.map((value, d) => value - (mean[d] ?? 0));
    const norm = Math.hypot(...centred) || 1;
    return centred.map((value) => value / norm);
  });
}

export function quantize(vectors: readonly number[][], dimensions: number): QuantizedTable {
  const scales = new Array<number>(dimensions).fill(0);
  for (const vector of vectors) {
    for (let d = 0; d < dimensions; d += 1) {
      scales[d] = Math.max(scales[d] ?? 0, Math.abs(vector[d] ?? 0));
    }
  }
  // Rounded so the JSON stays short; the bytes are computed with the rounded scales.
  const rounded = scales.map((max) => Number((max / 127).toPrecision(6)) || 1);
  const bytes = new Int8Array(vectors.length * dimensions);
  vectors.forEach((vector, row) => {
    for (let d = 0; d < dimensions; d += 1) {
      const value = Math.round((vector[d] ?? 0) / (rounded[d] ?? 1));
      bytes[row * dimensions + d] = Math.max(-127, Math.min(127, value));
    }
  });
  return { dimensions, scales: rounded, bytes };
}

/** Largest cosine error the quantization makes over a deterministic sample of pairs. */
export function quantizationError(
  vectors: readonly number[][],
  table: QuantizedTable,
  samples = 20_000,
): number {
  const { dimensions, scales, bytes } = table;
  const restored = (row: number) =>
    Array.from(
      { length: dimensions },
      (_, d) => (bytes[row * dimensions + d] ?? 0) * (scales[d] ?? 0),
    );
  const cosine = (a: readonly number[], b: readonly number[]) => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let d = 0; d < dimensions; d += 1) {
      dot += (a[d] ?? 0) * (b[d] ?? 0);
      na += (a[d] ?? 0) ** 2;
      nb += (b[d] ?? 0) ** 2;
    }
    return dot / Math.sqrt(na * nb || 1);
  };
  let worst = 0;
  const n = vectors.length;
  for (let k = 0; k < samples && n > 1; k += 1) {
    const i = (k * 7919) % n;
    const j = (k * 104_729 + 17) % n;
    const exact = cosine(vectors[i] ?? [], vectors[j] ?? []);
    worst = Math.max(worst, Math.abs(exact - cosine(restored(i), restored(j))));
  }
  return worst;
}
