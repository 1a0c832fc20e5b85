import { describe, expect, it } from "vitest";
import { type ArticleInput, analyzeStory, ArticleCache, type StoryInput } from "@/lib/analysis";
import { fillArticleCache } from "./article-pool";

// Invented articles: quotes with speakers, blame, shared facts and a reused passage.
const texts = [
  'The river council closed the Elm Street bridge on Monday after inspectors found cracks. "The bridge is not safe for anyone," said Mara Quill, the council\'s chief engineer. Residents blamed the council for years of neglect.',
  'Officials shut the Elm Street bridge on Monday. Council engineer Mara Quill said the structure was unsafe. "We warned them in 2019," said Tomas Reyl, who leads the residents\' group.',
  "The Elm Street bridge closed on Monday after inspectors found cracks. Tomas Reyl accused the council of ignoring warnings. The council denied the claim, saying repairs were planned for next year.",
  'Drivers faced long delays after the bridge closure. "It adds forty minutes to my day," said Ines Varga, a nurse. The mayor blamed the previous council for cutting the repair budget.',
  "Inspectors found cracks in the Elm Street bridge, and the river council closed it on Monday. Mara Quill told reporters that repairs would take six months.",
  'The mayor said on Tuesday that the bridge would reopen in spring. Critics said the council had ignored reports for years. "Nobody listened," Tomas Reyl said.',
];
const articles: ArticleInput[] = texts.map((raw, i) => ({
  id: `a${i}`,
  outlet: `Outlet ${i % 3}`,
  outletSlug: null,
  title: i % 2 === 0 ? `Bridge closed ${i}` : null,
  published: null,
  byline: null,
  raw,
}));
const story: StoryInput = {
  slug: "bridge",
  title: "Bridge",
  date: "2026-11-02",
  articles,
  actors: [],
};

// Each helper thread loads the engine and its models (seconds on a busy machine).
describe("the article pool", { timeout: 120_000 }, () => {
  it("gives the same analysis, byte for byte, as the engine reading the articles itself", async () => {
    const alone = JSON.stringify(analyzeStory(story));
    const cache = new ArticleCache(articles.length, { oneShot: true });
    const report = await fillArticleCache(story, cache, {
      threads: 2,
      minArticles: 1,
      mainReads: false,
    });
    // Every article was read in a helper thread and copied back, so the test covers the copy.
    expect(report).toMatchObject({
      threads: 2,
      byThreads: articles.length,
      byMain: 0,
      errors: [],
    });
    // Each thread tells its CPU time when it is done (a number on Linux, null elsewhere).
    expect(report.threadCpu).toHaveLength(2);
    expect(cache.size).toBe(articles.length);
    const pooled = JSON.stringify(analyzeStory(story, { cache }));
    expect(cache.hits).toBe(articles.length);
    expect(cache.misses).toBe(0);
    expect(pooled).toBe(alone);
  });

  it("leaves a story under the threshold to the engine", async () => {
    const cache = new ArticleCache(articles.length);
    const report = await fillArticleCache(story, cache);
    expect(report).toEqual({ threads: 0, byThreads: 0, byMain: 0, errors: [], threadCpu: [] });
    expect(cache.size).toBe(0);
  });

  it("reads only the articles the cache does not hold yet", async () => {
    const cache = new ArticleCache(articles.length);
    analyzeStory({ ...story, articles: articles.slice(0, 4) }, { cache });
    const report = await fillArticleCache(story, cache, { threads: 1, minArticles: 1 });
    expect(report.byThreads + report.byMain).toBe(2);
    expect(cache.size).toBe(articles.length);
  });
});
