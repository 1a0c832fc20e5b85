import { describe, expect, it } from "vitest";
import { dot, dotPacked, scatterPacked, sharedOnly, type SparseVector } from "./sparse-vector";

const vector = (ids: number[], weights: number[]): SparseVector => ({
  ids: Int32Array.from(ids),
  weights: Float64Array.from(weights),
});

describe("packed vectors over shared features", () => {
  const vectors = [
    vector([0, 2, 5, 9], [0.5, 0.5, 0.5, 0.5]),
    vector([1, 2, 9], [0.6, 0.6, 0.52]),
    vector([3, 5, 7], [0.1, 0.7, 0.7]),
    vector([4], [1]),
  ];

  it("keeps only features two vectors have, renumbered in order", () => {
    const packed = sharedOnly(vectors);
    // 2 and 9 (vectors 0 and 1) and 5 (vectors 0 and 2) are shared: they become 0, 2 and 1.
    expect(packed.size).toBe(3);
    expect([...packed.starts]).toEqual([0, 3, 5, 6, 6]);
    expect([...packed.ids]).toEqual([0, 1, 2, 0, 2, 1]);
    expect([...packed.weights]).toEqual([0.5, 0.5, 0.5, 0.6, 0.52, 0.7]);
  });

  it("gives exactly the dot products of the full vectors, and clears what it scattered", () => {
    const packed = sharedOnly(vectors);
    const dense = new Float64Array(packed.size);
    for (let i = 0; i < vectors.length; i += 1) {
      scatterPacked(dense, packed, i, true);
      for (let j = 0; j < vectors.length; j += 1) {
        if (j === i) continue;
        expect(dotPacked(packed, j, dense)).toBe(
          dot(vectors[i] as SparseVector, vectors[j] as SparseVector),
        );
      }
      scatterPacked(dense, packed, i, false);
      expect([...dense]).toEqual([0, 0, 0]);
    }
  });
});
