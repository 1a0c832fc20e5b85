import { describe, expect, it } from "vitest";
import { readArticle } from "./analyze";
import { storyInputSchema } from "./schema";
import { parsesOf, rememberParses, sentenceParse } from "./sentence-parses";
import { parseTokens } from "./syntax";

// An invented article: speakers parse the sentences around its quotes while it is read.
const input = storyInputSchema.parse({
  slug: "ferry",
  title: "Ferry",
  date: "2026-11-02",
  actors: [],
  articles: [
    {
      id: "a",
      outlet: "Harbour Post",
      outletSlug: null,
      title: null,
      published: null,
      byline: null,
      raw: 'The ferry stopped running on Friday. "We cannot sail with one engine," said Leda Morrow, the harbour master. Passengers blamed the company for the delay.',
    },
  ],
}).articles[0];

describe("parses carried with an article's work", () => {
  if (!input) throw new Error("no article");

  it("lists the parses made while the article was read, by sentence", () => {
    const work = readArticle(input, []);
    expect(work.parses.length).toBeGreaterThan(0);
    expect(parsesOf(work.prepared)).toEqual(work.parses);
    for (const { sentence, parse } of work.parses) {
      expect(parse.tokens).toBe(work.prepared.segmented.sentences[sentence]?.tokens);
    }
  });

  it("hands a copy's parses back instead of parsing its sentences again", () => {
    // What a helper thread's work looks like on the main thread: one structured copy.
    const copy = structuredClone(readArticle(input, []));
    rememberParses(copy.prepared, copy.parses);
    for (const { sentence, parse } of copy.parses) {
      const tokens = copy.prepared.segmented.sentences[sentence]?.tokens ?? [];
      expect(sentenceParse(tokens)).toBe(parse);
      expect(parse).toEqual(parseTokens(tokens));
    }
  });

  it("does not take a parse over other tokens than the sentence's", () => {
    const copy = structuredClone(readArticle(input, []));
    const first = copy.parses[0];
    if (!first) throw new Error("no parse");
    const tokens = copy.prepared.segmented.sentences[first.sentence]?.tokens ?? [];
    rememberParses(copy.prepared, [{ ...first, parse: { ...first.parse, tokens: [...tokens] } }]);
    expect(sentenceParse(tokens).tokens).toBe(tokens);
  });
});
