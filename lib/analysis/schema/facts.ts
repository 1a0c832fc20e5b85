import { z } from "zod";
import { textDiffSchema } from "./diff";
import { sentenceRefSchema, spanRefSchema } from "./article";
import { index, placementSchema, ratio, voiceSchema } from "./parts";

/** Why two sentences were aligned: score and shared evidence, so the UI can explain it. */
export const alignedPairSchema = z.strictObject({
  a: sentenceRefSchema,
  b: sentenceRefSchema,
  score: ratio,
  /** Normalised terms (lemmas, names, numbers, n-grams) both sentences share. */
  shared: z.array(z.string()),
  diff: textDiffSchema,
});
export type AlignedPair = z.infer<typeof alignedPairSchema>;

export const factCoverageSchema = z.strictObject({
  article: z.string(),
  placement: placementSchema,
  /** The article's first sentence reporting the fact, or null when absent. */
  sentence: index.nullable(),
  paragraph: index.nullable(),
  /** Relative position of that sentence in the article, 0 (top) to 1 (end). */
  position: ratio.nullable(),
  /** Whose voice the article reports it in (null when absent). */
  voice: voiceSchema.nullable(),
});
export type FactCoverage = z.infer<typeof factCoverageSchema>;

/** A fact: sentences from one or more articles that report the same thing. */
export const factSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  members: z.array(sentenceRefSchema),
  /** One entry per article of the story, in article order. */
  coverage: z.array(factCoverageSchema),
  /** The alignments that joined the members (cross-article pairs), with diffs. */
  pairs: z.array(alignedPairSchema),
});
export type Fact = z.infer<typeof factSchema>;

/** A passage two articles share word for word or nearly. */
export const reuseSchema = z.strictObject({
  id: z.string(),
  a: spanRefSchema,
  b: spanRefSchema,
  /** Length of the shared passage in words (of A's span). */
  words: index,
  similarity: ratio,
  /** Which way the text went, by publication date, when dates allow. */
  direction: z.enum(["a-to-b", "b-to-a", "unknown"]),
});
export type Reuse = z.infer<typeof reuseSchema>;

/** Per article pair: how much of each text is reused from the other. */
export const reusePairSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  words: index,
  /** Share of A's words inside passages shared with B. */
  shareA: ratio,
  shareB: ratio,
  direction: z.enum(["a-to-b", "b-to-a", "unknown"]),
});
export type ReusePair = z.infer<typeof reusePairSchema>;
