import { describe, expect, it } from "vitest";
import { readText, tokenize } from "./nlp";
import { LONG_RUN, protectSpans } from "./protected-spans";

describe("spans wink reads badly", () => {
  it("keeps a hyphenated prefix before an abbreviation in one sentence and one token", () => {
    const text = "Crowds chanted anti-U.S. slogans in the square. The police watched.";
    expect(readText(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Crowds chanted anti-U.S. slogans in the square.",
      "The police watched.",
    ]);
    expect(tokenize("a pro-E.U. rally").map((t) => [t.text, t.pos])).toEqual([
      ["a", "DET"],
      ["pro-E.U.", "ADJ"],
      ["rally", "NOUN"],
    ]);
  });

  it("reads a long unbroken run as one token with its own text and offsets", () => {
    const run = `data:image/png;base64,${"QUJD".repeat(5_000)}`;
    const text = `The image follows. ${run} It ends here.`;
    const tokens = readText(text).flatMap((s) => s.tokens);
    const long = tokens.find((t) => t.text.length > LONG_RUN);
    expect(long?.text).toBe(run);
    expect(long && text.slice(long.start, long.end)).toBe(run);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text).slice(-4)).toEqual(["It", "ends", "here", "."]);
  });

  it("rewrites nothing else, and keeps every rewrite the same length", () => {
    const plain =
      "No long runs, no anti-abbreviation here; just Ruritania's U.S.-style vote, said the X-Men.";
    expect(protectSpans(plain)).toEqual({
      text: plain,
      longRuns: new Map(),
      joins: new Set(),
      hyphens: new Set(),
    });
    const text = `x ${"-".repeat(300)} non-U.N. forces`;
    const shielded = protectSpans(text);
    expect(shielded.text.length).toBe(text.length);
    expect([...shielded.longRuns]).toEqual([[2, 300]]);
    expect([...shielded.joins]).toEqual([306]);
  });

  it("finds runs counted in characters and capitals of two code units, as the quick pre-tests must not skip them", () => {
    // 129 characters of two UTF-16 units each: a long run; 128 ASCII letters are not.
    const astral = "\u{1F600}".repeat(LONG_RUN + 1);
    expect([...protectSpans(`a ${astral} b`).longRuns]).toEqual([[2, astral.length]]);
    expect(protectSpans(`a ${"x".repeat(LONG_RUN)} b`).longRuns.size).toBe(0);
    // A capital outside the Basic Multilingual Plane ("𝐀", two units) before the full stop.
    expect([...protectSpans("anti-\u{1D400}.\u{1D401}. forces").joins]).toEqual([4]);
    expect([...protectSpans("ultra-É.Ü. forces").joins]).toEqual([5]);
  });

  it("keeps a party tag with a state abbreviation in its sentence, hyphen and state as tokens of their own", () => {
    const text =
      "Sen. Ana Ruiz (D-Calif.) said the vote was close. Rep. Tom Hale, R-N.Y., agreed. Rep. Al Berg (R-W.Va.) did not.";
    expect(readText(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Sen. Ana Ruiz (D-Calif.) said the vote was close.",
      "Rep. Tom Hale, R-N.Y., agreed.",
      "Rep. Al Berg (R-W.Va.) did not.",
    ]);
    const tokens = readText(text).flatMap((s) => s.tokens);
    expect(tokens.slice(3, 8).map((t) => [t.text, t.pos])).toEqual([
      ["(", "PUNCT"],
      ["D", "PROPN"],
      ["-", "PUNCT"],
      ["Calif.", "PROPN"],
      [")", "PUNCT"],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    // Only after "(" or ", ": a hyphenated word elsewhere is left to wink.
    expect([...protectSpans("The X-Men. Then the T-Rex.").hyphens]).toEqual([]);
    expect([...protectSpans("Sen. Ruiz (D-Calif.) spoke.").hyphens]).toEqual([12]);
  });
});
