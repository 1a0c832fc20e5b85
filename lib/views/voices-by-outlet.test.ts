import { describe, expect, it } from "vitest";
import { evidenceKey } from "./evidence";
import { OTHER_SOURCES_COLOUR, PALETTE, SOURCE_PALETTE } from "./network";
import { storyEvidence } from "./story-evidence";
import {
  makeAnalysis,
  makeArticle,
  makeBlameAnalysis,
  makeSourcesAnalysis,
  type TestSource,
} from "./test-analysis";
import {
  MAX_VOICE_SERIES,
  NO_VOICES,
  OTHER_SOURCES,
  type VoicesByOutlet,
  voicesByOutlet,
} from "./voices-by-outlet";

const empty = () => makeAnalysis([makeArticle("a", "alpha", ["Nothing happened."])], []);

function data(view: VoicesByOutlet) {
  if (view.kind !== "data") throw new Error("expected data");
  return view;
}

/**
 * A story someone brought: ten sources, none with a side. Ana Lopez (a resolved person) speaks in
 * both outlets; the rest in one each, fewer words down the alphabet; Jo Wu is only cited.
 */
const TEN_SOURCES: TestSource[] = [
  { article: "a", name: "Ana Lopez", actor: "ana-lopez", quotes: [6, 4] },
  { article: "b", name: "Ana Lopez", actor: "ana-lopez", quotes: [3] },
  { article: "a", name: "Ben Ng", quotes: [9] },
  { article: "b", name: "Cleo Park", quotes: [8] },
  { article: "a", name: "Dev Rao", quotes: [7] },
  { article: "b", name: "Eva Sol", quotes: [6] },
  { article: "a", name: "Finn Ode", quotes: [5] },
  { article: "b", name: "Gus Tan", quotes: [4] },
  { article: "a", name: "Hal Ito", quotes: [3] },
  { article: "b", name: "Ida Kim", quotes: [2] },
  { article: "a", name: "Jo Wu", quotes: [], citations: 2 },
];
const tenSources = () =>
  makeSourcesAnalysis(
    [
      ["a", "alpha"],
      ["b", "beta"],
    ],
    TEN_SOURCES,
  );

describe("voices by outlet", () => {
  it("counts quotes and words by the source's side; paraphrase-only groups stay out of the chart", () => {
    const view = data(voicesByOutlet(makeBlameAnalysis()));
    expect(view.chart).toEqual({
      series: [{ id: "united-states", label: "United States", colour: "#0072b2" }],
      outlets: [
        { article: "a", label: "alpha", quotes: [1], words: [5] },
        { article: "b", label: "beta", quotes: [0], words: [0] },
      ],
    });
    // "One official" has no side: its row is the source's own, no longer "Unknown".
    expect(
      view.rows.map((r) => [r.key, r.sideLabel, r.title, r.quotes, r.words, r.citations]),
    ).toEqual([
      ["v.a.united-states", "United States", "alpha quoting United States", 1, 5, 1],
      ["v.b.src-one-official", "One official", "beta quoting One official", 0, 0, 1],
    ]);
    const pieces = view.rows[0]?.items[0]?.evidence.pieces;
    expect(pieces?.find((p) => p.level === 2)?.text).toBe("it was a grave mistake");
    expect(view.rows[1]?.items).toEqual([]);
  });

  it("says so when nobody is quoted", () => {
    expect(voicesByOutlet(empty())).toEqual({ kind: "empty", message: NO_VOICES });
  });

  it("splits a story with no sides by source, largest first, the rest as “Other sources”", () => {
    const view = data(voicesByOutlet(tenSources()));
    expect(view.chart?.series).toEqual([
      { id: "who-ana-lopez", label: "Ana Lopez", colour: "#332288" },
      { id: "src-ben-ng", label: "Ben Ng", colour: "#999933" },
      { id: "src-cleo-park", label: "Cleo Park", colour: "#882255" },
      { id: "src-dev-rao", label: "Dev Rao", colour: "#44aa99" },
      { id: "src-eva-sol", label: "Eva Sol", colour: "#cc6677" },
      { id: "src-finn-ode", label: "Finn Ode", colour: "#ddcc77" },
      { id: "src-gus-tan", label: "Gus Tan", colour: "#117733" },
      { id: OTHER_SOURCES, label: "Other sources", colour: "#dddddd" },
    ]);
    expect(view.chart?.series).toHaveLength(MAX_VOICE_SERIES);
    expect(view.chart?.outlets).toEqual([
      {
        article: "a",
        label: "alpha",
        quotes: [2, 1, 0, 1, 0, 1, 0, 1],
        words: [10, 9, 0, 7, 0, 5, 0, 3],
      },
      {
        article: "b",
        label: "beta",
        quotes: [1, 0, 1, 0, 1, 0, 1, 1],
        words: [3, 0, 8, 0, 6, 0, 4, 2],
      },
    ]);
    expect(view.rows.map((r) => [r.key, r.title, r.quotes, r.words, r.citations])).toEqual([
      ["v.a.who-ana-lopez", "alpha quoting Ana Lopez", 2, 10, 0],
      ["v.a.src-ben-ng", "alpha quoting Ben Ng", 1, 9, 0],
      ["v.a.src-dev-rao", "alpha quoting Dev Rao", 1, 7, 0],
      ["v.a.src-finn-ode", "alpha quoting Finn Ode", 1, 5, 0],
      ["v.a._other-sources", "alpha quoting other sources", 1, 3, 2],
      ["v.b.who-ana-lopez", "beta quoting Ana Lopez", 1, 3, 0],
      ["v.b.src-cleo-park", "beta quoting Cleo Park", 1, 8, 0],
      ["v.b.src-eva-sol", "beta quoting Eva Sol", 1, 6, 0],
      ["v.b.src-gus-tan", "beta quoting Gus Tan", 1, 4, 0],
      ["v.b._other-sources", "beta quoting other sources", 1, 2, 0],
    ]);
    // The table names whom "Other sources" holds, the one only cited too.
    expect(view.rows[4]?.voices).toEqual([
      { name: "Hal Ito", quotes: 1, words: 3, citations: 0 },
      { name: "Jo Wu", quotes: 0, words: 0, citations: 2 },
    ]);
    expect(view.rows[4]?.items.map((item) => [item.extra, item.evidence.sentence])).toEqual([
      [["Hal Ito"], 5],
    ]);
  });

  it("gives every segment of the chart a table row and evidence under the chart's own key", () => {
    const analysis = tenSources();
    const view = data(voicesByOutlet(analysis));
    const index = storyEvidence(analysis);
    const segments = (view.chart?.outlets ?? []).flatMap((outlet) =>
      (view.chart?.series ?? []).flatMap((series, i) => {
        const quotes = outlet.quotes[i] ?? 0;
        // The key voices-chart.tsx opens for the segment (its segmentKey).
        const key = `${evidenceKey("v", outlet.article)}.${evidenceKey(series.id)}`;
        return quotes > 0 ? [{ key, quotes }] : [];
      }),
    );
    expect(segments).toHaveLength(10);
    // And the other way round: every row with quotes is a segment of the chart.
    expect(view.rows.filter((r) => r.quotes > 0).map((r) => r.key)).toEqual(
      segments.map((s) => s.key),
    );
    for (const { key, quotes } of segments) {
      const row = view.rows.find((r) => r.key === key);
      expect(row?.quotes, key).toBe(quotes);
      // One quote a sentence, one sentence a paragraph: a passage per quote.
      expect(
        row?.items.filter((item) => item.keys.includes(key)),
        key,
      ).toHaveLength(quotes);
      expect(index.groups[key]?.items, key).toHaveLength(quotes);
    }
    expect(index.groups["v.a._other-sources"]?.title).toBe("alpha quoting other sources");
  });

  it("groups one page of outlets as the whole story, so the evidence file has every key", () => {
    const analysis = tenSources();
    const whole = data(voicesByOutlet(analysis));
    const page = data(voicesByOutlet({ ...analysis, articles: analysis.articles.slice(1) }));
    expect(page.chart?.series).toEqual(whole.chart?.series);
    expect(page.rows).toEqual(whole.rows.filter((r) => r.article === "b"));
  });

  it("keeps sides as their own series, the sources sharing what is left", () => {
    const analysis = tenSources();
    for (const voice of analysis.voices) {
      if (voice.name === "Ben Ng") voice.side = "iran";
      if (voice.name === "Cleo Park") voice.side = "iraq";
    }
    const view = data(voicesByOutlet(analysis));
    expect(view.chart?.series).toEqual([
      { id: "who-ana-lopez", label: "Ana Lopez", colour: "#332288" },
      { id: "iran", label: "Iran", colour: PALETTE.vermillion },
      { id: "iraq", label: "Iraq", colour: PALETTE.green },
      { id: "src-dev-rao", label: "Dev Rao", colour: "#999933" },
      { id: "src-eva-sol", label: "Eva Sol", colour: "#882255" },
      { id: "src-finn-ode", label: "Finn Ode", colour: "#44aa99" },
      { id: "src-gus-tan", label: "Gus Tan", colour: "#cc6677" },
      { id: OTHER_SOURCES, label: "Other sources", colour: "#dddddd" },
    ]);
    expect(view.rows.filter((r) => r.article === "a").map((r) => r.title)).toEqual([
      "alpha quoting Ana Lopez",
      "alpha quoting Iran",
      "alpha quoting Dev Rao",
      "alpha quoting Finn Ode",
      "alpha quoting other sources",
    ]);
  });

  it("gives each source its own series, with no “Other sources”, when they all fit", () => {
    const view = data(
      voicesByOutlet(
        makeSourcesAnalysis(
          [["a", "alpha"]],
          [
            { article: "a", name: "Ana Lopez", actor: "ana-lopez", quotes: [2] },
            { article: "a", name: "Ben Ng", quotes: [5] },
          ],
        ),
      ),
    );
    expect(view.chart?.series.map((s) => [s.id, s.label])).toEqual([
      ["src-ben-ng", "Ben Ng"],
      ["who-ana-lopez", "Ana Lopez"],
    ]);
    expect(view.rows.map((r) => r.key)).toEqual(["v.a.src-ben-ng", "v.a.who-ana-lopez"]);
  });

  it("groups a name as written whatever its case, and never lets two sources share a key", () => {
    const view = data(
      voicesByOutlet(
        makeSourcesAnalysis(
          [
            ["a", "alpha"],
            ["b", "beta"],
          ],
          [
            { article: "a", name: "José Ruiz", quotes: [3] },
            { article: "b", name: "josé ruiz", quotes: [2] },
            // Another person, whose name makes the same key once accents are dropped ("src-jos-ruiz").
            { article: "a", name: "Jos Ruiz", quotes: [1] },
          ],
        ),
      ),
    );
    expect(view.chart?.series.map((s) => [s.id, s.label])).toEqual([
      ["src-jos-ruiz", "José Ruiz"],
      ["src-jos-ruiz-2", "Jos Ruiz"],
    ]);
    expect(view.rows.map((r) => [r.key, r.voices.map((v) => v.name)])).toEqual([
      ["v.a.src-jos-ruiz", ["José Ruiz"]],
      ["v.a.src-jos-ruiz-2", ["Jos Ruiz"]],
      ["v.b.src-jos-ruiz", ["josé ruiz"]],
    ]);
  });

  it("colours sources from a palette of their own, one colour for each series the chart can draw", () => {
    expect(SOURCE_PALETTE).toHaveLength(MAX_VOICE_SERIES);
    const sideColours = new Set<string>(Object.values(PALETTE));
    expect(SOURCE_PALETTE.filter((colour) => sideColours.has(colour))).toEqual([]);
    expect(sideColours.has(OTHER_SOURCES_COLOUR)).toBe(false);
    expect(new Set(SOURCE_PALETTE).size).toBe(SOURCE_PALETTE.length);
  });
});
