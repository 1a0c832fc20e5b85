import { type Mention } from "../actors";
import { type Token } from "../text";
import { dependentOf } from "../syntax";
import type { BlameKind } from "../schema";
import { mentionOn, type Parsed, type Party, possessorOf } from "./parse-parties";
import { lang } from "../lang";

/**
 * What the blame cue readers (blame-, responsibility-, rejection-patterns.ts, quote-blame.ts)
 * share: the candidate relation they return, with the strength of its evidence, and the reading
 * of the accuser from a predicate's subject.
 */

/** A candidate relation before accuser resolution, voice and hedges. */
export interface Candidate {
  kind: BlameKind;
  /** Cue token indices (for cue spans and the cue text). */
  cue: number[];
  /** The accuser the clause names; undefined: take the frame's source or the quote's speaker. */
  accuser: Party | undefined;
  accused: Party[];
  matter: string | null;
  /** How strong the evidence is before hedges, 0–1 (see confidence.ts). */
  strength: number;
  /** What the strength rests on, in words: "“accused”: subject and object". */
  basis: string;
  /** The predicate whose clause's negation, condition, modal … weigh on the relation; null: none read. */
  predicate: number | null;
  /** For rejections: find the claim's owner among the sentence's actors when no owner is named. */
  ownerFallback?: boolean;
  /** The cue is an active verb whose subject is the accuser (none was found when `accuser` is undefined). */
  activeVerb?: boolean;
  /** A verb whose subject answers or receives the criticism, not makes it ("responded to criticism of Y"): its frame names no accuser. */
  notBy?: number;
  /** A noun of criticism: only its own grammar (owner, "from"/"by", the verb voicing it) names its critic surely. */
  criticNamedByNoun?: boolean;
  /** Read from a quote's own wording: the accuser is the quote's speaker, never a frame inside it ("while saying …"). */
  bySpeaker?: boolean;
}

export interface PatternInput {
  p: Parsed;
  /** An actor's kind ("person", "organisation", "government" …), when known. */
  kindOf: (actor: string | null) => string | undefined;
}

/** Month and weekday names and abbreviations: a date is never an accuser ("Oct.", "Monday"). */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...lang.chrome.dateMonths,
  ...lang.chrome.dateWeekdays,
  ...lang.time.adverbialTimeWords,
]);

/** True for a date word ("Oct.", "Tuesday", "this"), with or without its abbreviating full stop. */
export const isDateWord = (t: Token | undefined): boolean =>
  !!t && DATE_WORDS.has(t.normal.replace(/\.$/, ""));

/** The shared empty result: readers run per cue token, so they allocate nothing when they do not fire. */
export const NONE: Candidate[] = [];

export const tok = (p: Parsed, i: number): Token | undefined => p.sentence.tokens[i];

/** True for a token the parser and tagger read as a verb (an auxiliary stands for its verb elsewhere). */
export const isVerb = (t: Token | undefined): boolean => !!t && t.pos === "VERB";

/** True for a mention of a person: a person actor, or "he"/"she". */
export const isPerson = (input: PatternInput, m: Mention): boolean =>
  input.kindOf(m.actor) === "person" ||
  (m.form === "pronoun" && /^(?:he|she|him|her)$/i.test(m.text));

/**
 * ", accusing the civil liberties group of …": an object that describes a body ("the" + lower-case
 * words + a body noun) rather than naming it re-describes the organisation the main clause just
 * named: "X sued the ACLU, accusing the civil liberties group of …". That mention, or null.
 */
export function describedBody(
  input: PatternInput,
  object: number,
  verb: number,
  subject: Mention | undefined,
): Mention | null {
  const { p, kindOf } = input;
  const t = tok(p, object);
  if (!t || mentionOn(p.sentence, object) || possessorOf(p, object)) return null;
  if (!lang.names.bodyHeads.has(t.normal)) return null;
  const det = dependentOf(p.parse, object, "det");
  if (det === null || tok(p, det)?.normal !== "the") return null;
  if (tok(p, verb - 1)?.text !== ",") return null;
  for (let m = p.sentence.mentions.length - 1; m >= 0; m -= 1) {
    const mention = p.sentence.mentions[m];
    if (!mention || mention.last >= verb - 1) continue;
    if (!mention.actor || mention.form === "pronoun" || mention.actor === subject?.actor) continue;
    return kindOf(mention.actor) === "organisation" ? mention : null;
  }
  return null;
}

const READING_WEIGHT = { both: 1, parse: 0.9, disputed: 0.75, window: 0.75 } as const;

/** The strength of the evidence for a party reached this way, by this reading. */
export function linkWeight(party: Party): number {
  const link = party.link === "possessor" ? 0.9 : party.link === "member" ? 0.75 : 1;
  return link * (party.reading ? READING_WEIGHT[party.reading] : 1);
}
