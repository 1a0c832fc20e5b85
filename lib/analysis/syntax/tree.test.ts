import { describe, expect, it } from "vitest";
import { parseFromRows } from "./rows";
import {
  dependentOf,
  dependentsOf,
  depthOf,
  dominates,
  hasRelation,
  headOf,
  headOfSpan,
  labelIs,
  phraseOf,
  spanOf,
  subtreeOf,
} from "./tree";

const build = parseFromRows;

// "The minister, who spoke on Tuesday, blamed the opposition for the crisis."
const minister = build([
  ["The", "DET", 2, "det"],
  ["minister", "NOUN", 9, "nsubj"],
  [",", "PUNCT", 5, "punct"],
  ["who", "PRON", 5, "nsubj"],
  ["spoke", "VERB", 2, "acl:relcl"],
  ["on", "ADP", 7, "case"],
  ["Tuesday", "PROPN", 5, "obl"],
  [",", "PUNCT", 5, "punct"],
  ["blamed", "VERB", 0, "root"],
  ["the", "DET", 11, "det"],
  ["opposition", "NOUN", 9, "obj"],
  ["for", "ADP", 14, "case"],
  ["the", "DET", 14, "det"],
  ["crisis", "NOUN", 9, "obl"],
  [".", "PUNCT", 9, "punct"],
]);

describe("relations", () => {
  it("matches a relation and its subtypes, not other relations that share a prefix", () => {
    expect(labelIs("nsubj:pass", "nsubj")).toBe(true);
    expect(labelIs("nsubj", "nsubj")).toBe(true);
    expect(labelIs("nsubjx", "nsubj")).toBe(false);
    expect(labelIs("nsubj", "nsubj:pass")).toBe(false);
    expect(hasRelation(minister, 4, "acl")).toBe(true);
    expect(hasRelation(minister, 4, "acl:relcl")).toBe(true);
    expect(hasRelation(minister, 4, "advcl")).toBe(false);
  });

  it("gives heads and dependents by relation, in sentence order", () => {
    expect(headOf(minister, 1)).toBe(8);
    expect(headOf(minister, 8)).toBeNull();
    expect(headOf(minister, 99)).toBeNull();
    expect(dependentsOf(minister, 8)).toEqual([1, 10, 13, 14]);
    expect(dependentsOf(minister, 8, "obj", "obl")).toEqual([10, 13]);
    expect(dependentOf(minister, 8, "nsubj")).toBe(1);
    expect(dependentOf(minister, 8, "iobj")).toBeNull();
  });

  it("measures depth and dominance", () => {
    expect(depthOf(minister, 8)).toBe(0);
    expect(depthOf(minister, 6)).toBe(3);
    expect(dominates(minister, 1, 6)).toBe(true);
    expect(dominates(minister, 10, 6)).toBe(false);
    expect(dominates(minister, 6, 6)).toBe(true);
  });
});

describe("spans", () => {
  it("gives a subtree and the tokens it covers", () => {
    expect(subtreeOf(minister, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(spanOf(minister, 13)).toEqual({ start: 11, end: 14 });
    expect(subtreeOf(minister, 40)).toEqual([]);
  });

  it("keeps a phrase to its core: no relative clause, apposition or punctuation", () => {
    expect(phraseOf(minister, 1)).toEqual({ start: 0, end: 2 });
    expect(phraseOf(minister, 10)).toEqual({ start: 9, end: 11 });
    // Without its preposition: "the crisis" of "for the crisis".
    expect(phraseOf(minister, 13)).toEqual({ start: 12, end: 14 });
  });

  it("keeps inner hyphens and stops at conjuncts", () => {
    // "the U.S.-backed government and the army"
    const parse = build([
      ["the", "DET", 5, "det"],
      ["U.S.", "PROPN", 4, "obl:npmod"],
      ["-", "PUNCT", 2, "punct"],
      ["backed", "VERB", 5, "amod"],
      ["government", "NOUN", 0, "root"],
      ["and", "CCONJ", 8, "cc"],
      ["the", "DET", 8, "det"],
      ["army", "NOUN", 5, "conj"],
    ]);
    expect(phraseOf(parse, 4)).toEqual({ start: 0, end: 5 });
    expect(phraseOf(parse, 7)).toEqual({ start: 6, end: 8 });
  });

  it("finds the head of a span, the highest and last when it is not one phrase", () => {
    expect(headOfSpan(minister, 9, 11)).toBe(10);
    expect(headOfSpan(minister, 0, 8)).toBe(1);
    expect(headOfSpan(minister, 0, 15)).toBe(8);
    // "opposition for the crisis" is two phrases under "blamed": both at depth 1, the last wins.
    expect(headOfSpan(minister, 10, 14)).toBe(13);
    expect(headOfSpan(minister, 5, 5)).toBeNull();
  });
});
