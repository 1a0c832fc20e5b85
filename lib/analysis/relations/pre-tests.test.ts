import { describe, expect, it } from "vitest";
import type { Mention, SentenceActors } from "../actors";
import type { Token } from "../text";
import { attributionOf, brief } from "../test-helpers/attribution";
import { PATTERNS } from "./blame-patterns";
import type { Parsed } from "./parse-parties";
import { claimThenFalse, hasMention, hasWord } from "./pre-tests";

/** A hand-tagged sentence: "word/POS/lemma" (lemma defaults to the lower-cased word). */
function sentenceOf(spec: string, mentions: Mention[] = []): SentenceActors {
  let at = 0;
  const tokens: Token[] = spec.split(" ").map((part) => {
    const [text = "", pos = "NOUN", lemma] = part.split("/");
    const token = {
      text,
      start: at,
      end: at + text.length,
      normal: text.toLowerCase(),
      lemma: lemma ?? text.toLowerCase(),
      pos,
      type: "word",
      stop: false,
    };
    at += text.length + 1;
    return token;
  });
  const index = tokens.map(() => -1);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i += 1) index[i] = k;
  });
  return { index: 0, tokens, mentions, at: index };
}

/** A sentence whose parse must not be read: reading it fails the test. */
function unparsed(sentence: SentenceActors): Parsed {
  return {
    sentence,
    get parse(): never {
      throw new Error("the parse was read");
    },
    text: sentence.tokens.map((t) => t.text).join(" "),
    quoteOf: () => null,
  };
}

const readers = (p: Parsed, i: number) =>
  PATTERNS.flatMap((pattern) => pattern({ p, kindOf: () => undefined }, i));

describe("word-level pre-tests of the blame readers", () => {
  it("finds a word as written, normalised or as its lemma", () => {
    const s = sentenceOf("They/PRON went/VERB/go After/ADP it/PRON");
    expect(hasWord(s, "after")).toBe(true);
    expect(hasWord(s, "go")).toBe(true);
    expect(hasWord(s, "against", "into")).toBe(false);
    expect(hasMention(s)).toBe(false);
  });

  it("needs a claim before the word that brands it false", () => {
    expect(claimThenFalse(sentenceOf("the/DET claims/NOUN/claim were/AUX baseless/ADJ"))).toBe(
      true,
    );
    expect(claimThenFalse(sentenceOf("baseless/ADJ claims/NOUN/claim"))).toBe(false);
    expect(claimThenFalse(sentenceOf("they/PRON called/VERB/call it/PRON baseless/ADJ"))).toBe(
      false,
    );
  });

  it("answers common cue words that relate no one without parsing", () => {
    const go = sentenceOf("We/PRON will/AUX go/VERB after/ADP lunch/NOUN ./PUNCT");
    expect(readers(unparsed(go), 2)).toEqual([]);
    const called = sentenceOf("She/PRON called/VERB/call the/DET office/NOUN ./PUNCT");
    expect(readers(unparsed(called), 1)).toEqual([]);
    const threat = sentenceOf("The/DET threat/NOUN of/ADP rain/NOUN grew/VERB/grow");
    expect(readers(unparsed(threat), 1)).toEqual([]);
  });

  it("reads a physical verb as criticism only with a person or a matter among the words", () => {
    const mention: Mention = {
      sentence: 0,
      first: 0,
      last: 0,
      start: 0,
      end: 9,
      text: "Militants",
      actor: "militants",
      form: "name",
      head: "militants",
      plural: true,
      quote: null,
      via: null,
    };
    const attacked = sentenceOf("Militants attacked/VERB/attack the/DET consulate/NOUN", [mention]);
    expect(readers(unparsed(attacked), 1)).toEqual([]);
  });

  it("still reads the relations the pre-tests let through", () => {
    const out = attributionOf([
      "Iran's foreign minister railed against the United States on Monday.",
      "Iraqi officials dismissed the allegations as baseless.",
      "The attacks by Iran were condemned.",
    ]).blame.map(brief);
    expect(out).toEqual([
      "iran criticises united-states [attributed]",
      "iraq rejects-accusation ∅ [attributed]",
      "∅ attributes-responsibility iran [attributed]",
    ]);
  });
});
