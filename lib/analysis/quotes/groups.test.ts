import { describe, expect, it } from "vitest";
import { growth } from "../test-helpers/growth";
import { preparedFromText } from "../test-helpers/prepared";
import { groupQuotes } from "./groups";
import type { Quote, QuoteKind } from "../schema";

function quote(article: string, n: number, text: string, kind: QuoteKind = "direct"): Quote {
  return {
    id: `q-${article}-${n}`,
    article,
    sentence: 0,
    start: n * 1000,
    end: n * 1000 + text.length,
    text,
    speaker: kind === "scare" ? null : "X",
    speakerActor: null,
    affiliation: null,
    attribution: null,
    kind,
    words: text.split(/\s+/).length,
  };
}

const articles = (...ids: string[]) => ids.map((id) => preparedFromText(id, ""));

const GIVEN_A =
  "Given the increasing and specific threats and incitement to attack our personnel and facilities in Iraq, I have directed that an appropriate temporary relocation of diplomatic personnel in Iraq take place";
const GIVEN_B =
  "Given the increasing and specific threats and incitement to attack our personnel and facilities in Iraq, I have directed that a temporary and appropriate relocation of diplomatic personnel in Iraq take place";

describe("groupQuotes", () => {
  it("groups an altered (reordered) printing and takes the longest as base", () => {
    const quotes = [quote("press-tv", 1, GIVEN_A), quote("news-site", 1, GIVEN_B)];
    const [group, ...rest] = groupQuotes(quotes, articles("press-tv", "news-site"));
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      id: "qg-1",
      base: "q-news-site-1",
      quotes: ["q-press-tv-1", "q-news-site-1"],
      altered: true,
    });
    expect(group?.variants.map((v) => [v.quote, v.status, v.diff.kind])).toEqual([
      ["q-press-tv-1", "altered", "reorder"],
      ["q-news-site-1", "verbatim", "identical"],
    ]);
  });

  it("counts case, punctuation and quote style as verbatim; ties go to the earlier article", () => {
    const quotes = [
      quote("wsj", 1, "Bottom line, if we are attacked we’ll respond,"),
      quote("relay", 1, "bottom line if we are attacked we'll respond"),
    ];
    const [group] = groupQuotes(quotes, articles("wsj", "relay"));
    expect(group).toMatchObject({ base: "q-wsj-1", altered: false });
    expect(group?.variants.map((v) => v.status)).toEqual(["verbatim", "verbatim"]);
  });

  it("groups a truncated printing and one with an ellipsis", () => {
    const full =
      "We remain strongly committed to supporting Iraqis in the southern provinces and throughout the country";
    const quotes = [
      quote("a", 1, full),
      quote("b", 1, "We remain strongly committed to supporting Iraqis in the southern provinces"),
      quote("c", 1, "We remain strongly committed … throughout the country"),
    ];
    const [group, ...rest] = groupQuotes(quotes, articles("a", "b", "c"));
    expect(rest).toEqual([]);
    expect(group?.quotes).toEqual(["q-a-1", "q-b-1", "q-c-1"]);
    expect(group?.variants.map((v) => [v.status, v.diff.kind])).toEqual([
      ["verbatim", "identical"],
      ["excerpt", "deletion"],
      ["excerpt", "deletion"],
    ]);
  });

  it("calls a cut altered when a gap is not marked or a word changed", () => {
    const full =
      "We remain strongly committed to supporting Iraqis in the southern provinces and throughout the country";
    const quotes = [
      quote("a", 1, full),
      quote("b", 1, "We remain strongly committed to Iraqis in the southern provinces"),
      quote("c", 1, "We remain firmly committed to supporting Iraqis in the southern provinces"),
    ];
    const [group] = groupQuotes(quotes, articles("a", "b", "c"));
    expect(group?.variants.map((v) => v.status)).toEqual(["verbatim", "altered", "altered"]);
  });

  it("joins a partial quote held word for word in a longer quote of another outlet", () => {
    const quotes = [
      quote("epoch", 1, "increasing and specific", "partial"),
      quote("press-tv", 1, GIVEN_A),
    ];
    expect(groupQuotes(quotes, articles("epoch", "press-tv")).map((g) => g.quotes)).toEqual([
      ["q-epoch-1", "q-press-tv-1"],
    ]);
  });

  it("a short fragment never bridges two different quotes", () => {
    const quotes = [
      quote("a", 1, "This is a war of choice now and we should end it before the autumn"),
      quote("b", 1, "Nobody here believes it was a war of choice now that the records are out"),
      quote("c", 1, "a war of choice now", "partial"),
    ];
    const groups = groupQuotes(quotes, articles("a", "b", "c"));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.quotes).toHaveLength(2);
  });

  it("does not group quotes printed by one article only, scare quotes into long quotes, or different quotes", () => {
    expect(
      groupQuotes([quote("a", 1, GIVEN_A), quote("a", 2, GIVEN_A)], articles("a", "b")),
    ).toEqual([]);
    expect(
      groupQuotes(
        [quote("a", 1, "specific threats and incitement", "scare"), quote("b", 1, GIVEN_A)],
        articles("a", "b"),
      ),
    ).toEqual([]);
    expect(
      groupQuotes(
        [quote("a", 1, "We will respond swiftly"), quote("b", 1, "They will never respond")],
        articles("a", "b"),
      ),
    ).toEqual([]);
  });

  it("groups exactly equal short quotes, numbering groups by first appearance", () => {
    const quotes = [
      quote("b", 2, "security concerns", "scare"),
      quote("a", 5, "ordered departure", "partial"),
      quote("b", 1, "ordered departure", "partial"),
      quote("a", 9, "security concerns", "scare"),
    ];
    expect(groupQuotes(quotes, articles("a", "b")).map((g) => [g.id, g.quotes])).toEqual([
      ["qg-1", ["q-a-5", "q-b-1"]],
      ["qg-2", ["q-a-9", "q-b-2"]],
    ]);
  });

  // Exact repeats are joined before any pair is compared, so the work grows with the quotes, not
  // their square: eight times the articles repeating the same 200 statements must cost well under
  // 24 times as much (64 if every quote were compared with every other). A growth ratio of CPU
  // time, not milliseconds, because CI hosts vary; speed itself is `npm run bench`'s to measure.
  it("scales to 1,000 articles, in time linear in the quotes", () => {
    const pool = Array.from(
      { length: 200 },
      (_, i) =>
        `Statement number ${i} says the ministry will review policy ${i} with partners soon`,
    );
    const story = (count: number) => {
      const ids = Array.from({ length: count }, (_, i) => `article-${i}`);
      const quotes = ids.flatMap((id, i) =>
        Array.from({ length: 10 }, (_, k) =>
          quote(id, k + 1, pool[(i * 7 + k * 13) % pool.length] ?? ""),
        ),
      );
      return { quotes, articles: articles(...ids) };
    };
    const large = story(1000);
    const groups = groupQuotes(large.quotes, large.articles);
    expect(groups).toHaveLength(200);
    expect(groupQuotes(large.quotes, large.articles)).toEqual(groups);
    const group = (s: ReturnType<typeof story>) => groupQuotes(s.quotes, s.articles);
    expect(growth(story(125), large, group)).toBeLessThan(24);
  });
});
