import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_TOKENS, segment, splitParagraphs } from "./segment";

const texts = (text: string) => segment(text).sentences.map((s) => s.text);

describe("segment", () => {
  it("keeps abbreviations, titles, dates and initials inside sentences", () => {
    expect(
      texts(
        "The U.S. State Department said on Sept. 28 it would close the post. Mr. Pompeo agreed with J. R. Smith on the move.",
      ),
    ).toEqual([
      "The U.S. State Department said on Sept. 28 it would close the post.",
      "Mr. Pompeo agreed with J. R. Smith on the move.",
    ]);
  });

  it("treats a headline line without a full stop as its own sentence and paragraph", () => {
    const result = segment(
      "US closes its consulate in Basra\n\nPress TV – The US State Department has announced it.",
    );
    expect(result.paragraphs).toHaveLength(2);
    expect(result.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["US closes its consulate in Basra", 0],
      ["Press TV – The US State Department has announced it.", 1],
    ]);
  });

  it("keeps em-dash datelines and closing quote marks with their sentence", () => {
    expect(
      texts(
        "WASHINGTON—The State Department will close it. “We’ll respond swiftly,” he said. “It will not be at proxies.”",
      ),
    ).toEqual([
      "WASHINGTON—The State Department will close it.",
      "“We’ll respond swiftly,” he said.",
      "“It will not be at proxies.”",
    ]);
  });

  it("joins hard-wrapped lines but not lines that end a sentence", () => {
    expect(splitParagraphs("One line that wraps\nonto the next.\nA new paragraph.")).toEqual([
      { start: 0, end: 34 },
      { start: 35, end: 51 },
    ]);
  });

  it("cuts text without punctuation into bounded pieces", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(" ");
    const result = segment(words);
    expect(result.sentences.length).toBeGreaterThanOrEqual(Math.ceil(1000 / MAX_SENTENCE_TOKENS));
    expect(result.sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS)).toBe(true);
    expect(result.sentences.map((s) => s.text).join(" ")).toBe(words);
  });

  it("returns nothing for empty or blank text", () => {
    expect(segment("").sentences).toEqual([]);
    expect(segment(" \n\n \t").paragraphs).toEqual([]);
  });

  it("offsets always index the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = segment(text);
        for (const sentence of result.sentences) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          const paragraph = result.paragraphs[sentence.paragraph];
          expect(paragraph).toBeDefined();
          expect(sentence.start).toBeGreaterThanOrEqual(paragraph!.start);
          expect(sentence.end).toBeLessThanOrEqual(paragraph!.end);
          for (const token of sentence.tokens)
            expect(text.slice(token.start, token.end)).toBe(token.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
