import { describe, expect, it } from "vitest";
import {
  blameByOutlet,
  blameRelationsFor,
  NO_BLAME,
  NO_VOICES,
  NO_WORD_CHOICE,
  storyEvidence,
  voicesByOutlet,
  wordChoiceTable,
} from "./blame";
import { blameRowKey, blameSplitKey } from "./evidence";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";

const empty = () => makeAnalysis([makeArticle("a", "alpha", ["Nothing happened."])], []);

describe("blame by outlet", () => {
  it("counts each outlet's statements by accused side, split by accuser and by voice", () => {
    const view = blameByOutlet(makeBlameAnalysis());
    if (view.kind !== "data") throw new Error("expected data");
    expect(view.chart.accusers.map((s) => s.id)).toEqual([
      "iran",
      "united-states",
      "_outlet",
      "_unattributed",
    ]);
    expect(view.chart.accusers.map((s) => s.label)).toEqual([
      "Iran",
      "United States",
      "The outlet itself",
      "Unattributed",
    ]);
    expect(view.chart.voices.map((s) => s.id)).toEqual(["own", "attributed", "distanced"]);
    expect(view.chart.outlets).toEqual([
      {
        article: "a",
        label: "alpha",
        total: 2,
        rows: [
          {
            side: "iran",
            label: "Iran",
            key: "b.a.iran",
            byAccuser: [0, 1, 0, 1],
            byVoice: [0, 1, 1],
          },
        ],
      },
      {
        article: "b",
        label: "beta",
        total: 2,
        rows: [
          {
            side: "iran",
            label: "Iran",
            key: "b.b.iran",
            byAccuser: [1, 0, 1, 0],
            byVoice: [1, 1, 0],
          },
        ],
      },
    ]);
    expect(view.chart.max).toBe(2);
    const row = view.rows.find((r) => r.article === "b");
    expect(row?.accusers).toEqual([
      {
        id: "iran",
        label: "Iran",
        count: 1,
        key: "b.b.iran.a.iran",
        title: "beta: Iran blaming Iran (1)",
      },
      {
        id: "_outlet",
        label: "The outlet itself",
        count: 1,
        key: "b.b.iran.a._outlet",
        title: "beta: The outlet itself blaming Iran (1)",
      },
    ]);
    expect(row?.voices.map((v) => [v.id, v.count])).toEqual([
      ["own", 1],
      ["attributed", 1],
    ]);
  });

  it("keeps the chart data compact: counts and labels, no sentences", () => {
    const view = blameByOutlet(makeBlameAnalysis());
    if (view.kind !== "data") throw new Error("expected data");
    expect(JSON.stringify(view.chart)).not.toContain("Washington blamed");
  });

  it("a bar leads to exactly its relations' sentences, with the cue words marked", () => {
    const analysis = makeBlameAnalysis();
    const view = blameByOutlet(analysis);
    if (view.kind !== "data") throw new Error("expected data");
    const key = blameSplitKey(blameRowKey("a", "iran"), "a", "united-states");
    expect(blameRelationsFor(analysis, key).map((r) => r.id)).toEqual(["a:blame-1"]);
    const items = view.rows.flatMap((r) => r.items).filter((item) => item.keys.includes(key));
    expect(items).toHaveLength(1);
    expect(items[0]?.extra.map((line) => [line.accuser, line.kind, line.accused])).toEqual([
      ["Washington (United States government)", "blames", "Tehran (Iranian government)"],
    ]);
    expect(items[0]?.evidence.pieces).toEqual([
      { text: "Washington ", level: 2 },
      { text: "blamed", level: 3 },
      { text: " Tehran ", level: 2 },
      { text: "for", level: 3 },
      { text: " the attack", level: 2 },
      { text: ".", level: 1 },
      { text: " Protesters marched on Friday.", level: 0 },
    ]);
    // The whole row: both of alpha's statements about Iran, in article order.
    expect(blameRelationsFor(analysis, "b.a.iran").map((r) => r.id)).toEqual([
      "a:blame-1",
      "a:blame-2",
    ]);
    expect(blameRelationsFor(analysis, "b.b.iran.v.own").map((r) => r.id)).toEqual(["b:blame-2"]);
    expect(blameRelationsFor(analysis, "b.b.iran.a._unattributed")).toEqual([]);
  });

  it("says plainly that nobody blames anybody instead of drawing an empty chart", () => {
    expect(blameByOutlet(empty())).toEqual({ kind: "empty", message: NO_BLAME });
    expect(NO_BLAME).toBe("No one is blamed for anything in these articles.");
  });
});

describe("voices by outlet", () => {
  it("counts quotes and words by the source's side; paraphrase-only sides stay out of the chart", () => {
    const view = voicesByOutlet(makeBlameAnalysis());
    if (view.kind !== "data") throw new Error("expected data");
    expect(view.chart).toEqual({
      sides: [{ id: "united-states", label: "United States", colour: "#0072b2" }],
      outlets: [
        { article: "a", label: "alpha", quotes: [1], words: [5] },
        { article: "b", label: "beta", quotes: [0], words: [0] },
      ],
    });
    expect(view.rows.map((r) => [r.key, r.quotes, r.words, r.citations])).toEqual([
      ["v.a.united-states", 1, 5, 1],
      ["v.b.unknown", 0, 0, 1],
    ]);
    const pieces = view.rows[0]?.items[0]?.evidence.pieces;
    expect(pieces?.find((p) => p.level === 2)?.text).toBe("it was a grave mistake");
    expect(view.rows[1]?.items).toEqual([]);
  });

  it("says so when nobody is quoted", () => {
    expect(voicesByOutlet(empty())).toEqual({ kind: "empty", message: NO_VOICES });
  });
});

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
