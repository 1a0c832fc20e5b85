import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { alignFacts } from "./align";
import { MatchMemo } from "./match-memo";

const texts = [
  "The mayor of Springfield resigned on Friday after a row over the budget. Critics blamed the council.",
  "Springfield's mayor quit her post on Friday, officials said. The council was blamed by her critics.",
  "The town council accused the mayor of hiding the budget deficit. She denied wrongdoing on Friday.",
  "Officials said the mayor stepped down after the council faulted her handling of the town's money.",
];
const articles = texts.map((text, k) => preparedFromText(String.fromCharCode(97 + k), text));

describe("the memo of best word matches", () => {
  it("gives the same facts as no memo, empty or filled by a smaller story", () => {
    const plain = alignFacts(articles);
    const memo = new MatchMemo();
    expect(alignFacts(articles.slice(0, 3), undefined, memo)).toEqual(
      alignFacts(articles.slice(0, 3)),
    );
    const kept = memo.size;
    expect(kept).toBeGreaterThan(0);
    const hits = memo.hits;
    expect(alignFacts(articles, undefined, memo)).toEqual(plain);
    // The three old articles' pairs came from the memo.
    expect(memo.hits - hits).toBeGreaterThanOrEqual(kept);
    expect(alignFacts(articles, undefined, memo)).toEqual(plain);
    // In another order the sentences have other places, not other contents.
    expect(alignFacts([...articles].reverse(), undefined, memo)).toEqual(
      alignFacts([...articles].reverse()),
    );
  });

  it("holds at most its bound of pairs, least recently used dropped first", () => {
    const memo = new MatchMemo(2);
    memo.set(0, 1, [1]);
    memo.set(1, 2, [2]);
    expect(memo.get(0, 1)).toEqual([1]);
    memo.set(0, 2, [3]);
    expect(memo.size).toBe(2);
    expect(memo.get(1, 2)).toBeUndefined();
    expect(memo.get(0, 1)).toEqual([1]);
    expect(memo.get(0, 2)).toEqual([3]);
  });

  it("numbers contents stably, and empties itself rather than outgrow its bound", () => {
    const memo = new MatchMemo(3);
    expect(Array.from(memo.number(["x", "y"]) ?? [])).toEqual([0, 1]);
    memo.set(0, 1, [1]);
    expect(Array.from(memo.number(["y", "x"]) ?? [])).toEqual([1, 0]);
    expect(memo.size).toBe(1);
    // Two contents more would make four: the memo is emptied first, so no two numbers collide.
    expect(Array.from(memo.number(["z", "w"]) ?? [])).toEqual([0, 1]);
    expect(memo.size).toBe(0);
    expect(memo.number(["p", "q", "r", "s"])).toBeUndefined();
  });

  it("is emptied when asked for other match options", () => {
    const memo = new MatchMemo();
    memo.useOptions("a");
    memo.number(["x"]);
    memo.set(0, 0, [1]);
    memo.useOptions("a");
    expect(memo.size).toBe(1);
    memo.useOptions("b");
    expect(memo.size).toBe(0);
  });
});
