/**
 * Sparse vectors with integer feature ids, kept sorted by id so that a dot
 * product is one merge pass. Used for sentence similarity (cosine of
 * L2-normalised IDF-weighted term vectors) and cluster centroids.
 */
export interface SparseVector {
  /** Feature ids, ascending. */
  ids: Int32Array;
  weights: Float64Array;
}

/** A vector from (id, weight) entries, sorted by id and scaled to unit length. */
export function unitVector(entries: ReadonlyArray<readonly [number, number]>): SparseVector {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(sorted.length);
  const weights = new Float64Array(sorted.length);
  let norm = 0;
  for (const [, weight] of sorted) norm += weight * weight;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  sorted.forEach(([id, weight], i) => {
    ids[i] = id;
    weights[i] = weight * scale;
  });
  return { ids, weights };
}

/** A unit-length vector from ids already ascending and their weights (scaled in place). */
export function unitVectorSorted(ids: Int32Array, weights: Float64Array): SparseVector {
  let norm = 0;
  for (const weight of weights) norm += weight * weight;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) * scale;
  return { ids, weights };
}

/** Dot product of two sorted sparse vectors (cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const { ids: ia, weights: wa } = a;
  const { ids: ib, weights: wb } = b;
  while (i < ia.length && j < ib.length) {
    const x = ia[i] as number;
    const y = ib[j] as number;
    if (x === y) {
      sum += (wa[i] as number) * (wb[j] as number);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

/** Ids both vectors have, with the product of their weights (what the cosine is made of). */
export function sharedFeatures(a: SparseVector, b: SparseVector): { id: number; weight: number }[] {
  const shared: { id: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      shared.push({ id: x, weight: (a.weights[i] as number) * (b.weights[j] as number) });
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Add a vector into a running sum (a cluster's centroid times its size). */
export function addInto(sum: Map<number, number>, vector: SparseVector): void {
  for (let i = 0; i < vector.ids.length; i += 1) {
    const id = vector.ids[i] as number;
    sum.set(id, (sum.get(id) ?? 0) + (vector.weights[i] as number));
  }
}

/** Dot product of two running sums; iterates the smaller one. */
export function dotSums(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [id, weight] of small) {
    const other = large.get(id);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Dot product of a vector with a running sum. */
export function dotSum(vector: SparseVector, sum: ReadonlyMap<number, number>): number {
  let total = 0;
  for (let i = 0; i < vector.ids.length; i += 1) {
    const other = sum.get(vector.ids[i] as number);
    if (other !== undefined) total += (vector.weights[i] as number) * other;
  }
  return total;
}

/** Write a vector's weights into a dense array (or clear them again). */
export function scatter(dense: Float64Array, vector: SparseVector, set: boolean): void {
  for (let i = 0; i < vector.ids.length; i += 1) {
    dense[vector.ids[i] as number] = set ? (vector.weights[i] as number) : 0;
  }
}

/** Dot product of a sparse vector with a dense one (see `scatter`). */
export function dotDense(vector: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.ids.length; i += 1) {
    sum += (vector.weights[i] as number) * (dense[vector.ids[i] as number] as number);
  }
  return sum;
}
