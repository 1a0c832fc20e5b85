import { describe, expect, it } from "vitest";
import { makeAnalysis, makeArticle, makeBlameAnalysis } from "./test-analysis";
import { NO_VOICES, voicesByOutlet } from "./voices-by-outlet";

const empty = () => makeAnalysis([makeArticle("a", "alpha", ["Nothing happened."])], []);

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
