import { describe, expect, it } from "vitest";
import { analyzeStory, readArticle } from "./analyze";
import { ArticleCache, articleKey, contentHash } from "./article-cache";
import type { ArticleInput } from "./schema";

const article = (id: string, raw: string): ArticleInput => ({
  id,
  outlet: `Outlet ${id}`,
  outletSlug: null,
  title: null,
  published: null,
  byline: null,
  raw,
});

const texts = [
  "The mayor of Springfield resigned on Friday. “I am tired,” she told reporters.",
  "Springfield's mayor will be leaving office, officials said on Friday. Critics blamed the council.",
  "The council accused the mayor of hiding the budget. “We were misled,” a councillor said.",
];
const story = (count: number) => ({
  slug: "s",
  title: "A mayor resigns",
  date: "2020-01-01",
  articles: texts.slice(0, count).map((raw, k) => article(String.fromCharCode(97 + k), raw)),
});

describe("the per-article cache", () => {
  it("gives the same analysis as no cache, and reads only the new article when one is added", () => {
    const cache = new ArticleCache();
    const stages: string[] = [];
    analyzeStory(story(2), { cache, onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(["prepare", "align", "reuse", "quotes", "relations"]);
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
    const grown = analyzeStory(story(3), { cache });
    expect([cache.hits, cache.misses]).toEqual([2, 3]);
    expect(grown).toEqual(analyzeStory(story(3)));
  });

  it("gives byte-identical JSON when cached articles meet a story with other names and words", () => {
    // Work kept per sentence (terms, spans) was made in a story with other names; merging name
    // spellings and weighting words story-wide must still be those of a fresh analysis.
    const other = {
      ...story(1),
      articles: [
        article("x", "Hamah's governor said Hama would reopen. Rockets hit the Springfield depot."),
        ...story(2).articles,
      ],
    };
    const cache = new ArticleCache();
    analyzeStory(other, { cache });
    const grown = analyzeStory(story(3), { cache });
    expect(cache.hits).toBe(2);
    expect(JSON.stringify(grown)).toBe(JSON.stringify(analyzeStory(story(3))));
  });

  it("drops the least recently used entry past its bound", () => {
    const cache = new ArticleCache(2);
    analyzeStory(story(3), { cache });
    expect(cache.size).toBe(2);
  });

  it("keys content, not identity: a changed text is a new entry", () => {
    expect(contentHash("a")).toBe(contentHash("a"));
    expect(contentHash("a")).not.toBe(contentHash("b"));
    expect(contentHash("ab")).not.toBe(contentHash("ba"));
  });

  it("takes work read outside the engine (readArticle, under articleKey) as its own", () => {
    const cache = new ArticleCache(10);
    const articles = story(3).articles;
    for (const a of articles) cache.set(articleKey(a), readArticle(a, []));
    expect(cache.has(articleKey(articles[0] as ArticleInput))).toBe(true);
    expect(cache.hits).toBe(0);
    const withWork = JSON.stringify(analyzeStory(story(3), { cache }));
    expect(cache.hits).toBe(3);
    expect(cache.misses).toBe(0);
    expect(withWork).toBe(JSON.stringify(analyzeStory(story(3))));
  });

  it("keeps neither sentence work nor word matches when one-shot, with the same analysis", () => {
    const cache = new ArticleCache(10, { oneShot: true });
    expect(cache.keepsSentenceWork).toBe(false);
    expect(cache.matches).toBeUndefined();
    const oneShot = JSON.stringify(analyzeStory(story(3), { cache }));
    expect(cache.size).toBe(3);
    expect(oneShot).toBe(JSON.stringify(analyzeStory(story(3))));
  });

  it("gives byte-identical JSON when kept article work meets new quotes, events and names", () => {
    // Work kept per article, quote and name span (blame cues, quote words and grouping, word
    // choice, marked words, name facts, vectors and WordNet senses) must give what a fresh
    // analysis gives, also when the story's event families change between analyses.
    const quoted = [
      "Governor Lena Marsh blamed the harbour board for the flooding. “They ignored every warning,” Marsh told reporters on Monday.",
      "The harbour board rejected the accusation. “We followed the plan,” said its chair, Omar Vell, adding that the storm was unprecedented.",
      "Critics said the board had failed the town. “They ignored every warning,” Governor Lena Marsh said, reportedly.",
      "Residents of Port Ellery protested on Tuesday, accusing Vell of negligence. “Nobody listened,” one resident claimed.",
    ];
    const build = (count: number, eventTerms: { concept: string; lemmas: string[] }[]) => ({
      slug: "flood",
      title: "A harbour floods",
      date: "2021-03-01",
      articles: quoted.slice(0, count).map((raw, k) => article(`q${k}`, raw)),
      eventTerms,
    });
    const cache = new ArticleCache();
    analyzeStory(build(3, []), { cache });
    const floods = [{ concept: "harbour trouble", lemmas: ["harbour", "board"] }];
    const grown = analyzeStory(build(4, floods), { cache });
    expect(cache.hits).toBe(3);
    expect(JSON.stringify(grown)).toBe(JSON.stringify(analyzeStory(build(4, floods))));
    // And again with the families the kept work was first made with.
    const again = analyzeStory(build(4, []), { cache });
    expect(JSON.stringify(again)).toBe(JSON.stringify(analyzeStory(build(4, []))));
  });
});
