import { segment, type PreparedArticle } from "../text";

import type { ArticleInput } from "../schema";

/**
 * A prepared article straight from already clean text, without the page-chrome cleaner: for tests
 * of later stages (so they do not depend on the cleaner) and for evaluation corpora that come
 * clean. Words are counted as prepareArticle counts them (words and numbers).
 */
export function preparedFromText(
  id: string,
  text: string,
  published: string | null = null,
): PreparedArticle {
  const input: ArticleInput = {
    id,
    outlet: id,
    outletSlug: null,
    title: null,
    published,
    byline: null,
    raw: text,
  };
  const segmented = segment(text);
  return {
    input,
    segmented,
    analysis: {
      id,
      outlet: id,
      outletSlug: null,
      title: null,
      published,
      byline: null,
      text,
      removed: [],
      paragraphs: segmented.paragraphs,
      sentences: segmented.sentences.map(({ tokens: _tokens, ...sentence }) => sentence),
      wordCount: segmented.sentences.reduce(
        (sum, s) => sum + s.tokens.filter((t) => t.type === "word" || t.type === "number").length,
        0,
      ),
    },
  };
}

/** mulberry32: a small seeded PRNG for generated test texts. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A long generated text: sentences of 12–24 pseudo-words, five sentences per paragraph. */
export function generatedText(words: number, seed: number): string {
  const random = seededRandom(seed);
  const syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vek", "dor", "pa", "zi", "nor", "bel"];
  const vocabulary = Array.from({ length: 3000 }, (_, i) => {
    let word = "";
    for (let n = i; word.length === 0 || n > 0; n = Math.floor(n / syllables.length))
      word += syllables[n % syllables.length];
    return word;
  });
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 12 + Math.floor(random() * 13);
    const sentence = Array.from(
      { length },
      () => vocabulary[Math.floor(random() * vocabulary.length)] ?? "ka",
    );
    count += length;
    sentences.push(`${sentence.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
    if (sentences.length === 5) {
      paragraphs.push(sentences.join(" "));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(" "));
  return paragraphs.join("\n\n");
}
