import { describe, expect, it } from "vitest";
import { blameByOutlet, blameRelationsFor, NO_BLAME, noBlameIn } from "./blame-by-outlet";
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

  it("says what it did not find, not that nobody blames anybody, instead of an empty chart", () => {
    expect(blameByOutlet(empty())).toEqual({ kind: "empty", message: NO_BLAME });
    // Never "no one is blamed": the engine does not read every kind of party yet.
    expect(NO_BLAME).toMatch(/^Parallax found no blame here between the named people/);
    expect(NO_BLAME).toContain("does not mean no one is blamed");
    expect(noBlameIn("Reuters")).toBe(
      "Parallax found no blame in Reuters’s article between the named people and organisations it recognises; read the article before concluding that no one is blamed.",
    );
  });

  it("gives an accused with no side its own bar, named, not an “Unknown” one", () => {
    const analysis = makeBlameAnalysis();
    // A story someone brought: its people have no side.
    analysis.actors = analysis.actors.map((a) =>
      a.id === "iran" ? { ...a, name: "Rick Perry", side: "unknown" } : a,
    );
    const view = blameByOutlet(analysis);
    if (view.kind !== "data") throw new Error("expected data");
    const rows = view.chart.outlets.flatMap((o) => o.rows.map((r) => [r.key, r.label]));
    expect(rows).toEqual([
      ["b.a.who-iran", "Rick Perry"],
      ["b.b.who-iran", "Rick Perry"],
    ]);
    const relations = blameRelationsFor(analysis, "b.a.who-iran");
    expect(relations.length).toBe(2);
    expect(relations.every((r) => r.accused.actor === "iran" && r.article === "a")).toBe(true);
  });
});
