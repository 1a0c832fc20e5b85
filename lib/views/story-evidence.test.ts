import { describe, expect, it } from "vitest";
import { storyEvidence } from "./story-evidence";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";

const empty = () => makeAnalysis([makeArticle("a", "alpha", ["Nothing happened."])], []);

describe("the story page's evidence file", () => {
  it("maps every bar, cell and row to exactly its passages, each stored once", () => {
    const index = storyEvidence(makeBlameAnalysis());
    const passages = (key: string) =>
      (index.groups[key]?.items ?? []).map((i) => {
        const item = index.items[i];
        const marked = item?.evidence.pieces.filter((p) => p.level === 3).map((p) => p.text);
        return [item?.evidence.article, item?.evidence.sentence, marked, item?.lines];
      });
    expect(index.groups["b.a.iran.a.united-states"]?.title).toBe(
      "alpha: United States blaming Iran (1)",
    );
    expect(passages("b.a.iran.a.united-states")).toEqual([
      [
        "a",
        0,
        ["blamed", "for"],
        [
          "Washington (United States government) blames Tehran (Iranian government) · attributed · signal: “blamed … for”",
        ],
      ],
    ]);
    expect(passages("b.a.iran").map(([, sentence]) => sentence)).toEqual([0, 2]);
    expect(passages("b.b.iran.v.own")).toEqual([
      [
        "b",
        1,
        ["behind"],
        [
          "The outlet itself attributes responsibility to Iran · in the outlet’s own voice · signal: “behind”",
        ],
      ],
    ]);
    expect(passages("v.a.united-states")).toEqual([
      ["a", 3, [], ["Quoting United States government"]],
    ]);
    expect(passages("w.actor-protesters.b")).toEqual([["b", 1, ["a group of attackers"], []]]);
    expect(index.groups["w.actor-protesters"]?.items).toHaveLength(2);
    expect(index.groups["b.zz.iran"]).toBeUndefined();
    const stored = index.items.map((item) => JSON.stringify(item));
    expect(new Set(stored).size).toBe(stored.length);
  });

  it("is empty for a story where nobody blames, quotes or names anybody", () => {
    expect(storyEvidence(empty())).toEqual({ groups: {}, items: [] });
  });
});
