import { describe, expect, it } from "vitest";
import { RowCache } from "./row-cache";

describe("RowCache", () => {
  it("gives a zeroed row to fill on the first find of a key, and the same row after", () => {
    const cache = new RowCache(2, 3, 4);
    const at = cache.find(Int32Array.from([7, 9]));
    expect(cache.missed).toBe(true);
    expect(Array.from(cache.rows.subarray(at, at + 3))).toEqual([0, 0, 0]);
    cache.rows.set([1, -2, 3], at);
    expect(cache.find(Int32Array.from([7, 9]))).toBe(at);
    expect(cache.missed).toBe(false);
    expect(Array.from(cache.rows.subarray(at, at + 3))).toEqual([1, -2, 3]);
  });

  it("never answers one key with another's row, even when they share a slot", () => {
    // One slot only: every key lands in it, and a new key must take it over, zeroed.
    const cache = new RowCache(2, 2, 0);
    const at = cache.find(Int32Array.from([1, 2]));
    cache.rows.set([5, 6], at);
    expect(cache.find(Int32Array.from([2, 1]))).toBe(at);
    expect(cache.missed).toBe(true);
    expect(Array.from(cache.rows.subarray(at, at + 2))).toEqual([0, 0]);
    cache.rows.set([8, 9], at);
    cache.find(Int32Array.from([1, 2]));
    expect(cache.missed).toBe(true);
  });
});
