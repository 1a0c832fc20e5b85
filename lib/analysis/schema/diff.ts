import { z } from "zod";
import { ratio } from "./parts";

/** One piece of a word-level diff from A to B. */
export const diffPartSchema = z.strictObject({
  op: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
});
export type DiffPart = z.infer<typeof diffPartSchema>;

export const diffKindSchema = z.enum([
  "identical",
  "punctuation",
  "substitution",
  "reorder",
  "addition",
  "deletion",
  "rewrite",
]);
export type DiffKind = z.infer<typeof diffKindSchema>;

/** A word-level diff from text A to text B, with a short account of what changed. */
export const textDiffSchema = z.strictObject({
  parts: z.array(diffPartSchema),
  kind: diffKindSchema,
  /** Human-readable changes, e.g. `“meager” → “poor”`, `dropped “, citing threats”`. */
  changes: z.array(z.string()),
  /** One line: e.g. "One word substituted: “meager” → “poor”". */
  summary: z.string(),
  /** Word overlap of A and B (Dice: twice the shared words over all words), 0–1. */
  similarity: ratio,
});
export type TextDiff = z.infer<typeof textDiffSchema>;
