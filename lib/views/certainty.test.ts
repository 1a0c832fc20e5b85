import { describe, expect, it } from "vitest";
import { CONFIDENT_BLAME } from "@/lib/analysis";
import {
  byCertainty,
  certaintyHref,
  isConfident,
  keepCertainty,
  readCertainty,
  readIncludeUncertain,
} from "./certainty";
import { makeBlameAnalysis } from "./test-analysis";

function withConfidences(values: number[]) {
  const analysis = makeBlameAnalysis();
  analysis.blame = analysis.blame.map((b, i) => ({ ...b, confidence: values[i] ?? 1 }));
  return analysis;
}

describe("isConfident", () => {
  it("counts the threshold itself as confident and anything below as not", () => {
    expect(isConfident({ confidence: CONFIDENT_BLAME })).toBe(true);
    expect(isConfident({ confidence: CONFIDENT_BLAME - 0.001 })).toBe(false);
    expect(isConfident({ confidence: 0 })).toBe(false);
  });
});

describe("byCertainty", () => {
  it("keeps only confident relations by default and counts the rest", () => {
    const analysis = withConfidences([0.9, 0.3, 0.7, 0.5]);
    const { analysis: shown, certainty } = byCertainty(analysis, false);
    expect(shown.blame.map((b) => b.id)).toEqual(["a:blame-1", "b:blame-1"]);
    expect(certainty).toEqual({ includeUncertain: false, uncertain: 2, confident: 2 });
    // The input is not changed: another view of the same request can still include them.
    expect(analysis.blame).toHaveLength(4);
  });

  it("shows every relation when the reader includes the uncertain ones", () => {
    const analysis = withConfidences([0.9, 0.3, 0.7, 0.5]);
    const { analysis: shown, certainty } = byCertainty(analysis, true);
    expect(shown.blame).toHaveLength(4);
    expect(certainty).toEqual({ includeUncertain: true, uncertain: 2, confident: 2 });
  });

  it("returns the same analysis object when nothing is hidden", () => {
    const analysis = withConfidences([0.9, 0.8, 0.75, 1]);
    expect(byCertainty(analysis, false).analysis).toBe(analysis);
  });

  it("hides everything when nothing is confident, and says how many", () => {
    const { analysis, certainty } = byCertainty(withConfidences([0, 0, 0.1, 0.69]), false);
    expect(analysis.blame).toEqual([]);
    expect(certainty.uncertain).toBe(4);
  });
});

describe("readIncludeUncertain", () => {
  it("reads on/off values and notes a bad one", () => {
    const notes: string[] = [];
    expect(readIncludeUncertain({ uncertain: "1" }, notes)).toBe(true);
    expect(readIncludeUncertain({ uncertain: "off" }, notes)).toBe(false);
    expect(readIncludeUncertain({}, notes)).toBe(false);
    expect(notes).toEqual([]);
    expect(readIncludeUncertain({ uncertain: "maybe" }, notes)).toBe(false);
    expect(notes).toHaveLength(1);
  });
});

describe("certaintyHref", () => {
  it("flips only the switch and keeps the other parameters in order", () => {
    const raw = { article: "alpha", uncertain: "1", tag: ["x", "y"] };
    expect(certaintyHref("/stories/s/blame", raw, false)).toBe(
      "/stories/s/blame?article=alpha&tag=x&tag=y",
    );
    expect(certaintyHref("/stories/s/blame", { article: "alpha" }, true)).toBe(
      "/stories/s/blame?article=alpha&uncertain=1",
    );
    expect(certaintyHref("/stories/s", {}, false)).toBe("/stories/s");
  });
});

describe("keepCertainty", () => {
  it("adds the switch to a link only when it is on", () => {
    expect(keepCertainty("/stories/s/blame", false)).toBe("/stories/s/blame");
    expect(keepCertainty("/stories/s/blame", true)).toBe("/stories/s/blame?uncertain=1");
    expect(keepCertainty("/stories/s/blame?article=a", true)).toBe(
      "/stories/s/blame?article=a&uncertain=1",
    );
  });
});

describe("readCertainty", () => {
  it("hides uncertain relations by default and gives the switch's links for the page", () => {
    const analysis = withConfidences([0.9, 0.3, 0.7, 0.5]);
    const view = readCertainty({ outlet: "alpha" }, analysis);
    expect(view.analysis.blame.map((b) => b.id)).toEqual(["a:blame-1", "b:blame-1"]);
    expect(view.certainty).toEqual({ includeUncertain: false, uncertain: 2, confident: 2 });
    expect(view.notes).toEqual([]);
    expect(view.switchAt("/stories/s/blame")).toEqual({
      certainty: view.certainty,
      showHref: "/stories/s/blame?outlet=alpha&uncertain=1",
      hideHref: "/stories/s/blame?outlet=alpha",
    });
  });

  it("includes them when asked, and puts the hash after the query on both links", () => {
    const view = readCertainty({ uncertain: "1" }, withConfidences([0.9, 0.3, 0.7, 0.5]));
    expect(view.analysis.blame).toHaveLength(4);
    expect(view.certainty.includeUncertain).toBe(true);
    expect(view.switchAt("/stories/s", "#blame")).toEqual({
      certainty: view.certainty,
      showHref: "/stories/s?uncertain=1#blame",
      hideHref: "/stories/s#blame",
    });
  });

  it("notes a bad value and falls back to confident relations only", () => {
    const analysis = withConfidences([0.9, 0.3, 0.7, 0.5]);
    const view = readCertainty({ uncertain: "maybe" }, analysis);
    expect(view.certainty.includeUncertain).toBe(false);
    expect(view.analysis.blame).toHaveLength(2);
    expect(view.notes).toHaveLength(1);
    expect(view.switchAt("/stories/s").hideHref).toBe("/stories/s");
  });
});
