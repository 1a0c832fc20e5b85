import { toArticleInput } from "@/lib/content/analysis";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { alignFacts } from "./align";
import { prepareArticle, type PreparedArticle } from "../text";
import { applySide, normaliseSpace } from "./diff";
import { factLabel } from "./fact-label";
import { findGoldSentence } from "../../../eval/score/alignment";
import { generatedText, preparedFromText } from "../test-helpers/prepared";
import { placementOf } from "./placement";
import { type Fact, factSchema } from "../schema";

/** The fact containing the sentence of `article` that includes `text`. */
function factWith(
  facts: readonly Fact[],
  articles: readonly PreparedArticle[],
  article: string,
  text: string,
): Fact | undefined {
  const index = sentenceIndex(articles, article, text);
  return facts.find((f) => f.members.some((m) => m.article === article && m.sentence === index));
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

/** True when one fact has both sentences (a sentence with two clauses can be in two facts). */
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
      f.members.some((m) => m.article === a[0] && m.sentence === ia) &&
      f.members.some((m) => m.article === b[0] && m.sentence === ib),
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

  it("explains each aligned pair with a score, shared terms and a diff of the two sentences", () => {
    const fact = factWith(facts, articles, "press-tv", "poor electricity supplies");
    const pair = fact?.pairs.find((p) => p.a.article === "press-tv" || p.b.article === "press-tv");
    expect(pair).toBeDefined();
    if (!pair) return;
    expect(pair.score).toBeGreaterThan(0.5);
    expect(pair.shared).toEqual(expect.arrayContaining(["electricity", "poor", "impure"]));
    expect(pair.diff.changes).toContain("“poor” → “meager”");
    const text = (ref: { article: string; sentence: number }) =>
      articles.find((a) => a.input.id === ref.article)?.analysis.sentences[ref.sentence]?.text ??
      "";
    expect(applySide(pair.diff.parts, "a")).toBe(normaliseSpace(text(pair.a)));
    expect(applySide(pair.diff.parts, "b")).toBe(normaliseSpace(text(pair.b)));
  });

  it("has one coverage entry per article, in input order, and “absent” where an article lacks the fact", () => {
    const ids = articles.map((a) => a.input.id);
    for (const fact of facts) {
      expect(fact.coverage.map((c) => c.article)).toEqual(ids);
      for (const coverage of fact.coverage) {
        const members = fact.members
          .filter((m) => m.article === coverage.article)
          .map((m) => m.sentence);
        if (members.length === 0)
          expect(coverage).toMatchObject({
            placement: "absent",
            sentence: null,
            position: null,
            voice: null,
          });
        else expect(coverage.sentence).toBe(Math.min(...members));
      }
    }
    const nauert = factWith(facts, articles, "press-tv", "Heather Nauert said on Friday");
    expect(nauert?.coverage.find((c) => c.article === "wsj-via-eifa")?.placement).toBe("absent");
  });

  it("keeps every sentence: unaligned ones are single-outlet facts", () => {
    for (const article of articles) {
      for (const sentence of article.analysis.sentences) {
        if (!/[\p{L}\p{N}]/u.test(sentence.text)) continue;
        expect(
          facts.some((f) =>
            f.members.some((m) => m.article === article.input.id && m.sentence === sentence.index),
          ),
        ).toBe(true);
      }
    }
    const lone = factWith(facts, articles, "wsj-via-eifa", "Kataib Hezbollah");
    expect(lone?.members).toHaveLength(1);
    expect(lone?.pairs).toEqual([]);
    expect(lone?.coverage.filter((c) => c.placement !== "absent")).toHaveLength(1);
  });

  it("numbers facts in story order and gives short labels", () => {
    expect(facts.map((f) => f.id)).toEqual(facts.map((_, i) => `fact-${i + 1}`));
    for (const fact of facts) {
      expect(factSchema.parse(fact)).toEqual(fact);
      expect(fact.label.split(" ").length).toBeLessThanOrEqual(12);
      expect(fact.label.length).toBeGreaterThan(0);
    }
    const first =
      facts[0]?.coverage.filter((c) => c.position !== null).map((c) => c.position ?? 0) ?? [];
    const last =
      facts
        .at(-1)
        ?.coverage.filter((c) => c.position !== null)
        .map((c) => c.position ?? 0) ?? [];
    expect(Math.max(...first)).toBeLessThan(Math.min(...last));
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

describe("alignFacts edge cases", () => {
  it("handles no articles, an empty article and a single article", () => {
    expect(alignFacts([])).toEqual([]);
    const one = preparedFromText("one", "Rockets hit the consulate. Nobody was hurt.");
    const empty = preparedFromText("empty", "");
    const facts = alignFacts([one, empty]);
    expect(facts.map((f) => f.members)).toEqual([
      [{ article: "one", sentence: 0 }],
      [{ article: "one", sentence: 1 }],
    ]);
    for (const fact of facts)
      expect(fact.coverage[1]).toMatchObject({ article: "empty", placement: "absent" });
  });

  it("aligns a wire sentence across 50 outlets into one fact with one member per article", () => {
    const wire =
      "The State Department ordered the evacuation of its consulate in Basra after rocket fire near the compound.";
    const articles = Array.from({ length: 50 }, (_, i) =>
      preparedFromText(
        `outlet-${i}`,
        `Outlet ${i} reports on day ${i}. ${i % 2 ? wire : wire.replace("rocket fire", "rocket attacks")} Local story number ${i} about tomatoes${"s".repeat(i)}.`,
      ),
    );
    const started = performance.now();
    const facts = alignFacts(articles);
    expect(performance.now() - started).toBeLessThan(5000);
    const fact = facts.find((f) => f.members.length > 1 && f.label.includes("evacuation"));
    expect(fact?.members).toHaveLength(50);
    expect(new Set(fact?.members.map((m) => m.article)).size).toBe(50);
    expect(fact?.pairs.length).toBeLessThanOrEqual(10);
  });

  it("copes with a 200,000-word article", () => {
    const long = preparedFromText("long", generatedText(200_000, 7));
    const short = preparedFromText(
      "short",
      long.analysis.sentences
        .slice(100, 103)
        .map((s) => s.text)
        .join(" "),
    );
    const started = performance.now();
    const facts = alignFacts([long, short]);
    expect(performance.now() - started).toBeLessThan(20_000);
    for (const s of [100, 101, 102]) {
      expect(
        facts.find((f) => f.members.some((m) => m.article === "long" && m.sentence === s))?.members,
      ).toHaveLength(2);
    }
  }, 60_000);

  it("aligns text without any punctuation, and Arabic and Cyrillic text", () => {
    const words =
      "the council voted to rebuild the old bridge over the river after the spring floods destroyed it";
    const facts = alignFacts([
      preparedFromText("a", `${words} and ${"many more words follow here ".repeat(40)}`),
      preparedFromText("b", `${words} while ${"other unrelated matters came up ".repeat(40)}`),
      preparedFromText(
        "ru",
        "Протестующие подожгли консульство Ирана в Басре. Погода была жаркой.",
      ),
      preparedFromText(
        "ru2",
        "Вчера протестующие подожгли консульство Ирана в Басре. Рынок закрыт.",
      ),
      preparedFromText("ar", "المتظاهرون أحرقوا القنصلية الإيرانية في البصرة."),
      preparedFromText("ar2", "أمس المتظاهرون أحرقوا القنصلية الإيرانية في البصرة."),
    ]);
    const together = (a: string, b: string) =>
      facts.some(
        (f) =>
          f.members.some((m) => m.article === a) &&
          f.members.some((m) => m.article === b && m.sentence === 0),
      );
    expect(together("a", "b")).toBe(true);
    expect(together("ru", "ru2")).toBe(true);
    expect(together("ar", "ar2")).toBe(true);
  });
});

describe("alignFacts properties", () => {
  const pool = [
    "Protesters set fire to the Iranian consulate in Basra.",
    "A group of attackers set fire to the Iranian consulate in Basra.",
    "The State Department will close the consulate and evacuate its diplomats.",
    "Rockets landed near the airport, causing no injuries.",
    "Residents complained of poor electricity supplies and impure water.",
    "Residents complained of meager electricity supplies and impure water.",
    "Iran denied any role in the attacks on the compound.",
    "The minister blamed rival parties for the collapse of the talks.",
  ];
  const story = fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 6 }), {
    minLength: 1,
    maxLength: 5,
  });

  it("is deterministic and only refers to sentences that exist", () => {
    fc.assert(
      fc.property(story, (picks) => {
        const articles = picks.map((indices, a) =>
          preparedFromText(
            `a${a}`,
            indices.map((i, k) => (k % 2 ? `${pool[i]}\n\n` : `${pool[i]} `)).join(""),
          ),
        );
        const facts = alignFacts(articles);
        expect(alignFacts(articles)).toEqual(facts);
        for (const fact of facts) {
          expect(fact.coverage).toHaveLength(articles.length);
          for (const ref of [...fact.members, ...fact.pairs.flatMap((p) => [p.a, p.b])]) {
            const article = articles.find((a) => a.input.id === ref.article);
            expect(article?.analysis.sentences[ref.sentence]).toBeDefined();
          }
          for (const coverage of fact.coverage) {
            const article = articles.find((a) => a.input.id === coverage.article);
            if (coverage.sentence !== null)
              expect(article?.analysis.sentences[coverage.sentence]).toBeDefined();
          }
        }
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
