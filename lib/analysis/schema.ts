import { z } from "zod";
import {
  actorKindSchema,
  actorMentionSchema,
  actorSchema,
  blameSchema,
  markedWordSchema,
  quotedVoiceSchema,
  sideInfoSchema,
  voiceSummarySchema,
  wordChoiceSchema,
} from "./schema/relations";
import { articleAnalysisSchema, articleInputSchema } from "./schema/article";
import { factSchema, reusePairSchema, reuseSchema } from "./schema/facts";
import { quoteGroupSchema, quoteSchema } from "./schema/quotes";

/**
 * The contract between the engine and everything that shows its results.
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) into the
 * article's cleaned text unless a field says otherwise.
 *
 * The schemas are split by concept (schema-parts, -diff, -article, -facts,
 * -quotes, -attribution); this module assembles the whole result and the input.
 */
export * from "./schema/article";
export * from "./schema/relations";
export * from "./schema/diff";
export * from "./schema/facts";
export { type Placement, placementSchema, type Voice, voiceSchema } from "./schema/parts";
export * from "./schema/quotes";

/**
 * Bumped when the shape or meaning of the output changes (docs/schema.md).
 * 2: a fact's coverage lists only the articles that report it, and each
 * version is linked to one base version (score and word links) instead of
 * listing member pairs with stored diffs.
 */
export const ANALYSIS_VERSION = 2;

export const storyAnalysisSchema = z.strictObject({
  version: z.literal(ANALYSIS_VERSION),
  story: z.strictObject({ slug: z.string(), title: z.string(), date: z.string() }),
  articles: z.array(articleAnalysisSchema),
  facts: z.array(factSchema),
  reuse: z.array(reuseSchema),
  reusePairs: z.array(reusePairSchema),
  quotes: z.array(quoteSchema),
  quoteGroups: z.array(quoteGroupSchema),
  sides: z.array(sideInfoSchema),
  actors: z.array(actorSchema),
  mentions: z.array(actorMentionSchema),
  blame: z.array(blameSchema),
  voices: z.array(quotedVoiceSchema),
  voiceSummary: z.array(voiceSummarySchema),
  wordChoice: z.array(wordChoiceSchema),
  markedWords: z.array(markedWordSchema),
  /** Things the reader should know about the input (e.g. an article with no sentences). */
  notes: z.array(z.string()),
});
export type StoryAnalysis = z.infer<typeof storyAnalysisSchema>;

export const storyInputSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  date: z.string(),
  articles: z.array(articleInputSchema),
  /** Story-specific actors from the story's frontmatter. */
  actors: z
    .array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        side: z.string(),
        kind: actorKindSchema,
        aliases: z.array(z.string()),
        /** The institution a person or body speaks for (an actor id). */
        represents: z.string().optional(),
        /** A person's grammatical gender as the story states it, for "he"/"she". */
        gender: z.enum(["m", "f"]).optional(),
        /** The actor that backs this group ("Ruritania-backed rebels", "its proxies"). */
        backedBy: z.string().optional(),
      }),
    )
    .default([]),
  /** The story's own words for kinds of event, added to the built-in families for word choice. */
  eventTerms: z
    .array(
      z.strictObject({
        concept: z.string(),
        lemmas: z.array(z.string()).default([]),
        phrases: z.array(z.string()).default([]),
      }),
    )
    .default([]),
});
export type StoryInput = z.input<typeof storyInputSchema>;
