import { describe, expect, it } from "vitest";
import { buildNetwork, NETWORK_SIZE, networkHref, parseNetworkFilter } from "./network";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";

describe("who-blames-whom network", () => {
  it("has a node per party and a directed edge per accuser → accused and polarity", () => {
    const network = buildNetwork(makeBlameAnalysis(), null);
    expect(network.nodes.map((n) => [n.id, n.label, n.side, n.shape, n.degree])).toEqual([
      ["iran", "Iranian government", "iran", "diamond", 4],
      ["united-states", "United States government", "united-states", "square", 1],
      ["_outlet", "The outlet itself", "_none", "ring", 1],
      ["_unattributed", "Unattributed", "_none", "ring", 1],
    ]);
    expect(network.edges.map((e) => [e.id, e.from, e.to, e.polarity, e.count, e.kinds])).toEqual([
      [
        "edge-_outlet--iran--blame",
        "_outlet",
        "iran",
        "blame",
        1,
        ["attributes responsibility to"],
      ],
      ["edge-_unattributed--iran--blame", "_unattributed", "iran", "blame", 1, ["blames"]],
      [
        "edge-iran--iran--rejection",
        "iran",
        "iran",
        "rejection",
        1,
        ["denies the responsibility of"],
      ],
      ["edge-united-states--iran--blame", "united-states", "iran", "blame", 1, ["blames"]],
    ]);
    expect(network.sides.map((s) => [s.id, s.label, s.shape])).toEqual([
      ["iran", "Iran", "diamond"],
      ["united-states", "United States", "square"],
      ["_none", "No actor named", "ring"],
    ]);
  });

  it("lays actors on a circle grouped by side, with a gap between sides", () => {
    const network = buildNetwork(makeBlameAnalysis(), null);
    // Four nodes and three side gaps: seven slots of 360/7 degrees, starting at the top.
    expect(network.nodes.map((n) => [n.id, n.x, n.y, n.labelAnchor])).toEqual([
      ["iran", 420, 220, "start"],
      ["united-states", 615, 464.5, "start"],
      ["_outlet", 333.2, 600.2, "end"],
      ["_unattributed", 225, 464.5, "end"],
    ]);
    for (const node of network.nodes) {
      expect(Math.hypot(node.x - NETWORK_SIZE / 2, node.y - NETWORK_SIZE / 2)).toBeCloseTo(200, 0);
    }
  });

  it("is deterministic: the same layout whatever the order of the relations", () => {
    const analysis = makeBlameAnalysis();
    const first = buildNetwork(analysis, null);
    expect(buildNetwork(analysis, null)).toEqual(first);
    const shuffled = { ...analysis, blame: [...analysis.blame].reverse() };
    expect(buildNetwork(shuffled, null)).toEqual(first);
  });

  it("filters edges by outlet and keeps every node where it was", () => {
    const analysis = makeBlameAnalysis();
    const all = buildNetwork(analysis, null);
    const beta = buildNetwork(analysis, "b");
    expect(beta.edges.map((e) => e.id)).toEqual([
      "edge-_outlet--iran--blame",
      "edge-iran--iran--rejection",
    ]);
    expect(beta.nodes.map((n) => n.id)).toEqual(["iran", "_outlet"]);
    for (const node of beta.nodes) expect(all.nodes.find((n) => n.id === node.id)).toEqual(node);
  });

  it("gives each edge its evidence: who, what, voice, cue and the highlighted sentence", () => {
    const edge = buildNetwork(makeBlameAnalysis(), null).edges.find(
      (e) => e.id === "edge-_unattributed--iran--blame",
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

  it("draws self-relations as loops and other edges as curves ending at the target's rim", () => {
    const network = buildNetwork(makeBlameAnalysis(), null);
    const loop = network.edges.find((e) => e.from === e.to);
    expect(loop?.path).toMatch(/^M[\d.]+ [\d.]+C/);
    const curve = network.edges.find((e) => e.id === "edge-united-states--iran--blame");
    expect(curve?.path).toMatch(/^M[\d.]+ [\d.]+Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
  });

  it("is empty when nobody blames anybody", () => {
    const network = buildNetwork(makeAnalysis([makeArticle("a", "alpha", ["Calm."])], []), null);
    expect(network.nodes).toEqual([]);
    expect(network.edges).toEqual([]);
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
    expect(networkHref("s", "b")).toBe("/stories/s/blame?outlet=b");
    expect(networkHref("s", null)).toBe("/stories/s/blame");
  });
});
