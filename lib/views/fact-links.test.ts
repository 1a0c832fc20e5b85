import { describe, expect, it } from "vitest";
import { mayorArticles, mayorFact } from "./fact-fixtures";
import { factLinks, markedPair, markSentence, wordPairs } from "./fact-links";

describe("markSentence", () => {
  it("cuts a sentence into plain and marked parts by article offsets", () => {
    // The sentence starts at offset 10 of its article.
    expect(
      markSentence("Rivers rose fast.", 10, [
        { start: 22, end: 26, pair: 2, kind: "similar" },
        { start: 10, end: 16, pair: 1, kind: "shared" },
      ]),
    ).toEqual([
      { text: "Rivers", pair: 1, kind: "shared" },
      { text: " rose " },
      { text: "fast", pair: 2, kind: "similar" },
      { text: "." },
    ]);
  });

  it("skips overlapping and out-of-range spans instead of breaking the text", () => {
    const parts = markSentence("Rivers rose.", 0, [
      { start: 0, end: 6, pair: 1, kind: "shared" },
      { start: 3, end: 9, pair: 2, kind: "shared" },
      { start: 8, end: 40, pair: 3, kind: "shared" },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe("Rivers rose.");
    expect(parts.filter((p) => p.pair !== undefined).map((p) => p.pair)).toEqual([1]);
  });
});

describe("factLinks", () => {
  const { a, b } = mayorArticles();
  const fact = mayorFact(["b"]);

  it("gives each version's matched words as text, numbered, with both sentences marked", () => {
    const view = factLinks(fact, [a, b]);
    expect(view?.base).toEqual({
      article: "a",
      outlet: "valley times",
      sentence: 0,
      text: "The mayor resigned on Monday.",
    });
    expect(view?.links[0]?.words).toEqual([
      { pair: 1, base: "mayor", version: "mayor", kind: "shared" },
      { pair: 2, base: "resigned", version: "quit", kind: "synonym" },
    ]);
    expect(view?.links[0]?.versionParts).toEqual([
      { text: "On Monday the " },
      { text: "mayor", pair: 1, kind: "shared" },
      { text: " " },
      { text: "quit", pair: 2, kind: "synonym" },
      { text: "." },
    ]);
  });

  it("is null when the base sentence is missing, and skips links to missing sentences", () => {
    expect(factLinks({ ...fact, base: { article: "z", sentence: 0 } }, [a, b])).toBeNull();
    const stale = { ...fact, links: [{ ...fact.links[0]!, sentence: 9 }] };
    expect(factLinks(stale, [a, b])?.links).toEqual([]);
  });
});

describe("wordPairs and markedPair", () => {
  // Base "a" ("The mayor resigned on Monday."), versions "b" and "c", each linked to the base only.
  const { a, b, c } = mayorArticles();
  const fact = mayorFact(["b", "c"]);
  const ref = (article: string) => ({ article, sentence: 0 });

  it("reads the engine's link against the base, either way round", () => {
    expect(wordPairs(fact, ref("a"), ref("b"))).toEqual(fact.links[0]?.words);
    expect(wordPairs(fact, ref("b"), ref("a"))).toEqual([
      { kind: "shared", base: [14, 19], version: [4, 9] },
      { kind: "synonym", base: [20, 24], version: [10, 18] },
    ]);
  });

  it("pairs two other versions through the base word they both match", () => {
    expect(wordPairs(fact, ref("b"), ref("c"))).toEqual([
      { kind: "shared", base: [14, 19], version: [0, 5] },
      { kind: "similar", base: [20, 24], version: [6, 16] },
    ]);
    expect(markedPair(fact, [a, b, c], ref("b"), ref("c"))?.version).toEqual([
      { text: "Mayor", pair: 1, kind: "shared" },
      { text: " " },
      { text: "steps down", pair: 2, kind: "similar" },
      { text: "." },
    ]);
  });

  it("has nothing to pair for a version against itself or an unknown one", () => {
    expect(wordPairs(fact, ref("b"), ref("b"))).toBeNull();
    expect(wordPairs(fact, ref("a"), ref("z"))).toBeNull();
    expect(markedPair(fact, [a, b, c], ref("a"), ref("z"))).toBeNull();
  });
});
