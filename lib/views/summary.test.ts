import { describe, expect, it } from "vitest";
import { blameByAccused, uncertainBlameCount, voicesOf } from "./summary";
import { makeBlameAnalysis } from "./test-analysis";

describe("voices of one article (the compare page's summary)", () => {
  it("gives the side's label, and nothing for a source whose side is not known", () => {
    const analysis = makeBlameAnalysis();
    expect(voicesOf(analysis, "a")).toEqual([
      { name: "United States government", side: "United States", quotes: 1, words: 5 },
    ]);
    expect(voicesOf(analysis, "b")).toEqual([
      { name: "One official", side: null, quotes: 0, words: 0 },
    ]);
  });
});

describe("blame of one article by whom it accuses (the compare page's summary)", () => {
  it("counts confident relations by side, or by the accused itself when it has no side", () => {
    const analysis = makeBlameAnalysis();
    const [first, second] = analysis.blame;
    if (!first || !second) throw new Error("fixture changed");
    analysis.actors.push({
      id: "ana-lopez",
      name: "Ana Lopez",
      side: "unknown",
      kind: "person",
      aliases: [],
      source: "discovered",
      represents: null,
    });
    analysis.blame.push(
      { ...first, id: "a:blame-3", accused: { text: "Lopez", actor: "ana-lopez" } },
      // Below the confidence pages show by default: not counted.
      { ...second, id: "a:blame-4", confidence: 0.4 },
    );
    expect(blameByAccused(analysis, "a")).toEqual([
      { side: "iran", label: "Iran", count: 2 },
      { side: "who-ana-lopez", label: "Ana Lopez", count: 1 },
    ]);
    expect(blameByAccused(analysis, "none")).toEqual([]);
    expect(uncertainBlameCount(analysis, "a")).toBe(1);
    expect(uncertainBlameCount(analysis, "b")).toBe(0);
  });
});
