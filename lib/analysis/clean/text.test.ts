import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, endsClosed, isTruncated, wordKeys } from "./text";

/** The definitions the char-code scans must match exactly. */
const wordKeysByRegex = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
const countWordsBySplit = (text: string) =>
  text.split(" ").filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
const CLOSED = /[.!?…؟。！？]["”’'»)\]]*$|["”’»)\]]$/u;
const TRUNCATED = /[\p{L}\p{N},\s](?:\.{3}|…)$/u;

describe("wordKeys and countWords", () => {
  it("split words at anything but letters, marks and digits, in any script", () => {
    expect(wordKeys("İstanbul’s É-cole, 𝐀𝐁 x٣٤ 中文 d’Arc — 1,200")).toEqual([
      "i̇stanbul",
      "s",
      "é",
      "cole",
      "𝐀𝐁".toLowerCase(),
      "x٣٤",
      "中文",
      "d",
      "arc",
      "1",
      "200",
    ]);
    expect(countWords("The  U.S. — said “no” ... 𝐀 ٣")).toBe(6);
    expect([wordKeys(""), countWords(""), countWords("  — ")]).toEqual([[], 0, 0]);
  });

  it("match the regex definitions on any text (property)", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.string({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(wordKeys(value)).toEqual(wordKeysByRegex(value));
        expect(countWords(value)).toBe(countWordsBySplit(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("endsClosed and isTruncated", () => {
  it("read line endings", () => {
    expect(
      ["The end.", "“Go.”", "(see above)", "Why?’", "No end", "He said '"].map(endsClosed),
    ).toEqual([true, true, true, true, false, false]);
    expect(
      ["Iran’s Support for Isl...", "Record of 𝐀…", "Wait....", "“We are going to…”", "..."].map(
        isTruncated,
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it("match their end-anchored regex definitions (property)", () => {
    const marks = ".!?…؟。！？\"”’'»)] ab,𝐀".split("");
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...marks, "𝐀"), maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 24 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(endsClosed(value)).toBe(CLOSED.test(value));
        expect(isTruncated(value)).toBe(TRUNCATED.test(value));
      }),
      { numRuns: 5000 },
    );
  });
});
