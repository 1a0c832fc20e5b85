import { cleanArticle } from "./clean";
import type { ArticleAnalysis, ArticleInput } from "./schema";
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
  const wordCount = segmented.sentences.reduce(
    (sum, sentence) => sum + sentence.tokens.filter((t) => t.type === "word" || t.type === "number").length,
    0,
  );
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
