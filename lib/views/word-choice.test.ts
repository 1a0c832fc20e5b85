import { describe, expect, it } from "vitest";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";
import { NO_WORD_CHOICE, wordChoiceTable } from "./word-choice";

const empty = () => makeAnalysis([makeArticle("a", "alpha", ["Nothing happened."])], []);

describe("word choice", () => {
  it("lists the words each outlet uses for a concept several outlets name, then verbs and marked words", () => {
    const view = wordChoiceTable(makeBlameAnalysis());
    if (view.kind !== "data") throw new Error("expected data");
    expect(view.rows.map((r) => [r.key, r.label])).toEqual([
      ["w.actor-protesters", "Protesters / crowd"],
      ["w.verbs", "Attribution verbs"],
      ["w.marked", "Marked words"],
    ]);
    const protesters = view.rows[0];
    expect(protesters?.cells.map((c) => [c.article, c.terms.map((t) => t.term)])).toEqual([
      ["a", ["Protesters"]],
      ["b", ["a group of attackers"]],
    ]);
    const cell = protesters?.cells[1]?.key ?? "";
    const items = protesters?.items.filter((i) => i.keys.includes(cell)) ?? [];
    expect(
      items.map((i) => i.evidence.pieces.filter((p) => p.level === 3).map((p) => p.text)),
    ).toEqual([["a group of attackers"]]);
    expect(view.rows[2]?.cells[1]?.terms).toEqual([
      { term: "behind", count: 1, category: "hedge" },
    ]);
    expect(view.lexicons).toEqual([{ category: "hedge", lexicon: "Test lexicon" }]);
  });

  it("says so when there is nothing to compare", () => {
    expect(wordChoiceTable(empty())).toEqual({ kind: "empty", message: NO_WORD_CHOICE });
  });
});
