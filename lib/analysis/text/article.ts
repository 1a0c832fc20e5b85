import { cleanArticle } from "../clean";

import type { ArticleAnalysis, ArticleInput } from "../schema";
import { segment, type Segmented } from "./segment";

/** An article after cleaning and segmentation: what every later stage works from. */
export interface PreparedArticle {
  input: ArticleInput;
  analysis: ArticleAnalysis;
  segmented: Segmented;
}

/** Clean an article's raw text and split it into paragraphs and sentences. */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const cleaned = cleanArticle(input.raw, { title: input.title, outlet: input.outlet });
  const segmented = segment(cleaned.text);
  let wordCount = 0;
  for (const sentence of segmented.sentences) {
    for (const token of sentence.tokens)
      if (token.type === "word" || token.type === "number") wordCount += 1;
  }
  return {
    input,
    segmented,
    analysis: {
      id: input.id,
      outlet: input.outlet,
      outletSlug: input.outletSlug,
      title: input.title,
      published: input.published,
      byline: input.byline ?? cleaned.byline,
      text: cleaned.text,
      removed: cleaned.removed,
      paragraphs: segmented.paragraphs,
      sentences: segmented.sentences.map(({ tokens: _tokens, ...sentence }) => sentence),
      wordCount,
    },
  };
}
