import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySide, diffText, normaliseSpace, sameWords } from "./diff";

describe("diffText", () => {
  it("reports identical text", () => {
    const result = diffText("Rockets were fired.", "Rockets  were\u00a0fired.");
    expect(result.kind).toBe("identical");
    expect(result.changes).toEqual([]);
    expect(result.similarity).toBe(1);
  });

  it("finds a one-word substitution (wire copy reworded)", () => {
    const result = diffText(
      "residents’ anger over meager electricity supplies and impure water",
      "the residents’ anger over poor electricity supplies and impure water",
    );
    expect(result.kind).toBe("substitution");
    expect(result.changes).toEqual(["added “the”", "“meager” → “poor”"]);
  });

  it("calls a reordered quote a reorder and lists the moves", () => {
    const result = diffText(
      "I have directed that an appropriate temporary relocation of diplomatic personnel in Iraq take place",
      "I have directed that a temporary and appropriate relocation of diplomatic personnel in Iraq take place",
    );
    expect(result.kind).toBe("reorder");
    expect(result.summary).toMatch(/^Words reordered: /);
  });

  it("separates punctuation-only changes from word changes", () => {
    expect(
      diffText("on “ordered departure,” temporarily", 'on "ordered departure", temporarily').kind,
    ).toBe("punctuation");
  });

  it("names an added clause and a dropped clause", () => {
    expect(
      diffText("The consulate will close.", "The consulate will close, citing threats from Iran.")
        .summary,
    ).toBe("A clause added: added “citing threats from Iran”.");
    expect(
      diffText("The consulate will close, citing threats from Iran.", "The consulate will close.")
        .kind,
    ).toBe("deletion");
  });

  it("marks a substantial rewrite", () => {
    const result = diffText(
      "Protesters set fire to the Iranian consulate in Basra earlier this month.",
      "A few weeks ago a group of attackers torched Tehran’s mission in the southern city.",
    );
    expect(result.kind).toBe("rewrite");
    expect(result.similarity).toBeLessThan(0.3);
  });

  it("reapplying either side of the diff gives that text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (a, b) => {
        const { parts } = diffText(a, b);
        expect(applySide(parts, "a")).toBe(normaliseSpace(a));
        expect(applySide(parts, "b")).toBe(normaliseSpace(b));
      }),
      { numRuns: 300 },
    );
  });

  it("reapplies on word-like inputs too (property)", () => {
    const word = fc.constantFrom(
      "the",
      "US",
      "Iran",
      "said",
      "blamed",
      "consulate",
      "Basra",
      ",",
      ".",
      "“",
      "”",
    );
    const sentence = fc.array(word, { maxLength: 25 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const { parts } = diffText(a, b);
        expect(applySide(parts, "a")).toBe(normaliseSpace(a));
        expect(applySide(parts, "b")).toBe(normaliseSpace(b));
      }),
    );
  });
});

describe("sameWords", () => {
  it("ignores case, punctuation and quote style but not order", () => {
    expect(
      sameWords(
        "“Bottom line, if we are attacked we’ll respond,”",
        '"Bottom line if we are attacked we\'ll respond"',
      ),
    ).toBe(true);
    expect(
      sameWords("an appropriate temporary relocation", "a temporary and appropriate relocation"),
    ).toBe(false);
  });
});

describe("diffText against the diff package", () => {
  it("gives exactly diffWordsWithSpace's parts (property)", async () => {
    const { diffWordsWithSpace } = await import("diff");
    const word = fc.constantFrom(
      "the",
      "U.S.",
      "Iran’s",
      "said",
      "—",
      ",",
      "“",
      "”",
      "  ",
      "naïve",
      "Ба",
      "\n",
    );
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const expected = diffWordsWithSpace(normaliseSpace(a), normaliseSpace(b)).map((c) => ({
          op: c.added ? "insert" : c.removed ? "delete" : "equal",
          text: c.value,
        }));
        expect(diffText(a, b).parts).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
