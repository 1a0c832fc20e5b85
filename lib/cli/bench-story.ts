import { toArticleInput } from "@/lib/content/analysis";
import { prepareArticle } from "@/lib/analysis/text";
import type { ArticleInput, StoryInput } from "@/lib/analysis/schema";
import { getStories } from "@/lib/content";

/**
 * Synthetic stories for the benchmark, built from real text: the project's
 * own stories' sentences, shuffled and lightly perturbed with a seeded PRNG
 * (a word dropped, swapped or replaced) so near-duplicates and paraphrase-like
 * variants exist, and some paragraphs carried over word for word between
 * articles, as wire copy is.
 */

/** mulberry32: a small seeded PRNG, so every run builds the same stories. */
export function prng(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real sentences from every story in content/, cleaned and segmented as the engine sees them. */
export function sentencePool(): string[] {
  const pool: string[] = [];
  for (const story of getStories()) {
    for (const article of story.articles) {
      const prepared = prepareArticle(toArticleInput(article));
      for (const sentence of prepared.analysis.sentences)
        if (sentence.text.split(" ").length >= 5) pool.push(sentence.text);
    }
  }
  if (pool.length === 0) throw new Error("no sentences found in content/stories");
  return pool;
}

/** Drop, swap or replace a word: enough that copies are near, not exact, duplicates. */
export function perturb(
  sentence: string,
  random: () => number,
  vocabulary: readonly string[],
): string {
  const words = sentence.split(" ");
  const edits = random() < 0.4 ? 0 : random() < 0.67 ? 1 : 2;
  for (let e = 0; e < edits && words.length > 3; e += 1) {
    const i = 1 + Math.floor(random() * (words.length - 2));
    const op = random();
    if (op < 0.33) words.splice(i, 1);
    else if (op < 0.67) [words[i], words[i + 1]] = [words[i + 1] ?? "", words[i] ?? ""];
    else words[i] = vocabulary[Math.floor(random() * vocabulary.length)] ?? "word";
  }
  return words.join(" ");
}

/** A story of `count` articles, each about 30 sentences in paragraphs of one to three. */
export function buildStory(count: number, pool: readonly string[], seed: number): StoryInput {
  const random = prng(seed + count);
  const vocabulary = pool.flatMap((s) => s.split(" ")).filter((w) => /^\p{L}+$/u.test(w));
  const paragraphsByArticle: string[][] = [];
  const articles: ArticleInput[] = [];
  for (let a = 0; a < count; a += 1) {
    const target = 20 + Math.floor(random() * 21);
    const paragraphs: string[] = [];
    let sentences = 0;
    while (sentences < target) {
      const earlier = paragraphsByArticle[Math.floor(random() * Math.max(1, a))];
      if (a > 0 && earlier && earlier.length > 0 && random() < 0.15) {
        // Reused paragraph: wire copy carried over word for word.
        const copied = earlier[Math.floor(random() * earlier.length)] ?? "";
        paragraphs.push(copied);
        sentences += copied.split(/(?<=[.!?”"])\s+/).length;
        continue;
      }
      const length = 1 + Math.floor(random() * 3);
      const picked: string[] = [];
      for (let k = 0; k < length; k += 1)
        picked.push(perturb(pool[Math.floor(random() * pool.length)] ?? "", random, vocabulary));
      paragraphs.push(picked.join(" "));
      sentences += length;
    }
    paragraphsByArticle.push(paragraphs);
    const day = 1 + Math.floor(random() * 4);
    articles.push({
      id: `article-${a + 1}`,
      outlet: `Outlet ${(a % 50) + 1}`,
      outletSlug: null,
      title: null,
      published: random() < 0.8 ? `2018-09-2${day + 5}` : null,
      byline: null,
      raw: paragraphs.join("\n\n"),
    });
  }
  return {
    slug: `bench-${count}`,
    title: `Benchmark story of ${count} articles`,
    date: "2018-09-28",
    articles,
  };
}
