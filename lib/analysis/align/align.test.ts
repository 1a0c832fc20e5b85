import { toArticleInput } from "@/lib/content/analysis";
import { beforeAll, describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { alignFacts } from "./align";
import { prepareArticle, type PreparedArticle } from "../text";
import { factLabel } from "./fact-label";
import { findGoldSentence } from "../../../eval/score/alignment";
import { placementOf } from "./placement";
import { type Fact, factSchema, factSentences } from "../schema";

/** The fact containing the sentence of `article` that includes `text`. */
function factWith(
  facts: readonly Fact[],
  articles: readonly PreparedArticle[],
  article: string,
  text: string,
): Fact | undefined {
  const index = sentenceIndex(articles, article, text);
  return facts.find((f) =>
    factSentences(f).some((m) => m.article === article && m.sentence === index),
  );
}

function sentenceIndex(
  articles: readonly PreparedArticle[],
  article: string,
  text: string,
): number {
  const prepared = articles.find((a) => a.input.id === article);
  const index = prepared ? findGoldSentence({ article, text }, prepared.analysis.sentences) : null;
  if (index === null) throw new Error(`no sentence with “${text}” in ${article}`);
  return index;
}

/** True when one fact has both sentences. */
function aligned(
  facts: readonly Fact[],
  articles: readonly PreparedArticle[],
  a: [string, string],
  b: [string, string],
): boolean {
  const ia = sentenceIndex(articles, ...a);
  const ib = sentenceIndex(articles, ...b);
  return facts.some(
    (f) =>
      factSentences(f).some((m) => m.article === a[0] && m.sentence === ia) &&
      factSentences(f).some((m) => m.article === b[0] && m.sentence === ib),
  );
}

describe("alignFacts on the Basra seed story", () => {
  let articles: PreparedArticle[] = [];
  let facts: Fact[] = [];
  beforeAll(() => {
    const story = getStory("basra-consulate-2018");
    if (!story) throw new Error("seed story missing");
    articles = story.articles.map(toArticleInput).map(prepareArticle);
    facts = alignFacts(articles);
  });

  it.each([
    [
      ["press-tv", "Heather Nauert said on Friday"],
      ["news-site-wire-cnn", "Heather Nauert said on Friday"],
    ],
    [
      ["press-tv", "poor electricity supplies"],
      ["wsj-via-eifa", "meager electricity supplies"],
    ],
    [
      ["press-tv", "a group of attackers set fire"],
      ["wsj-via-eifa", "protesters set fire to the Iranian consulate"],
    ],
    [
      ["wsj-via-eifa", "Bottom line, if we are attacked"],
      ["us-site-wsj-relay", "Bottom line, if we are attacked"],
    ],
    [
      ["wsj-via-eifa", "The totality of the information"],
      ["us-site-wsj-relay", "The totality of the information"],
    ],
  ] as [string, string][][])("aligns %j with %j", (a, b) => {
    expect(aligned(facts, articles, a as [string, string], b as [string, string])).toBe(true);
  });

  it.each([
    [
      ["press-tv", "Khamenei blamed the US"],
      ["wsj-via-eifa", "blamed the U.S. for inciting protests"],
    ],
    [
      ["press-tv", "Iraqi officials, who have blamed the US"],
      ["us-site-wsj-relay", "Iran has blamed the U.S. and Israel"],
    ],
    [
      ["press-tv", "Heather Nauert said on Friday"],
      ["wsj-via-eifa", "strengthen security around the Basra airport"],
    ],
    [
      ["press-tv", "did not appear driven by any credible threat"],
      ["wsj-via-eifa", "debated with officials in Washington"],
    ],
  ] as [string, string][][])(
    "keeps %j apart from %j (shared “blamed”, “consulate”, “Basra” only)",
    (a, b) => {
      expect(aligned(facts, articles, a as [string, string], b as [string, string])).toBe(false);
    },
  );

  it("reports the closure announcement of all five outlets in one fact, from their ledes", () => {
    const fact = factWith(
      facts,
      articles,
      "wsj-via-eifa",
      "will close the U.S. consulate in Basra",
    );
    expect(fact?.coverage.map((c) => [c.article, c.placement])).toEqual(
      articles.map((a) => [a.input.id, "lede"]),
    );
    for (const [article, text] of [
      ["press-tv", "announced its decision to close and evacuate"],
      ["epoch-times", "will effectively close its consulate"],
    ]) {
      expect(factWith(facts, articles, article as string, text as string)).toBe(fact);
    }
  });

  it("links each version to the base with its score and the words that match, by offsets", () => {
    const fact = factWith(facts, articles, "press-tv", "poor electricity supplies");
    expect(fact).toBeDefined();
    if (!fact) return;
    const text = (ref: { article: string; sentence: number }) =>
      articles.find((a) => a.input.id === ref.article)?.analysis.sentences[ref.sentence];
    const sentences = factSentences(fact);
    // Every version but the base has one link, to the base: never every pair.
    expect(fact.links).toHaveLength(sentences.length - 1);
    const link = fact.links.find((l) => l.article !== fact.base.article);
    expect(link?.score).toBeGreaterThan(0.45);
    const base = articles.find((a) => a.input.id === fact.base.article)?.analysis.text ?? "";
    const own = articles.find((a) => a.input.id === link?.article)?.analysis.text ?? "";
    const pairs = (link?.words ?? []).map((w) => [
      base.slice(...w.base).toLowerCase(),
      own.slice(...w.version).toLowerCase(),
      w.kind,
    ]);
    expect(pairs).toEqual(expect.arrayContaining([["electricity", "electricity", "shared"]]));
    const poor = pairs.find(([a, b]) => [a, b].includes("poor") && [a, b].includes("meager"));
    expect(poor?.[2]).not.toBe("shared");
    // Each word lies inside its sentence.
    const baseSentence = text(fact.base);
    const ownSentence = link ? text(link) : undefined;
    for (const w of link?.words ?? []) {
      expect(w.base[0]).toBeGreaterThanOrEqual(baseSentence?.start ?? Infinity);
      expect(w.base[1]).toBeLessThanOrEqual(baseSentence?.end ?? -1);
      expect(w.version[0]).toBeGreaterThanOrEqual(ownSentence?.start ?? Infinity);
      expect(w.version[1]).toBeLessThanOrEqual(ownSentence?.end ?? -1);
    }
  });

  it("lists only the articles that report a fact, in input order, each with its first sentence", () => {
    const ids = articles.map((a) => a.input.id);
    for (const fact of facts) {
      const listed = fact.coverage.map((c) => c.article);
      expect(listed).toEqual(ids.filter((id) => listed.includes(id)));
      expect(fact.coverage.length).toBeGreaterThan(0);
      for (const c of fact.coverage) {
        for (const later of c.also ?? []) expect(later).toBeGreaterThan(c.sentence);
      }
    }
    const lone = factWith(facts, articles, "wsj-via-eifa", "Kataib Hezbollah");
    expect(lone?.coverage.map((c) => c.article)).toEqual(["wsj-via-eifa"]);
  });

  it("puts every sentence with words in exactly one fact: unaligned ones are single-outlet facts", () => {
    const seen = new Map<string, number>();
    for (const fact of facts) {
      for (const m of factSentences(fact)) {
        const key = `${m.article}#${m.sentence}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    for (const article of articles) {
      for (const sentence of article.analysis.sentences) {
        if (!/[\p{L}\p{N}]/u.test(sentence.text)) continue;
        expect(seen.get(`${article.input.id}#${sentence.index}`)).toBe(1);
      }
    }
    const lone = factWith(facts, articles, "wsj-via-eifa", "Kataib Hezbollah");
    expect(lone && factSentences(lone)).toHaveLength(1);
    expect(lone?.links).toEqual([]);
  });

  it("numbers facts in story order and gives short labels", () => {
    expect(facts.map((f) => f.id)).toEqual(facts.map((_, i) => `fact-${i + 1}`));
    for (const fact of facts) {
      expect(factSchema.parse(fact)).toEqual(fact);
      expect(fact.label.split(" ").length).toBeLessThanOrEqual(12);
      expect(fact.label.length).toBeGreaterThan(0);
    }
    // Story order: the first fact sits higher in its articles than the last one.
    const position = (fact: Fact | undefined) =>
      (fact?.coverage ?? []).map((c) => {
        const count =
          articles.find((a) => a.input.id === c.article)?.analysis.sentences.length ?? 1;
        return c.sentence / Math.max(1, count - 1);
      });
    expect(Math.max(...position(facts[0]))).toBeLessThan(Math.min(...position(facts.at(-1))));
  });

  it("is deterministic", () => {
    expect(alignFacts(articles)).toEqual(facts);
  });
});

describe("placement", () => {
  it("calls the first two sentences, and the first paragraph up to the third sentence, the lede", () => {
    expect(placementOf({ index: 0, paragraph: 0 }, 20).placement).toBe("lede");
    expect(placementOf({ index: 1, paragraph: 1 }, 20).placement).toBe("lede");
    expect(placementOf({ index: 2, paragraph: 0 }, 20).placement).toBe("lede");
    expect(placementOf({ index: 2, paragraph: 1 }, 20).placement).toBe("body");
    expect(placementOf({ index: 3, paragraph: 0 }, 20).placement).toBe("body");
  });

  it("calls the second half buried and gives the relative position", () => {
    expect(placementOf({ index: 9, paragraph: 4 }, 20)).toEqual({
      placement: "body",
      position: 9 / 19,
    });
    expect(placementOf({ index: 10, paragraph: 5 }, 20)).toEqual({
      placement: "buried",
      position: 10 / 19,
    });
    expect(placementOf({ index: 19, paragraph: 9 }, 20)).toEqual({
      placement: "buried",
      position: 1,
    });
    expect(placementOf({ index: 0, paragraph: 0 }, 1)).toEqual({ placement: "lede", position: 0 });
  });
});

describe("factLabel", () => {
  it("trims datelines, attribution tails and quote marks, and cuts at twelve words", () => {
    expect(factLabel("“We’ll respond swiftly and effectively,” the official said.")).toBe(
      "We’ll respond swiftly and effectively",
    );
    expect(
      factLabel(
        "WASHINGTON—The State Department will close the consulate, according to officials.",
      ),
    ).toBe("The State Department will close the consulate");
    expect(factLabel("Still, Pompeo said the threats were increasing.")).toBe(
      "Pompeo said the threats were increasing",
    );
    expect(factLabel("and rockets were fired at the American consulate.")).toBe(
      "Rockets were fired at the American consulate",
    );
    expect(factLabel("Earlier this month, protesters set fire to the consulate.")).toBe(
      "Earlier this month, protesters set fire to the consulate",
    );
    expect(
      factLabel("One two three four five six seven eight nine ten eleven twelve thirteen."),
    ).toBe("One two three four five six seven eight nine ten eleven twelve…");
  });
});
