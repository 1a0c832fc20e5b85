import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySide, diffText, normaliseSpace, RELATED_SHARE, sameWords } from "./diff";

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

// The share of the shorter text's words (case and apostrophe style aside, repeats counted) that the
// longer one has: with replaceUnrelated, diffText runs the word diff when it is at least RELATED_SHARE.
function sharedShare(a: string, b: string): number {
  const wordsOf = (text: string) =>
    (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
      w.toLowerCase().replace(/’/g, "'"),
    );
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ];
  if (short.length === 0) return 1;
  const left = [...long];
  let found = 0;
  for (const word of short) {
    const at = left.indexOf(word);
    if (at >= 0) {
      found += 1;
      left.splice(at, 1);
    }
  }
  return found / short.length;
}

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

  it("breaks ties as diffWordsWithSpace does, on texts of few distinct tokens (property)", async () => {
    const { diffWordsWithSpace } = await import("diff");
    const text = fc
      .array(fc.constantFrom("a", "b", " ", "."), { maxLength: 40 })
      .map((t) => t.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const expected = diffWordsWithSpace(normaliseSpace(a), normaliseSpace(b)).map((c) => ({
          op: c.added ? "insert" : c.removed ? "delete" : "equal",
          text: c.value,
        }));
        expect(diffText(a, b).parts).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("diffText with replaceUnrelated", () => {
  it("replaces the middle whole, keeping the common opening and ending", () => {
    const d = diffText(
      "He said the talks would resume in Geneva next week.",
      "He said nothing about Basra or the militias.",
      { replaceUnrelated: true },
    );
    expect(d.parts).toEqual([
      { op: "equal", text: "He said " },
      { op: "delete", text: "the talks would resume in Geneva next week" },
      { op: "insert", text: "nothing about Basra or the militias" },
      { op: "equal", text: "." },
    ]);
    expect(d.kind).toBe("rewrite");
    expect(d.similarity).toBe(0.222);
  });

  it("keeps the word diff for related texts (property)", () => {
    const word = fc.constantFrom("the", "U.S.", "Iran’s", "said", "—", ",", "“", "Ба", "naïve");
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(sharedShare(a, b) >= RELATED_SHARE);
        expect(diffText(a, b, { replaceUnrelated: true })).toEqual(diffText(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it("is at most one replacement between equal ends, and reapplies (property)", () => {
    const word = fc.constantFrom("the", "U.S.", "Iran’s", "said", "—", ",", "“", "Ба", "naïve");
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(sharedShare(a, b) < RELATED_SHARE);
        const { parts } = diffText(a, b, { replaceUnrelated: true });
        expect(parts.map((p) => `${p.op} `).join("")).toMatch(
          /^(equal )?(delete )?(insert )?(equal )?$/,
        );
        expect(applySide(parts, "a")).toBe(normaliseSpace(a));
        expect(applySide(parts, "b")).toBe(normaliseSpace(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe("diffText's change list and similarity", () => {
  // The words of each part, read afresh from the part's text: diffText derives them from
  // the two texts' words instead, including where a part cuts a word ("U.S." at a dot).
  const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
  const quoted = (list: string[]) => `“${list.join(" ")}”`;

  function expected(a: string, b: string) {
    const { parts } = diffText(a, b);
    const changes: { removed: string[]; added: string[] }[] = [];
    let current: { removed: string[]; added: string[] } | null = null;
    let kept = 0;
    for (const part of parts) {
      const partWords = words(part.text);
      if (part.op === "equal") {
        kept += partWords.length;
        if (partWords.length > 0) current = null;
        continue;
      }
      if (partWords.length === 0) continue;
      if (!current) changes.push((current = { removed: [], added: [] }));
      (part.op === "delete" ? current.removed : current.added).push(...partWords);
    }
    const total = words(normaliseSpace(a)).length + words(normaliseSpace(b)).length;
    return {
      changes: changes.map((c) =>
        c.removed.length === 0
          ? `added ${quoted(c.added)}`
          : c.added.length === 0
            ? `dropped ${quoted(c.removed)}`
            : `${quoted(c.removed)} → ${quoted(c.added)}`,
      ),
      similarity: total === 0 ? 1 : Math.round(Math.min(1, (2 * kept) / total) * 1000) / 1000,
    };
  }

  it("counts the words of each part as the part's own text reads (property)", () => {
    const token = fc.constantFrom(
      "the",
      "U.S.",
      "Iran’s",
      "don't",
      "e.g.",
      "a.b",
      "x-",
      ".y",
      "’",
      "-",
      ".",
      "said",
      "naïve",
      "Ба",
      "9",
      "foo_bar",
      "—",
      ",",
    );
    const glue = fc.constantFrom(" ", "", " ");
    const text = fc
      .array(fc.tuple(token, glue), { maxLength: 30 })
      .map((list) => list.map(([t, g]) => t + g).join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { changes, similarity } = diffText(a, b);
        expect({ changes, similarity }).toEqual(expected(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
