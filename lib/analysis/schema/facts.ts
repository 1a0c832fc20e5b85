import { z } from "zod";
import { type SentenceRef, spanRefSchema } from "./article";
import { index, ratio, voiceSchema } from "./parts";

/** How a word of one version stands for a word of the base version (see lib/analysis/semantics). */
export const wordMatchKindSchema = z.enum([
  "shared",
  "synonym",
  "similar",
  "broader",
  "related",
  "vector",
  "alias",
]);
export type WordMatchKind = z.infer<typeof wordMatchKindSchema>;

/** A [start, end) span: UTF-16 offsets into an article's cleaned text. */
const spanSchema = z.tuple([index, index]);

/** A word of a version matched to a word of the fact's base version. */
export const wordLinkSchema = z.strictObject({
  kind: wordMatchKindSchema,
  /** The word in the base version's sentence (offsets into the base article's text). */
  base: spanSchema,
  /** The word in this version's sentence (offsets into its own article's text). */
  version: spanSchema,
});
export type FactWordLink = z.infer<typeof wordLinkSchema>;

/**
 * Why one version was aligned with the fact's base version: the similarity
 * score and the word pairs behind it. Word diffs are not stored: a page
 * makes them from the two sentences when it shows them.
 */
export const versionLinkSchema = z.strictObject({
  /** The version: an article and one of its sentences in the fact. */
  article: z.string(),
  sentence: index,
  score: ratio,
  /** Shared and similar words, in the version's word order; empty for a word-for-word copy. */
  words: z.array(wordLinkSchema),
});
export type VersionLink = z.infer<typeof versionLinkSchema>;

/** Where a reporting article places the fact. */
export const reportedPlacementSchema = z.enum(["lede", "body", "buried"]);
export type ReportedPlacement = z.infer<typeof reportedPlacementSchema>;

/**
 * One article reporting a fact. Articles that do not report it have no
 * entry: absence is derived by views from the story's article list.
 */
export const factCoverageSchema = z.strictObject({
  article: z.string(),
  /** The article's first sentence reporting the fact (its paragraph and position are the sentence's). */
  sentence: index,
  /** Later sentences of the article that state the fact again (absent when none). */
  also: z.array(index).optional(),
  placement: reportedPlacementSchema,
  /** Whose voice the article reports it in. */
  voice: voiceSchema.nullable(),
});
export type FactCoverage = z.infer<typeof factCoverageSchema>;

/**
 * An article that does not report a fact by the aligner's measure but has a sentence close to
 * one of its sentences (a near miss): it may say the fact in other words, so a page must not
 * say it leaves the fact out.
 */
export const factMaybeSchema = z.strictObject({
  article: z.string(),
  /** The article's sentence closest to the fact. */
  sentence: index,
  /** Its similarity to the fact's closest sentence (below the score that joins a fact). */
  score: ratio,
});
export type FactMaybe = z.infer<typeof factMaybeSchema>;

/**
 * A fact: sentences from one or more articles that report the same thing
 * (an article's second sentence in a fact restates its first); a sentence is
 * in at most one fact.
 */
export const factSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  /** The articles reporting it, in article order, each with its sentence. */
  coverage: z.array(factCoverageSchema),
  /** The base version, the one closest to all the others: its article and sentence. */
  base: z.strictObject({ article: z.string(), sentence: index }),
  /** Every other version against the base (never every pair), in story order. */
  links: z.array(versionLinkSchema),
  /** Articles that may report it in other words, in article order (absent when none). */
  maybe: z.array(factMaybeSchema).optional(),
});
export type Fact = z.infer<typeof factSchema>;

/** Every sentence of a fact, article by article in coverage order (each article's first sentence first). */
export function factSentences(fact: Fact): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const c of fact.coverage) {
    out.push({ article: c.article, sentence: c.sentence });
    for (const sentence of c.also ?? []) out.push({ article: c.article, sentence });
  }
  return out;
}

/** How a version of the fact was linked to its base (null for the base itself, or a sentence not in it). */
export function versionLink(fact: Fact, article: string, sentence: number): VersionLink | null {
  return fact.links.find((l) => l.article === article && l.sentence === sentence) ?? null;
}

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
