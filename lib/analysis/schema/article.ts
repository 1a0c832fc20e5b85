import { z } from "zod";
import { index } from "./parts";

export const removalReasonSchema = z.enum([
  "headline",
  "dateline",
  "byline",
  "navigation",
  "caption",
  "inserted-headline",
  "promo",
  "embed",
  "duplicate",
  "boilerplate",
  "markup",
]);
export type RemovalReason = z.infer<typeof removalReasonSchema>;

/** A piece of page chrome taken out of the article, and why. */
export const removedSchema = z.strictObject({
  text: z.string(),
  reason: removalReasonSchema,
  /** Plain-language explanation of the rule that fired. */
  detail: z.string(),
  /** Offsets into the raw text as received. */
  start: index,
  end: index,
});
export type Removed = z.infer<typeof removedSchema>;

export const paragraphSchema = z.strictObject({ index, start: index, end: index });
export type Paragraph = z.infer<typeof paragraphSchema>;

export const sentenceSchema = z.strictObject({
  index,
  text: z.string(),
  start: index,
  end: index,
  paragraph: index,
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const articleAnalysisSchema = z.strictObject({
  /** The article file's slug. */
  id: z.string(),
  /** The outlet's display name. */
  outlet: z.string(),
  outletSlug: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  /** From the frontmatter, else detected in the text (and then listed in `removed`). */
  byline: z.string().nullable(),
  /** The article text with page chrome removed. All offsets below index this. */
  text: z.string(),
  removed: z.array(removedSchema),
  paragraphs: z.array(paragraphSchema),
  sentences: z.array(sentenceSchema),
  wordCount: index,
});
export type ArticleAnalysis = z.infer<typeof articleAnalysisSchema>;

export const sentenceRefSchema = z.strictObject({ article: z.string(), sentence: index });
export type SentenceRef = z.infer<typeof sentenceRefSchema>;

export const spanRefSchema = z.strictObject({ article: z.string(), start: index, end: index });
export type SpanRef = z.infer<typeof spanRefSchema>;

/** What the engine needs of an article: no file paths, no content-layer types. */
export const articleInputSchema = z.strictObject({
  id: z.string().min(1),
  outlet: z.string().min(1),
  outletSlug: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
  raw: z.string(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;
