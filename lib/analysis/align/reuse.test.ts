import { toArticleInput } from "@/lib/content/analysis";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { prepareArticle, type PreparedArticle } from "../text";
import { growth } from "../test-helpers/growth";
import { generatedText, preparedFromText } from "../test-helpers/prepared";
import { findReuse, reuseDirection } from "./reuse";
import { type Reuse, reusePairSchema, reuseSchema } from "../schema";

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** The span covers whole words: no word character just outside it, none missing at its edges. */
function wholeWords(text: string, start: number, end: number): boolean {
  const inside = text.slice(start, end);
  return (
    start < end &&
    end <= text.length &&
    !(start > 0 && WORD.test(text[start - 1] ?? "") && WORD.test(text[start] ?? "")) &&
    !(end < text.length && WORD.test(text[end] ?? "") && WORD.test(text[end - 1] ?? "")) &&
    inside.trim() === inside
  );
}

function spanText(articles: readonly PreparedArticle[], span: Reuse["a"]): string {
  return (
    articles.find((a) => a.input.id === span.article)?.analysis.text.slice(span.start, span.end) ??
    ""
  );
}

function checkSpans(articles: readonly PreparedArticle[], reuse: readonly Reuse[]): void {
  for (const item of reuse) {
    expect(reuseSchema.parse(item)).toEqual(item);
    for (const span of [item.a, item.b]) {
      const text = articles.find((a) => a.input.id === span.article)?.analysis.text ?? "";
      expect(wholeWords(text, span.start, span.end)).toBe(true);
    }
  }
}

describe("findReuse on the Basra seed story", () => {
  let articles: PreparedArticle[] = [];
  let result: ReturnType<typeof findReuse> = { reuse: [], pairs: [] };
  beforeAll(() => {
    const story = getStory("basra-consulate-2018");
    if (!story) throw new Error("seed story missing");
    articles = story.articles.map(toArticleInput).map(prepareArticle);
    result = findReuse(articles);
  });

  it("finds the Nauert sentence shared by Press TV and the news site", () => {
    const item = result.reuse.find(
      (r) =>
        [r.a.article, r.b.article].sort().join() === "news-site-wire-cnn,press-tv" &&
        spanText(articles, r.a).includes("Heather Nauert said on Friday"),
    );
    expect(item).toBeDefined();
    if (!item) return;
    expect(spanText(articles, item.b)).toContain(
      "temporarily relocating the US diplomatic personnel in the Arab country",
    );
    expect(item.words).toBeGreaterThanOrEqual(30);
    expect(item.similarity).toBe(1);
  });

  it("finds both quotes shared by the WSJ reprint and the US relay site", () => {
    const between = result.reuse.filter(
      (r) => [r.a.article, r.b.article].sort().join() === "us-site-wsj-relay,wsj-via-eifa",
    );
    const texts = between.map((r) => spanText(articles, r.a));
    expect(texts.some((t) => t.includes("Bottom line, if we are attacked we’ll respond"))).toBe(
      true,
    );
    expect(
      texts.some((t) =>
        t.includes("respond swiftly and effectively, and it will not be at proxies"),
      ),
    ).toBe(true);
  });

  it("joins a passage with reordered words into one span", () => {
    const item = result.reuse.find((r) =>
      spanText(articles, r.a).startsWith("Given the increasing and specific threats"),
    );
    expect(item).toBeDefined();
    expect(spanText(articles, item?.a ?? { article: "", start: 0, end: 0 })).toMatch(/take place$/);
    expect(item?.similarity).toBeLessThan(1);
  });

  it("returns spans of whole words, ids in order and pair summaries", () => {
    checkSpans(articles, result.reuse);
    expect(result.reuse.map((r) => r.id)).toEqual(result.reuse.map((_, i) => `reuse-${i + 1}`));
    for (const pair of result.pairs) {
      expect(reusePairSchema.parse(pair)).toEqual(pair);
      const passages = result.reuse.filter((r) => r.a.article === pair.a && r.b.article === pair.b);
      expect(pair.words).toBe(passages.reduce((sum, r) => sum + r.words, 0));
    }
  });

  it("dates the direction: the WSJ reprint (29 Sept) went into the Epoch Times (30 Sept)", () => {
    const item = result.reuse.find(
      (r) => r.a.article === "epoch-times" && r.b.article === "wsj-via-eifa",
    );
    expect(item?.direction).toBe("b-to-a");
  });
});

describe("reuseDirection", () => {
  it("goes from the earlier to the later publication, else unknown", () => {
    expect(reuseDirection("2018-09-28", "2018-09-29")).toBe("a-to-b");
    expect(reuseDirection("2018-09-30", "2018-09-29")).toBe("b-to-a");
    expect(reuseDirection("2018-09-29", "2018-09-29")).toBe("unknown");
    expect(reuseDirection(null, "2018-09-29")).toBe("unknown");
    expect(reuseDirection("not a date", "2018-09-29")).toBe("unknown");
  });
});

describe("findReuse", () => {
  const wire =
    "The State Department ordered the departure of all staff from its consulate in the southern city after several rockets landed near the compound on Thursday night.";

  it("reports a near-identical passage once, across a changed word, with its share of each text", () => {
    const a = preparedFromText(
      "a",
      `Local news first. ${wire} The weather was fine.`,
      "2018-09-28",
    );
    const b = preparedFromText(
      "b",
      `${wire.replace("several", "three")} Other things happened later that day in the capital.`,
      "2018-09-29",
    );
    const { reuse, pairs } = findReuse([a, b]);
    expect(reuse).toHaveLength(1);
    const item = reuse[0] as Reuse;
    expect(spanText([a, b], item.a)).toBe(wire.replace(/\.$/, ""));
    expect(spanText([a, b], item.b)).toBe(wire.replace("several", "three").replace(/\.$/, ""));
    expect(item.direction).toBe("a-to-b");
    expect(item.similarity).toBeGreaterThan(0.9);
    expect(item.similarity).toBeLessThan(1);
    expect(pairs).toEqual([
      {
        a: "a",
        b: "b",
        words: item.words,
        shareA: expect.closeTo(item.words / 33, 3),
        shareB: expect.closeTo(item.words / 35, 3),
        direction: "a-to-b",
      },
    ]);
  });

  it("ignores unrelated texts and short common phrases", () => {
    const a = preparedFromText("a", "Secretary of State Mike Pompeo said the talks went well.");
    const b = preparedFromText(
      "b",
      "Secretary of State Mike Pompeo said nothing about the weather.",
    );
    expect(findReuse([a, b])).toEqual({ reuse: [], pairs: [] });
  });

  it("handles no articles, an empty article and a single article", () => {
    expect(findReuse([])).toEqual({ reuse: [], pairs: [] });
    expect(findReuse([preparedFromText("one", wire), preparedFromText("empty", "")])).toEqual({
      reuse: [],
      pairs: [],
    });
  });

  /** Articles that each carry the wire paragraph between lines of their own. */
  const outlets = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      preparedFromText(
        `outlet-${i}`,
        `Outlet ${i} opens its own way, story ${i}. ${wire} It closes its own way, number ${i}.`,
      ),
    );

  it("links 50 outlets carrying the same wire paragraph", () => {
    const articles = outlets(50);
    const { reuse, pairs } = findReuse(articles);
    const linked = new Set(pairs.flatMap((p) => [p.a, p.b]));
    expect(linked.size).toBe(50);
    checkSpans(articles, reuse);
    for (const item of reuse)
      expect(spanText(articles, item.a)).toContain("The State Department ordered the departure");
  });

  // Every outlet shares every shingle of the wire, so comparing all pairs would cost n²: eight
  // times the outlets must cost about eight times as much (64 if quadratic). A growth ratio, not
  // milliseconds, because CI hosts vary; speed itself is `npm run bench`'s to measure.
  it("grows linearly with the outlets sharing one paragraph", () => {
    expect(growth(outlets(50), outlets(400), findReuse)).toBeLessThan(24);
  });

  // A long article against a short excerpt of it: eight times the words must cost about eight
  // times as much (64 if quadratic), measured as a ratio for the same reason as above.
  it("copes with an 80,000-word article, in time linear in its length", () => {
    const pair = (words: number) => {
      const long = preparedFromText("long", generatedText(words, 3));
      const excerpt = long.analysis.text
        .slice(20_000, 23_000)
        .replace(/^\S*\s/, "")
        .replace(/\s\S*$/, "");
      return [long, preparedFromText("short", `Before. ${excerpt} After.`)];
    };
    const large = pair(80_000);
    const { reuse } = findReuse(large);
    expect(reuse.length).toBeGreaterThanOrEqual(1);
    expect(reuse.reduce((sum, r) => sum + r.words, 0)).toBeGreaterThan(300);
    checkSpans(large, reuse);
    expect(growth(pair(10_000), large, findReuse)).toBeLessThan(24);
  }, 60_000);

  it("finds reuse in text without punctuation and in Arabic and Cyrillic", () => {
    const bare =
      "the council voted on tuesday to rebuild the old stone bridge over the river after the spring floods";
    const ru =
      "Протестующие подожгли консульство Ирана в Басре и потребовали чистой воды и электричества";
    const ar = "أحرق المتظاهرون القنصلية الإيرانية في البصرة وطالبوا بالماء النظيف والكهرباء";
    const articles = [
      preparedFromText("a", `some words first ${bare} and then more`),
      preparedFromText("b", `${bare} while other things`),
      preparedFromText("ru", `Вчера. ${ru}.`),
      preparedFromText("ru2", `${ru}. Сегодня тихо.`),
      preparedFromText("ar", `أمس ${ar}.`),
      preparedFromText("ar2", `${ar}. اليوم هادئ.`),
    ];
    const { reuse } = findReuse(articles);
    const between = (x: string, y: string) =>
      reuse.find((r) => r.a.article === x && r.b.article === y);
    expect(spanText(articles, between("a", "b")?.a ?? { article: "", start: 0, end: 0 })).toBe(
      bare,
    );
    expect(spanText(articles, between("ru", "ru2")?.b ?? { article: "", start: 0, end: 0 })).toBe(
      ru,
    );
    expect(spanText(articles, between("ar", "ar2")?.b ?? { article: "", start: 0, end: 0 })).toBe(
      ar,
    );
    checkSpans(articles, reuse);
  });
});

describe("findReuse properties", () => {
  const pool = [
    "The State Department ordered the departure of all staff from its consulate in the southern city.",
    "Several rockets landed near the compound on Thursday night, causing no injuries, officials said.",
    "Residents have protested for weeks over poor electricity supplies and impure water in the city.",
    "Iran's foreign ministry called the accusations baseless and a laughable justification for the move.",
  ];
  const piece = fc.record({
    sentence: fc.integer({ min: 0, max: pool.length - 1 }),
    drop: fc.integer({ min: 0, max: 14 }),
  });
  const story = fc.array(fc.array(piece, { maxLength: 5 }), { minLength: 1, maxLength: 5 });

  it("is deterministic and keeps offsets inside the text, on word boundaries", () => {
    fc.assert(
      fc.property(story, (picks) => {
        const articles = picks.map((pieces, a) =>
          preparedFromText(
            `a${a}`,
            pieces
              .map(({ sentence, drop }) => {
                const words = (pool[sentence] ?? "").split(" ");
                if (drop > 0 && drop < words.length) words.splice(drop, 1);
                return words.join(" ");
              })
              .join(" "),
            a % 2 ? "2018-09-28" : null,
          ),
        );
        const result = findReuse(articles);
        expect(findReuse(articles)).toEqual(result);
        checkSpans(articles, result.reuse);
        for (const pair of result.pairs) {
          expect(pair.shareA).toBeGreaterThanOrEqual(0);
          expect(pair.shareA).toBeLessThanOrEqual(1);
          expect(pair.shareB).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
