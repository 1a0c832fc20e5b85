import { z } from "zod";

/**
 * The contract between the engine and everything that shows its results.
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) into the
 * article's cleaned text unless a field says otherwise.
 */

const index = z.number().int().nonnegative();
const ratio = z.number().min(0).max(1);

/** Where a fact or phrase sits in the article. */
export const placementSchema = z.enum(["lede", "body", "buried", "absent"]);
export type Placement = z.infer<typeof placementSchema>;

/** Whose voice states a claim: the outlet's own, a named source's, or one the outlet distances itself from. */
export const voiceSchema = z.enum(["own", "attributed", "distanced"]);
export type Voice = z.infer<typeof voiceSchema>;

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

export const spanRefSchema = z.strictObject({ article: z.string(), start: index, end: index });
export type SpanRef = z.infer<typeof spanRefSchema>;

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
  /** The speaker's party or organisation as the article states it ("Democrats" for "D-Md.", "the Obama campaign"), or null. */
  affiliation: z.string().nullable(),
  /** How the speaker was found, e.g. "said X", "previous sentence", "he → Pompeo". */
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

export const actorKindSchema = z.enum([
  "person",
  "government",
  "agency",
  "armed-group",
  "crowd",
  "media",
  "organisation",
  "other",
]);

export const actorSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** Side id, e.g. "united-states", "iran"; "unknown" when not known. */
  side: z.string(),
  kind: actorKindSchema,
  aliases: z.array(z.string()),
  source: z.enum(["gazetteer", "story", "discovered"]),
  /**
   * The institution actor this one speaks for, when known: a person's
   * government ("mike-pompeo" → "united-states"), an agency's state, a
   * spokesman's ministry. Null for actors that speak for themselves.
   */
  represents: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

export const sideInfoSchema = z.strictObject({ id: z.string(), label: z.string() });

export const actorMentionSchema = z.strictObject({
  article: z.string(),
  sentence: index,
  start: index,
  end: index,
  text: z.string(),
  actor: z.string(),
});
export type ActorMention = z.infer<typeof actorMentionSchema>;

export const blameKindSchema = z.enum([
  "blames",
  "accuses",
  "holds-responsible",
  "attributes-responsibility",
  "criticises",
  "denies-responsibility",
  "rejects-accusation",
]);
export type BlameKind = z.infer<typeof blameKindSchema>;

export const partySchema = z.strictObject({
  /** As written in the article; null when the text names nobody ("unattributed"). */
  text: z.string().nullable(),
  actor: z.string().nullable(),
});

export const blameSchema = z.strictObject({
  id: z.string(),
  article: z.string(),
  sentence: index,
  accuser: partySchema,
  accused: partySchema,
  kind: blameKindSchema,
  /** What the accused is blamed for, as written, when stated. */
  matter: z.string().nullable(),
  voice: voiceSchema,
  /** The words that signal the voice ("claimed", scare quotes, "told the Journal"), when any. */
  voiceCue: z.string().nullable(),
  /** The words that signal blame ("blamed … on", "hold … accountable"). */
  cue: z.string(),
  /** Evidence span in the cleaned text, and the cue spans inside it. */
  start: index,
  end: index,
  cues: z.array(z.strictObject({ start: index, end: index })),
  /** The quote this relation comes from, when it is inside one. */
  quote: z.string().nullable(),
  /**
   * Where the accuser comes from: "named" (the text names them, possibly an
   * unknown actor shown as written), "outlet" (no source: the outlet's own
   * voice, accuser null) or "unattributed" (someone blames, e.g. "the attack
   * was blamed on …", but the text does not say who: accuser null).
   */
  accuserSource: z.enum(["named", "outlet", "unattributed"]),
});
export type Blame = z.infer<typeof blameSchema>;

/** Who an article quotes or cites. */
export const quotedVoiceSchema = z.strictObject({
  article: z.string(),
  actor: z.string().nullable(),
  /** The source as the article names it. */
  name: z.string(),
  side: z.string(),
  quotes: index,
  words: index,
  quoteIds: z.array(z.string()),
  /** Paraphrased citations without quote marks ("according to X", "X said that …"). */
  citations: index,
});
export type QuotedVoice = z.infer<typeof quotedVoiceSchema>;

/** The words each article uses for one actor or event. */
export const wordChoiceSchema = z.strictObject({
  id: z.string(),
  /** What is named: an actor id or an event label. */
  concept: z.string(),
  kind: z.enum(["actor", "event", "attribution-verb"]),
  terms: z.array(
    z.strictObject({
      article: z.string(),
      term: z.string(),
      sentence: index,
      start: index,
      end: index,
    }),
  ),
});
export type WordChoice = z.infer<typeof wordChoiceSchema>;

/** A loaded, hedging or otherwise marked word found via a published lexicon. */
export const markedWordSchema = z.strictObject({
  article: z.string(),
  sentence: index,
  start: index,
  end: index,
  word: z.string(),
  category: z.string(),
  lexicon: z.string(),
});
export type MarkedWord = z.infer<typeof markedWordSchema>;

export const voiceSummarySchema = z.strictObject({
  article: z.string(),
  blame: z.strictObject({ own: index, attributed: index, distanced: index }),
  facts: z.strictObject({ own: index, attributed: index, distanced: index }),
});
export type VoiceSummary = z.infer<typeof voiceSummarySchema>;

export const storyAnalysisSchema = z.strictObject({
  /** Bumped when the shape or meaning of the output changes. */
  version: z.literal(1),
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
      }),
    )
    .default([]),
});
export type StoryInput = z.input<typeof storyInputSchema>;
