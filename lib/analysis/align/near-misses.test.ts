import { describe, expect, it } from "vitest";
import type { ScoredPair } from "./fact-clusters";
import { nearMisses } from "./near-misses";

// Units 0–1 are article 0, 2–3 article 1, 4 article 2. Facts: {0, 2}, {1}, {3}, {4}.
const articleOf = Int32Array.from([0, 0, 1, 1, 2]);
const clusters = [{ members: [0, 2] }, { members: [1] }, { members: [3] }, { members: [4] }];
const confirm = (pair: ScoredPair) => ({ score: pair.score });
const options = { nearThreshold: 0.3 };
const near = (pairs: ScoredPair[], scorer = { confirm }) =>
  nearMisses(clusters, articleOf, pairs, scorer, options);

describe("near misses: articles that may report a fact in other words", () => {
  it("gives each fact the best close sentence of every article that does not report it", () => {
    const found = near([
      { a: 1, b: 3, score: 0.35 },
      { a: 1, b: 2, score: 0.4 },
      { a: 1, b: 4, score: 0.32 },
    ]);
    // Fact {1}: article 1 by its best sentence (unit 2), article 2 by unit 4.
    expect([...(found.get(1) ?? new Map())]).toEqual([
      [1, { unit: 2, score: 0.4 }],
      [2, { unit: 4, score: 0.32 }],
    ]);
    // Fact {0, 2} already has articles 0 and 1: no maybe from unit 1 (article 0) for it.
    expect(found.get(0)).toBeUndefined();
    expect([...(found.get(2) ?? new Map())]).toEqual([[0, { unit: 1, score: 0.35 }]]);
    expect([...(found.get(3) ?? new Map())]).toEqual([[0, { unit: 1, score: 0.32 }]]);
  });

  it("skips pairs of one fact or one article, and pairs whose confirmed score falls short", () => {
    const found = near(
      [
        { a: 0, b: 2, score: 0.9 },
        { a: 0, b: 1, score: 0.8 },
        { a: 3, b: 4, score: 0.5 },
      ],
      // "tells the opposite fact": the confirmed score is cut under the threshold.
      { confirm: (pair) => ({ score: pair.a === 3 ? 0.2 : pair.score }) },
    );
    expect(found.size).toBe(0);
  });
});
