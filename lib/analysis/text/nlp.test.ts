import { describe, expect, it } from "vitest";
import { readText, tokenize } from "./nlp";

describe("readText", () => {
  it("reads tokens with their offsets, tags and lemmas", () => {
    const tokens = tokenize("The officials blamed Iran’s proxies.");
    expect(
      tokens.map((t) => [t.text, t.start, t.end, t.normal, t.lemma, t.pos, t.type, t.stop]),
    ).toEqual([
      ["The", 0, 3, "the", "the", "DET", "word", true],
      ["officials", 4, 13, "officials", "official", "NOUN", "word", false],
      ["blamed", 14, 20, "blamed", "blame", "VERB", "word", false],
      ["Iran", 21, 25, "iran", "iran", "PROPN", "word", false],
      ["’s", 25, 27, "'s", "'s", "PART", "word", false],
      ["proxies", 28, 35, "proxies", "proxy", "NOUN", "word", false],
      [".", 35, 36, ".", ".", "PUNCT", "punctuation", false],
    ]);
  });

  it("shifts every offset by `base`, for text sliced from a longer one", () => {
    const text = "Intro line.\nThe U.S. closed it. Mr. Pompeo agreed.";
    const from = text.indexOf("The");
    const sentences = readText(text.slice(from), from);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. closed it.",
      "Mr. Pompeo agreed.",
    ]);
    for (const token of sentences.flatMap((s) => s.tokens))
      expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
