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

/** Many sparse vectors in three arrays: vector v's entries are `starts[v]` to `starts[v + 1]`. */
export interface PackedVectors {
  ids: Int32Array;
  weights: Float64Array;
  starts: Int32Array;
  /** One more than the largest id. */
  size: number;
}

/**
 * The vectors with only the features two of them or more have, renumbered from 0 in the same
 * order (so each stays sorted), packed one after another. A dot product of two different
 * vectors is the same over these: a feature only one of them has adds nothing. In a big story
 * most features (rare bigrams, names) occur in one sentence only, so a dense array over the rest
 * is a fraction of the size, and the packed entries are read in order (see `scoredPairs`).
 */
export function sharedOnly(vectors: readonly SparseVector[]): PackedVectors {
  let max = 0;
  for (const vector of vectors) {
    const last = vector.ids[vector.ids.length - 1];
    if (last !== undefined && last >= max) max = last + 1;
  }
  const uses = new Int32Array(max);
  for (const vector of vectors) {
    for (const id of vector.ids) uses[id] = (uses[id] as number) + 1;
  }
  const renumbered = new Int32Array(max);
  let size = 0;
  let total = 0;
  for (let id = 0; id < max; id += 1) {
    const shared = (uses[id] as number) >= 2;
    renumbered[id] = shared ? size++ : -1;
    if (shared) total += uses[id] as number;
  }
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  const starts = new Int32Array(vectors.length + 1);
  let k = 0;
  vectors.forEach((vector, v) => {
    starts[v] = k;
    for (let i = 0; i < vector.ids.length; i += 1) {
      const id = renumbered[vector.ids[i] as number] as number;
      if (id < 0) continue;
      ids[k] = id;
      weights[k] = vector.weights[i] as number;
      k += 1;
    }
  });
  starts[vectors.length] = k;
  return { ids, weights, starts, size };
}

/** Set (or clear) packed vector v's entries in a dense array. */
export function scatterPacked(
  dense: Float64Array,
  packed: PackedVectors,
  v: number,
  set: boolean,
): void {
  const { ids, weights, starts } = packed;
  const end = starts[v + 1] as number;
  for (let k = starts[v] as number; k < end; k += 1) {
    dense[ids[k] as number] = set ? (weights[k] as number) : 0;
  }
}

/** Dot product of packed vector v with a dense one (see `scatterPacked`), its entries summed in order. */
export function dotPacked(packed: PackedVectors, v: number, dense: Float64Array): number {
  const { ids, weights, starts } = packed;
  const end = starts[v + 1] as number;
  let sum = 0;
  for (let k = starts[v] as number; k < end; k += 1) {
    sum += (weights[k] as number) * (dense[ids[k] as number] as number);
  }
  return sum;
}
