import { z } from "zod";
import { index, ratio, voiceSchema } from "./parts";

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
  /** Side id, e.g. "united-states", "ruritania"; "unknown" when not known. */
  side: z.string(),
  kind: actorKindSchema,
  aliases: z.array(z.string()),
  source: z.enum(["gazetteer", "story", "discovered"]),
  /**
   * The institution actor this one speaks for, when known: a person's
   * government ("tomas-berg" → "united-states"), an agency's state, a
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

/** The confidence at and above which a relation is shown by default (audited: right at least 90 % of the time). */
export const CONFIDENT_BLAME = 0.7;

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
  /**
   * How strong the evidence is, 0 to 1: an explicit blame predicate ("blamed", "accused", "held …
   * responsible") with accuser and accused in grammatical roles is strong; an evaluative word whose
   * target the grammar links only loosely is weak; negation, questions, conditions and intentions
   * lower it. Views show relations at or above CONFIDENT_BLAME by default. Analyses stored before
   * this field existed read as 0: uncertain, since nothing then measured their evidence.
   */
  confidence: ratio.default(0),
  /** What the confidence rests on, in words: the cue and how each party was reached, and any hedge ("negated", "in a condition"). */
  basis: z.string().default(""),
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
