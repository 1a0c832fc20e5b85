import { toArticleInput } from "@/lib/content/analysis";
import { describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { prepareArticle, type PreparedArticle } from "../text";
import { BASRA_QUOTE_GROUPS, BASRA_QUOTES } from "../../../eval/seed/quotes-gold";
import { preparedFromText } from "../test-helpers/prepared";
import { scoreSeedQuotes } from "../../../eval/score/quotes";
import { findQuotes, groupQuotes } from "./quotes";
import type { Quote } from "../schema";

const story = getStory("basra-consulate-2018");
if (!story) throw new Error("seed story basra-consulate-2018 is missing");

/** The seed articles through the real pipeline (cleaner included), or as raw text with the page chrome left in. */
function seed(clean: boolean): PreparedArticle[] {
  return (story?.articles ?? []).map((article) =>
    clean
      ? prepareArticle(toArticleInput(article))
      : preparedFromText(article.slug, article.raw.replace(/\r\n?/g, "\n").trim()),
  );
}

const normal = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();
function find(quotes: Quote[], article: string, opening: string): Quote | undefined {
  return quotes.find(
    (quote) => quote.article === article && normal(quote.text).startsWith(normal(opening)),
  );
}

describe.each([
  ["cleaned", true],
  ["raw, page chrome kept", false],
])("seed basra-consulate-2018 (%s)", (_label, clean) => {
  const articles = seed(clean);
  const quotes = articles.flatMap(findQuotes);
  const groups = groupQuotes(quotes, articles);

  it("matches the hand-checked gold list: speakers and kinds ≥ 90%, every quote found", () => {
    const score = scoreSeedQuotes(quotes, BASRA_QUOTES);
    expect(score.found).toBe(score.total);
    expect(score.speakerRight / score.total).toBeGreaterThanOrEqual(0.9);
    expect(score.kindRight / score.total).toBeGreaterThanOrEqual(0.9);
    expect(score.extra).toEqual([]);
  });

  it("gets the brief's named cases right", () => {
    expect(find(quotes, "press-tv", "ordered departure")).toMatchObject({ kind: "partial" });
    expect(find(quotes, "epoch-times", "ordered departure")).toMatchObject({
      kind: "partial",
      speaker: "the U.S. State Department",
    });
    expect(find(quotes, "press-tv", "We are not aware")).toMatchObject({
      kind: "direct",
      speaker: "the official",
    });
    expect(find(quotes, "press-tv", "unfortunate move")).toMatchObject({
      kind: "scare",
      speaker: null,
    });
    expect(find(quotes, "news-site-wire-cnn", "Given the increasing")).toMatchObject({
      kind: "direct",
      speaker: "Pompeo",
    });
    expect(find(quotes, "news-site-wire-cnn", "We are working closely")).toMatchObject({
      speaker: "Pompeo",
      attribution: "said X",
    });
    const headline = find(quotes, "press-tv", "security concerns");
    if (!clean) expect(headline).toMatchObject({ kind: "scare", speaker: null });
    else if (headline) expect(headline.kind).toBe("scare");
  });

  it("groups Pompeo's altered quote and the WSJ quotes relayed verbatim", () => {
    for (const expected of BASRA_QUOTE_GROUPS) {
      const ids = expected.members.map((member) => find(quotes, member.article, member.text)?.id);
      expect(ids.every((id) => id !== undefined)).toBe(true);
      const group = groups.find((candidate) =>
        ids.every((id) => id !== undefined && candidate.quotes.includes(id)),
      );
      expect(group, expected.members[0]?.text).toBeDefined();
      expect(group?.altered).toBe(expected.altered);
    }
  });

  it("groups only across articles, with ids in order of first appearance", () => {
    expect(groups.map((group) => group.id)).toEqual(groups.map((_, i) => `qg-${i + 1}`));
    for (const group of groups) {
      const articlesInGroup = new Set(
        group.quotes.map((id) => quotes.find((quote) => quote.id === id)?.article),
      );
      expect(articlesInGroup.size).toBeGreaterThanOrEqual(2);
      expect(group.variants.map((variant) => variant.quote)).toEqual(group.quotes);
    }
  });
});
