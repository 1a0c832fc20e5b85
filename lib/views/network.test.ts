import { describe, expect, it } from "vitest";
import { blameTotals, networkHref, parseNetworkFilter } from "./network";
import { blamePanels, wrapLabel } from "./network-panels";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";

describe("who blames whom, one panel per outlet", () => {
  it("has a panel per outlet: who blames on the left, who is blamed on the right, sides in one order", () => {
    const { panels, sides, statements, parties } = blamePanels(makeBlameAnalysis(), null);
    expect(panels.map((p) => [p.article, p.outlet, p.statements])).toEqual([
      ["a", "alpha", 2],
      ["b", "beta", 2],
    ]);
    const [a, b] = panels;
    expect(a?.accusers.map((n) => [n.id, n.label, n.sideLabel, n.shape, n.count])).toEqual([
      ["united-states", "United States government", "United States", "square", 1],
      ["_unattributed", "Unattributed", "No actor named", "ring", 1],
    ]);
    expect(a?.accused.map((n) => n.id)).toEqual(["iran"]);
    expect(b?.accusers.map((n) => n.id)).toEqual(["iran", "_outlet"]);
    expect(b?.accused.map((n) => n.id)).toEqual(["iran"]);
    expect(sides.map((s) => [s.id, s.label, s.shape])).toEqual([
      ["iran", "Iran", "diamond"],
      ["united-states", "United States", "square"],
      ["_none", "No actor named", "ring"],
    ]);
    expect([statements, parties]).toEqual([4, 4]);
  });

  it("counts the story's statements and parties as the panels do, without drawing them", () => {
    const analysis = makeBlameAnalysis();
    const { statements, parties } = blamePanels(analysis, null);
    expect(blameTotals(analysis)).toEqual({ statements, parties });
    expect(blameTotals({ ...analysis, blame: [] })).toEqual({ statements: 0, parties: 0 });
  });

  it("joins each pair by one arrow per polarity, with its kinds, strongest first", () => {
    const [a, b] = blamePanels(makeBlameAnalysis(), null).panels;
    expect(a?.edges.map((e) => [e.id, e.from, e.to, e.polarity, e.count, e.kinds])).toEqual([
      ["edge-a--_unattributed--iran--blame", "_unattributed", "iran", "blame", 1, ["blames"]],
      ["edge-a--united-states--iran--blame", "united-states", "iran", "blame", 1, ["blames"]],
    ]);
    expect(b?.edges.map((e) => [e.id, e.polarity, e.kinds])).toEqual([
      ["edge-b--_outlet--iran--blame", "blame", ["attributes responsibility to"]],
      ["edge-b--iran--iran--rejection", "rejection", ["denies the responsibility of"]],
    ]);
  });

  it("lays the columns out without overlap, labels wrapped to the column, arrows from mark to mark", () => {
    for (const panel of blamePanels(makeBlameAnalysis(), null).panels) {
      for (const column of [panel.accusers, panel.accused]) {
        for (const [i, node] of column.entries()) {
          expect(node.y - node.r).toBeGreaterThanOrEqual(0);
          expect(node.y + node.r).toBeLessThanOrEqual(panel.height);
          for (const line of node.lines) expect(line.length).toBeLessThanOrEqual(16);
          const next = column[i + 1];
          if (next) expect(next.y - node.y).toBeGreaterThanOrEqual(16);
        }
      }
      const left = panel.accusers[0]?.x ?? 0;
      const right = panel.accused[0]?.x ?? 0;
      expect(left).toBeLessThan(right);
      expect(right).toBeLessThan(panel.width);
      for (const edge of panel.edges) {
        const from = panel.accusers.find((n) => n.id === edge.from);
        const to = panel.accused.find((n) => n.id === edge.to);
        const [x1, y1, x2, y2] = [
          ...(/^M([\d.]+) ([\d.]+)C/.exec(edge.path)?.slice(1) ?? []),
          ...(/ ([\d.]+) ([\d.]+)$/.exec(edge.path)?.slice(1) ?? []),
        ].map(Number);
        expect(x1).toBeGreaterThan(from?.x ?? Infinity);
        expect(y1).toBeCloseTo(from?.y ?? NaN, 0);
        expect(x2).toBeLessThan(to?.x ?? -Infinity);
        expect(y2).toBeCloseTo(to?.y ?? NaN, 0);
      }
    }
  });

  it("wraps labels at word breaks and shortens only what three lines cannot hold", () => {
    expect(wrapLabel("United States government")).toEqual(["United States", "government"]);
    expect(wrapLabel("Unattributed")).toEqual(["Unattributed"]);
    expect(wrapLabel("one two three four five six seven eight nine ten eleven")).toEqual([
      "one two three",
      "four five six",
      "seven eight nin…",
    ]);
  });

  it("is deterministic: the same panels whatever the order of the relations", () => {
    const analysis = makeBlameAnalysis();
    const first = blamePanels(analysis, null);
    expect(blamePanels({ ...analysis, blame: [...analysis.blame].reverse() }, null)).toEqual(first);
  });

  it("shows one outlet when asked, drawn as it is among all", () => {
    const analysis = makeBlameAnalysis();
    const beta = blamePanels(analysis, "b");
    expect(beta.panels.map((p) => p.article)).toEqual(["b"]);
    expect(beta.panels[0]).toEqual(blamePanels(analysis, null).panels[1]);
    expect(beta.statements).toBe(2);
  });

  it("gives each arrow its evidence: who, what, voice, cue and the highlighted sentence", () => {
    const edge = blamePanels(makeBlameAnalysis(), null).panels[0]?.edges.find(
      (e) => e.id === "edge-a--_unattributed--iran--blame",
    );
    expect(edge?.evidence).toHaveLength(1);
    const [item] = edge?.evidence ?? [];
    expect(item?.outlet).toBe("alpha");
    expect(item?.line).toMatchObject({
      accuser: "Unattributed",
      accused: "Iran",
      voice: "distanced",
      cue: "blamed on",
    });
    expect(item?.evidence.paragraph).toBe(1);
    expect(item?.evidence.pieces.filter((p) => p.level === 3).map((p) => p.text)).toEqual([
      "blamed on",
    ]);
  });

  it("keeps an outlet that blames no one, with an empty panel", () => {
    const { panels, parties } = blamePanels(
      makeAnalysis([makeArticle("a", "alpha", ["Calm."])], []),
      null,
    );
    expect(panels.map((p) => [p.article, p.statements, p.edges.length])).toEqual([["a", 0, 0]]);
    expect(parties).toBe(0);
  });
});

describe("outlet filter in the URL", () => {
  const analysis = makeBlameAnalysis();
  it("accepts an article id or an outlet slug", () => {
    expect(parseNetworkFilter({ outlet: "b" }, analysis)).toEqual({ article: "b", notes: [] });
    expect(parseNetworkFilter({ outlet: "alpha" }, analysis)).toEqual({ article: "a", notes: [] });
    expect(parseNetworkFilter({}, analysis)).toEqual({ article: null, notes: [] });
    expect(parseNetworkFilter({ outlet: "all" }, analysis)).toEqual({ article: null, notes: [] });
  });

  it("falls back to all outlets with a note for unknown, malformed or repeated values", () => {
    expect(parseNetworkFilter({ outlet: "nope" }, analysis)).toEqual({
      article: null,
      notes: ["No outlet “nope” in this story; all outlets are shown."],
    });
    const markup = parseNetworkFilter({ outlet: "<script>" }, analysis);
    expect(markup.article).toBeNull();
    expect(markup.notes).toHaveLength(1);
    const repeated = parseNetworkFilter({ outlet: ["b", "a"] }, analysis);
    expect(repeated.article).toBe("b");
    expect(repeated.notes).toHaveLength(1);
  });

  it("writes the canonical link", () => {
    expect(networkHref("/stories/s", "b")).toBe("/stories/s/blame?outlet=b");
    expect(networkHref("/stories/s", null)).toBe("/stories/s/blame");
  });
});
