import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growth } from "../test-helpers/growth";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "./quotes";
import { quoteSchema } from "../schema";

const quotesOf = (text: string) => findQuotes(preparedFromText("t", text));
/** [text, kind, speaker] for every quote. */
const kinds = (text: string) =>
  quotesOf(text).map((quote) => [quote.text, quote.kind, quote.speaker]);

describe("findQuotes: kinds", () => {
  it("direct: a sentence quoted with its speaker, or introduced by a colon or “saying”", () => {
    expect(kinds("“We will respond to any attack,” Pompeo said.")).toEqual([
      ["We will respond to any attack", "direct", "Pompeo"],
    ]);
    expect(kinds("Halvorsen was quick to retort: “That is just a pile of nonsense.”")).toEqual([
      ["That is just a pile of nonsense.", "direct", "Halvorsen"],
    ]);
    expect(
      kinds("The department renewed its advisory, saying “numerous groups are active in Iraq.”"),
    ).toEqual([["numerous groups are active in Iraq.", "direct", "The department"]]);
  });

  it("partial: a fragment in the outlet's own sentence, with a speaker", () => {
    expect(kinds("Mr. Pompeo called it a “temporary relocation” due to the threats.")).toEqual([
      ["temporary relocation", "partial", "Mr. Pompeo"],
    ]);
    expect(
      kinds(
        "In a statement, the U.S. State Department said the consulate was placed on “ordered departure,” which involves a drawdown.",
      ),
    ).toEqual([["ordered departure", "partial", "the U.S. State Department"]]);
  });

  it("scare: a short phrase with no speaker in reach, a headline's quoted words, a quoted title", () => {
    expect(
      kinds("It followed recent “indirect fire”—usually rocket attacks—on the compound."),
    ).toEqual([["indirect fire", "scare", null]]);
    expect(
      kinds(
        "US closes its consulate in Iraq’s Basra, citing ‘security concerns’\n\nPress TV – The US has announced it.",
      ),
    ).toEqual([["security concerns", "scare", null]]);
    expect(kinds("Netanyahu spoke on NBC’s “Meet the Press” on Sunday.")).toEqual([
      ["Meet the Press", "scare", null],
    ]);
  });

  it("a headline or a line with no full stop that opens with a quote and says who spoke: direct", () => {
    expect(kinds("“We will respond,” Pompeo says\n\nThe State Department said more.")).toEqual([
      ["We will respond", "direct", "Pompeo"],
    ]);
    expect(kinds("“The numbers are wrong,” said Paul Kim")).toEqual([
      ["The numbers are wrong", "direct", "Paul Kim"],
    ]);
  });

  it("a long fragment with no speaker is partial with no speaker", () => {
    expect(
      kinds(
        "Iraq’s ties are strained by “what is being circulated to undermine the climate of security.”",
      ),
    ).toEqual([
      ["what is being circulated to undermine the climate of security.", "partial", null],
    ]);
  });

  it("nested quotes: the outer quote and the inner one, each with its own speaker", () => {
    const found = quotesOf(
      "“Brenner called it ‘a mess of Carver’s making.’ He should resign,” a Democrat said.",
    );
    expect(
      found.map((quote) => [quote.text, quote.kind, quote.speaker, quote.attribution]),
    ).toEqual([
      [
        "Brenner called it ‘a mess of Carver’s making.’ He should resign",
        "direct",
        "a Democrat",
        "X said",
      ],
      ["a mess of Carver’s making.", "partial", "Brenner", "X called"],
    ]);
  });

  it("multi-sentence and multi-paragraph quotes keep one speaker", () => {
    const text =
      "“I’m not going to sign it. I don’t think we should be rushed,” said Senator Marta Keln.\n\n“It is a poor plan. And we will\n\n“oppose it at the vote.”";
    expect(quotesOf(text).map((quote) => [quote.text, quote.speaker, quote.attribution])).toEqual([
      [
        "I’m not going to sign it. I don’t think we should be rushed",
        "Senator Marta Keln",
        "said X",
      ],
      ["It is a poor plan. And we will", "Senator Marta Keln", "previous sentence"],
      ["oppose it at the vote.", "Senator Marta Keln", "continued quote"],
    ]);
  });
});

describe("findQuotes: edge cases", () => {
  it("returns nothing for an empty article or one without quotes", () => {
    expect(findQuotes(preparedFromText("e", ""))).toEqual([]);
    expect(quotesOf("Iran’s leaders said we’ll see about the Ba’ath party.")).toEqual([]);
  });

  it("an article of only quotes: no speakers, short ones scare", () => {
    expect(
      kinds("“Never.”\n\n“We will not accept this decision under any circumstances.”"),
    ).toEqual([
      ["Never.", "scare", null],
      ["We will not accept this decision under any circumstances.", "direct", null],
    ]);
  });

  it("an unbalanced mark is bounded at its paragraph and does not swallow the article", () => {
    const found = quotesOf(
      "He said “this never closes and goes on.\n\nA second paragraph with “a real quote” in it.",
    );
    expect(found.map((quote) => quote.text)).toEqual([
      "this never closes and goes on.",
      "a real quote",
    ]);
  });

  it("gives ids, sentence indices and word counts", () => {
    const article = preparedFromText(
      "press-tv",
      "Intro sentence here. “We are not aware of it,” the official said.",
    );
    const [quote] = findQuotes(article);
    expect(quote).toMatchObject({
      id: "q-press-tv-1",
      article: "press-tv",
      sentence: 1,
      words: 6,
      speakerActor: null,
    });
  });

  // Unbalanced marks are bounded at the paragraph, so a stray mark must never make the article's
  // reading grow with its square: eight times the paragraphs must cost about eight times as much
  // (64 if each stray mark scanned the rest of the article). A growth ratio of CPU time, not
  // milliseconds, because CI hosts vary; speed itself is `npm run bench`'s to measure.
  it("reads a long article full of stray marks in linear time", () => {
    const paragraph = 'He said "one and "two” and ‘three and it’s “four.” Pompeo said. ';
    const text = (count: number) => Array.from({ length: count }, () => paragraph).join("\n\n");
    const read = (raw: string) => findQuotes(preparedFromText("big", raw));
    expect(read(text(400)).length).toBeGreaterThan(400);
    expect(growth(text(50), text(400), read)).toBeLessThan(24);
  });
});

describe("findQuotes: properties", () => {
  const piece = fc.constantFrom(
    "Pompeo",
    "said",
    "told",
    "CNN",
    "he",
    "the official",
    "Mr. Brenner",
    "called it",
    "a",
    "war",
    "Iran’s",
    "we’ll",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    ",",
    ".",
    "?",
    ":",
    "\n\n",
    "\n",
    "according to",
    "In a statement,",
    "and",
  );
  const texts = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(" "));

  it("text is always the cleaned text's slice, sentence indices are valid, output is schema-valid", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const article = preparedFromText("p", text);
        for (const quote of findQuotes(article)) {
          expect(quoteSchema.safeParse(quote).success).toBe(true);
          expect(quote.text).toBe(article.analysis.text.slice(quote.start, quote.end));
          expect(quote.sentence).toBeLessThan(article.analysis.sentences.length);
          if (quote.kind === "scare") expect(quote.speaker).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(findQuotes(preparedFromText("p", text))).toEqual(
          findQuotes(preparedFromText("p", text)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
