import { describe, expect, it } from "vitest";
import type { TreebankSentence } from "./conllu";
import { readWithWink, treebankSpans } from "./wink-reading";

/** A hand-made treebank sentence: words with their surface tokens (multiword ones as [form, first, last]). */
function sentence(text: string, words: string[], multi: [string, number, number][] = []) {
  const tokens: TreebankSentence["tokens"] = [];
  for (let i = 0; i < words.length; i += 1) {
    const group = multi.find((m) => m[1] === i);
    if (group) {
      tokens.push({ form: group[0], first: group[1], last: group[2] });
      i = group[2];
    } else tokens.push({ form: words[i] as string, first: i, last: i });
  }
  return {
    id: "t",
    text,
    words: words.map((form) => ({ form, lemma: form, upos: "X", head: -1, deprel: "dep" })),
    tokens,
  };
}

describe("wink's reading of a treebank sentence", () => {
  const s = sentence(
    "I'm sure the mayor's aides won't talk.",
    ["I", "'m", "sure", "the", "mayor", "'s", "aides", "wo", "n't", "talk", "."],
    [
      ["I'm", 0, 1],
      ["mayor's", 4, 5],
      ["won't", 7, 8],
    ],
  );

  it("places the treebank's words, inside multiword tokens too", () => {
    const { spans, unplaced } = treebankSpans(s);
    expect(unplaced).toBe(0);
    expect(spans.slice(0, 3)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 4, end: 8 },
    ]);
    expect(spans[8]).toEqual({ start: 29, end: 32 });
  });

  it("gives every word wink's tag, lined up by offsets, with clitics split as at run time", () => {
    const reading = readWithWink(s);
    expect(reading.exact.every((k) => k >= 0)).toBe(true);
    expect(reading.tags[0]).toBe("PRON");
    expect(reading.tags[1]).toBe("AUX");
    expect(reading.tags[5]).toBe("PART");
    expect(reading.lemmas[8]).toBe("not");
    expect(reading.tags).toHaveLength(11);
  });
});
