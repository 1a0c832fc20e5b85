import { describe, expect, it } from "vitest";
import { generateArticles, outletNames, prng, reword, shuffle } from "./big-story-text";

const seeds = [
  {
    outlet: "press-tv",
    title: "US closes consulate",
    body: "First paragraph.\n\nSecond paragraph.\n\nThe officials said the decision was temporary.\n\nProtesters warned of unrest.",
  },
  {
    outlet: "epoch-times",
    title: null,
    body: "Opening line.\nAnother line.\n\nDiplomats announced the move.",
  },
];

describe("the seeded PRNG", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = prng(7);
    const b = prng(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(prng(8)()).not.toBe(first[0]);
  });

  it("shuffles a copy, keeping every item", () => {
    const items = [1, 2, 3, 4, 5, 6];
    const out = shuffle(prng(1), items);
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("rewording", () => {
  it("swaps listed whole words only, keeping a capital", () => {
    expect(reword(prng(1), "Officials said the decision stands.", 1)).toMatch(
      /^Authorities (stated|added) the (move|step) stands\.$/,
    );
    // "Threatsaid" is not a word on the list: untouched.
    expect(reword(prng(1), "Threatsaid nothing.", 1)).toBe("Threatsaid nothing.");
    expect(reword(prng(1), "Officials said it.", 0)).toBe("Officials said it.");
  });
});

describe("the generated story", () => {
  const options = { articles: 40, seed: 3, date: "2018-09-28", profiled: ["eifa", "press-tv"] };

  it("is the same for the same options", () => {
    expect(generateArticles(seeds, options)).toEqual(generateArticles(seeds, options));
    expect(generateArticles(seeds, { ...options, seed: 4 })).not.toEqual(
      generateArticles(seeds, options),
    );
  });

  it("gives each article its own outlet: profiled ones first, then invented names", () => {
    const articles = generateArticles(seeds, options);
    expect(articles).toHaveLength(40);
    expect(articles.slice(0, 2).map((a) => a.outlet)).toEqual(["eifa", "press-tv"]);
    expect(new Set(articles.map((a) => a.outlet)).size).toBe(40);
    expect(new Set(articles.map((a) => a.file)).size).toBe(40);
    expect(articles[0]?.file).toBe("a001.md");
  });

  it("keeps each seed's opening, dates within the week after the story, some unknown", () => {
    const articles = generateArticles(seeds, options);
    for (const article of articles) {
      expect(article.body.length).toBeGreaterThan(0);
      if (article.published) {
        expect(article.published >= "2018-09-28" && article.published <= "2018-10-05").toBe(true);
      }
    }
    expect(articles[0]?.body.startsWith("First paragraph.\n\nSecond paragraph.")).toBe(true);
    expect(articles[1]?.body.startsWith("Opening line.\n\nAnother line.")).toBe(true);
  });

  it("has 300 invented outlet names to draw from, and refuses more articles than outlets", () => {
    expect(new Set(outletNames(prng(1))).size).toBe(300);
    expect(() => generateArticles(seeds, { ...options, articles: 303 })).toThrow(/at most 302/);
  });
});
