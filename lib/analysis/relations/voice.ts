import type { Frame } from "./sources";
import type { Quote, Voice } from "../schema";
import { anyOf, lang } from "../lang";

/**
 * Whose voice states a claim: the outlet's own, a source's ("said",
 * "according to", a quote), or one the outlet distances itself from
 * ("claimed", "alleged", "so-called", "what it called", scare quotes,
 * "without evidence", "has not provided evidence" in the next sentence).
 */

const {
  evidenceGerunds,
  evidenceParticiples,
  evidenceAuxiliaries,
  evidenceQualifiers,
  namingParticiples,
  distancingForms,
  doubtingAdjectives,
} = lang.voice;

/** Words in a sentence that distance the outlet from what it reports, most telling first. */
const DISTANCING: readonly RegExp[] = [
  new RegExp(`\\bwithout (?:(?:${anyOf(evidenceGerunds)}) )?(?:any )?evidence\\b`, "i"),
  new RegExp(
    `\\b(?:${anyOf(evidenceAuxiliaries)}) not (?:yet )?(?:${anyOf(evidenceParticiples)}) (?:any )?(?:public )?evidence\\b`,
    "i",
  ),
  new RegExp(`\\b(?:there (?:is|was) )?no (?:(?:${anyOf(evidenceQualifiers)}) )?evidence\\b`, "i"),
  /\bso[- ]called\b/i,
  new RegExp(
    `\\bwhat (?:${anyOf(lang.voice.sourcePronouns)}|the [\\w-]+|[A-Z][\\w.-]+) (?:has |have |had )?(?:${anyOf(namingParticiples)})\\b`,
  ),
  ...distancingForms.map((forms) => new RegExp(`\\b(?:${anyOf(forms)})\\b`, "i")),
  new RegExp(`\\b(?:${anyOf(doubtingAdjectives)})\\b`, "i"),
];

const MAYBE_DISTANCING = new RegExp(`${anyOf(lang.voice.distancingStems)}|so[- ]called`, "i");

/** The next sentence distances the previous one only when it points back at its claims. */
const BACK_REFERENCE = new RegExp(
  `\\b(?:${anyOf(lang.voice.backReferenceDeterminers)}) (?:${anyOf(lang.voice.backReferenceNouns)})s?\\b|^(?:the [\\w ]+|${anyOf(lang.voice.sourcePronouns)}) (?:has|have|had|did) not (?:provided|offered|presented)`,
  "i",
);

/** The distancing words in a text, or null ("claim" counts only as "claimed"/"claiming", not the noun). */
export function distancingCue(text: string): string | null {
  // One cheap test first: most sentences have none of these words.
  if (!MAYBE_DISTANCING.test(text)) return null;
  for (const pattern of DISTANCING) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

/** Distancing carried over from the next sentence ("The administration has not provided evidence to support those charges"). */
export function followingDistance(
  next: string | undefined,
  nextCue: string | null = next ? distancingCue(next) : null,
): string | null {
  if (!next || !nextCue || !/evidence/i.test(nextCue)) return null;
  return BACK_REFERENCE.test(next) ? nextCue : null;
}

/** Scare quotes overlapping a span: the quoted words, or null. */
export function scareQuoteIn(quotes: readonly Quote[], start: number, end: number): string | null {
  for (const quote of quotes) {
    if (quote.kind === "scare" && quote.start < end && quote.end > start) return `“${quote.text}”`;
  }
  return null;
}

/**
 * The distancing cues of one article's sentences, each read once: facts and
 * blame relations ask about the same sentences (and their next sentences)
 * many times, and the cue patterns are regular expressions over the text.
 */
export class SentenceDistance {
  private readonly own: (string | null | undefined)[] = [];
  private readonly following: (string | null | undefined)[] = [];

  constructor(private readonly sentences: readonly { text: string }[]) {}

  /** The distancing words in sentence i, or null. */
  cue(i: number): string | null {
    let value = this.own[i];
    if (value === undefined) {
      value = distancingCue(this.sentences[i]?.text ?? "");
      this.own[i] = value;
    }
    return value;
  }

  /** Distancing carried over to sentence i from the sentence after it, or null. */
  fromNext(i: number): string | null {
    let value = this.following[i];
    if (value === undefined) {
      // The next sentence's own cue is read once, for both questions.
      const next = this.sentences[i + 1]?.text;
      value = next === undefined ? null : followingDistance(next, this.cue(i + 1));
      this.following[i] = value;
    }
    return value;
  }
}

/** What decides a statement's voice. */
export interface VoiceEvidence {
  /** The sentence (by index) and its article's distancing cues, read only when needed. */
  sentence: number;
  distance: SentenceDistance;
  /** The frame that attributes it, if any. */
  frame: Frame | null;
  /** The quote it sits in, if any (a quote with a speaker attributes). */
  quote: Quote | null;
  /** True when the clause names its own speaker (the accuser is the subject: "Ruritania has blamed …"). */
  ownSubject: string | null;
  /** Scare quotes on the key words. */
  scare: string | null;
  /** A distancing cue verb that is the relation's own cue ("claimed"). */
  cueDistancing: string | null;
}

/** Decide the voice and the words that signal it. */
export function decideVoice(e: VoiceEvidence): { voice: Voice; voiceCue: string | null } {
  const distanced =
    e.cueDistancing ??
    (e.frame?.distancing ? e.frame.text : null) ??
    e.distance.cue(e.sentence) ??
    e.scare ??
    e.distance.fromNext(e.sentence);
  if (distanced) return { voice: "distanced", voiceCue: distanced };
  if (e.frame) return { voice: "attributed", voiceCue: e.frame.text };
  if (e.quote)
    return {
      voice: "attributed",
      voiceCue: e.quote.speaker ? `quote: ${e.quote.speaker}` : "quote",
    };
  if (e.ownSubject) return { voice: "attributed", voiceCue: e.ownSubject };
  return { voice: "own", voiceCue: null };
}

/** The voice of a whole sentence (for facts): distancing words, else any frame or quote, else own. */
export function sentenceVoice(
  e: Omit<VoiceEvidence, "ownSubject" | "cueDistancing">,
  frames: readonly Frame[],
  quotes: readonly Quote[],
): { voice: Voice; voiceCue: string | null } {
  const attributing = frames.find((f) => f.source || f.author) ?? frames[0] ?? null;
  const quoted = quotes.find((q) => q.kind !== "scare" && q.speaker) ?? null;
  return decideVoice({
    ...e,
    frame: e.frame ?? attributing,
    quote: e.quote ?? quoted,
    ownSubject: null,
    cueDistancing: null,
  });
}
