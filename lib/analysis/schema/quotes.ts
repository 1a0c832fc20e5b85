import { z } from "zod";
import { textDiffSchema } from "./diff";
import { index } from "./parts";

export const quoteKindSchema = z.enum(["direct", "partial", "scare"]);
export type QuoteKind = z.infer<typeof quoteKindSchema>;

export const quoteSchema = z.strictObject({
  id: z.string(),
  article: z.string(),
  /** Index of the sentence where the quote starts. */
  sentence: index,
  /** Offsets of the quoted words (without the quote marks) in the cleaned text. */
  start: index,
  end: index,
  text: z.string(),
  /** The speaker as the article names them, or null (scare quotes, unattributed). */
  speaker: z.string().nullable(),
  /** Canonical actor id of the speaker, when resolved. */
  speakerActor: z.string().nullable(),
  /** The speaker's party or organisation as the article states it ("Democrats" for "D-Md.", "the Varga campaign"), or null. */
  affiliation: z.string().nullable(),
  /** How the speaker was found, e.g. "said X", "previous sentence", "he → Berg". */
  attribution: z.string().nullable(),
  kind: quoteKindSchema,
  words: index,
});
export type Quote = z.infer<typeof quoteSchema>;

export const quoteVariantSchema = z.strictObject({
  quote: z.string(),
  /**
   * `verbatim`: the same words as the base; `excerpt`: a word-for-word cut of the base (a
   * partial quote, not a change to anyone's words); `altered`: words changed, added or reordered.
   */
  status: z.enum(["verbatim", "excerpt", "altered"]),
  /** Diff from the group's base quote to this variant. */
  diff: textDiffSchema,
});
export type QuoteVariant = z.infer<typeof quoteVariantSchema>;

/** The same quote as printed by different articles. */
export const quoteGroupSchema = z.strictObject({
  id: z.string(),
  /** The base version: the longest printing, ties broken by article order. */
  base: z.string(),
  quotes: z.array(z.string()),
  variants: z.array(quoteVariantSchema),
  altered: z.boolean(),
});
export type QuoteGroup = z.infer<typeof quoteGroupSchema>;
