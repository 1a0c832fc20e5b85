import { describe, expect, it } from "vitest";
import {
  evidenceHash,
  evidenceItems,
  evidenceKey,
  evidenceViews,
  keyFromHash,
  paragraphHref,
} from "./evidence";
import { makeAnalysis, makeParagraphArticle, spanOf } from "./test-analysis";

const article = makeParagraphArticle("a", "alpha", [
  ["One.", "Two blames three.", "Four.", "Five."],
]);
const analysis = makeAnalysis([article], []);

describe("evidence views", () => {
  it("shows the sentence inside its paragraph, trimmed to one sentence each side, with span and cues marked", () => {
    const [view] = evidenceViews(analysis, [
      {
        article: "a",
        sentence: 1,
        span: spanOf(article, "Two blames three"),
        cues: [spanOf(article, "blames")],
      },
    ]);
    expect(view).toEqual({
      article: "a",
      outlet: "alpha",
      paragraph: 0,
      sentence: 1,
      pieces: [
        { text: "One. ", level: 0 },
        { text: "Two ", level: 2 },
        { text: "blames", level: 3 },
        { text: " three", level: 2 },
        { text: ".", level: 1 },
        { text: " Four.", level: 0 },
      ],
      clippedStart: false,
      clippedEnd: true,
    });
  });

  it("merges evidence in one paragraph and skips references to missing sentences", () => {
    const views = evidenceViews(analysis, [
      { article: "a", sentence: 3, span: null, cues: [spanOf(article, "Five")] },
      { article: "a", sentence: 2, span: null, cues: [] },
      { article: "a", sentence: 99, span: null, cues: [] },
      { article: "zz", sentence: 0, span: null, cues: [] },
    ]);
    expect(views).toHaveLength(1);
    expect(views[0]?.clippedStart).toBe(true);
    expect(views[0]?.pieces).toEqual([
      { text: "Two blames three. ", level: 0 },
      { text: "Four. ", level: 1 },
      { text: "Five", level: 3 },
      { text: ".", level: 1 },
    ]);
  });

  it("groups entries with the same keys in the same paragraph into one item", () => {
    const items = evidenceItems(analysis, [
      { keys: ["k.1"], spec: { article: "a", sentence: 0, span: null, cues: [] }, extra: "x" },
      { keys: ["k.1"], spec: { article: "a", sentence: 3, span: null, cues: [] }, extra: "y" },
      { keys: ["k.2"], spec: { article: "a", sentence: 3, span: null, cues: [] }, extra: "z" },
    ]);
    expect(items.map((i) => [i.keys, i.extra])).toEqual([
      [["k.1"], ["x", "y"]],
      [["k.2"], ["z"]],
    ]);
  });
});

describe("evidence keys and links", () => {
  it("builds keys safe for a URL hash and a CSS selector", () => {
    expect(evidenceKey("b", "Press TV", "_outlet")).toBe("b.press-tv._outlet");
    expect(evidenceHash("b.press-tv.iran")).toBe("#evidence=b.press-tv.iran");
    expect(paragraphHref("/stories/s", "press-tv", 4)).toBe("/stories/s/press-tv#p-4");
  });

  it("reads a key from the hash, rejecting anything malformed", () => {
    expect(keyFromHash("#evidence=b.press-tv.iran.a.united-states")).toBe(
      "b.press-tv.iran.a.united-states",
    );
    expect(keyFromHash("#evidence=b.press-tv")).toBe("b.press-tv");
    expect(keyFromHash("#fact-3")).toBeNull();
    expect(keyFromHash("#evidence=%3Cscript%3E")).toBeNull();
    expect(keyFromHash("#evidence=%E0%A4%A")).toBeNull();
    expect(keyFromHash("")).toBeNull();
  });
});
