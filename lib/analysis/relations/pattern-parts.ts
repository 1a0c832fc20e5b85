import { type Mention, type SentenceActors } from "../actors";
import { type Token } from "../text";

import { mentionAt, phraseEnd, type QuoteOf, spanText } from "./clause-parts";
import type { BlameKind } from "../schema";
import { lang } from "../lang";

/**
 * What the blame cue patterns (blame-patterns.ts, rejection-patterns.ts)
 * share: the candidate they return, and small readers of the words around a
 * cue (passive voice, the matter after "for", the phrase before a cue).
 */

/** A candidate relation before accuser resolution. */
export interface Candidate {
  kind: BlameKind;
  /** Cue token indices (for cue spans and the cue text). */
  cue: number[];
  /** The accuser as the clause names it; undefined: take the frame's source or the quote's speaker. */
  accuser: Mention | undefined;
  accused: Mention[];
  matter: string | null;
  /** For rejections: find the claim's owner among the sentence's actors when no owner is named. */
  ownerFallback?: boolean;
  /** The accused is not named in the sentence (a quote's implicit target): its text is null. */
  implicit?: boolean;
  /** Read from a quote's own wording: the accuser is the quote's speaker, never a frame inside it ("while saying …"). */
  bySpeaker?: boolean;
}

export interface PatternInput {
  sentence: SentenceActors;
  text: string;
  quoteOf: QuoteOf;
  /** True for an organisation (not a person or a state): what "the civil liberties group" may stand for. */
  isBody?: (actor: string) => boolean;
}

/**
 * ", accusing the civil liberties group of …": a participle after a comma
 * whose object is a description ("the" + lower-case words + a body noun)
 * rather than a name re-describes the body its main clause just named:
 * "X sued the ACLU, accusing the civil liberties group of …". Returns that
 * mention (the last organisation before the comma other than the subject),
 * or null.
 */
export function redescribedObject(
  input: PatternInput,
  verb: number,
  subject: Mention | null,
): Mention | null {
  const { sentence, isBody } = input;
  const { tokens } = sentence;
  if (!isBody || tokens[verb - 1]?.text !== "," || tokens[verb + 1]?.normal !== "the") return null;
  let k = verb + 2;
  while (
    k < verb + 6 &&
    /^[a-z]+$/.test(tokens[k]?.text ?? "") &&
    !lang.names.bodyHeads.has(tokens[k]?.normal ?? "")
  )
    k += 1;
  if (
    k === verb + 2 ||
    !lang.names.bodyHeads.has(tokens[k]?.normal ?? "") ||
    mentionAt(sentence, k)
  )
    return null;
  for (let m = sentence.mentions.length - 1; m >= 0; m -= 1) {
    const mention = sentence.mentions[m];
    if (!mention || mention.last >= verb - 1) continue;
    if (!mention.actor || mention.form === "pronoun" || mention.actor === subject?.actor) continue;
    return isBody(mention.actor) ? mention : null;
  }
  return null;
}

export const FOR = new Set(["for"]);

/** The shared empty result: patterns run per token, so they allocate nothing when they do not fire. */
export const NONE: Candidate[] = [];

export const tok = (s: SentenceActors, i: number): Token | undefined => s.tokens[i];
export const isVerb = (t: Token | undefined): boolean =>
  !!t &&
  (t.pos === "VERB" || (/(?:ed|ing|es)$/.test(t.normal) && t.pos !== "NOUN" && t.pos !== "ADJ"));

/** True when the verb at i is passive: a form of "be" (or "get") just before it, adverbs allowed. */
export function isPassive(s: SentenceActors, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tok(s, k)?.pos === "ADV") k -= 1;
  const t = tok(s, k);
  return !!t && (lang.functionWords.beForms.has(t.normal) || t.lemma === "be" || t.lemma === "get");
}

/** "… for Z" / "… of Z" after token i: the matter, as written. */
export function matterAfter(
  input: PatternInput,
  from: number,
  words: ReadonlySet<string> = lang.functionWords.reasonPrepositions,
  reach = 10,
): string | null {
  const { sentence, text } = input;
  for (let k = from; k < sentence.tokens.length && k < from + reach; k += 1) {
    const t = tok(sentence, k);
    if (!t || /^[.;]$/.test(t.text)) return null;
    if (words.has(t.normal)) {
      const end = phraseEnd(sentence.tokens, k + 1, 16);
      const value = spanText(text, sentence.tokens, k + 1, end).trim();
      return value.length > 0 ? value : null;
    }
  }
  return null;
}

/**
 * The noun phrase before token i back to a clause boundary: "the violence" in
 * "the violence, which he blames"; "the decision to close the
 * office for now" before "was prompted by".
 */
export function phraseBefore(
  input: PatternInput,
  i: number,
  max = 12,
  nounOnly = false,
): string | null {
  const { sentence, text } = input;
  let end = i - 1;
  while (end >= 0 && /^(?:,|which|that|who)$/.test(tok(sentence, end)?.normal ?? "")) end -= 1;
  while (end >= 0 && (tok(sentence, end)?.pos === "AUX" || tok(sentence, end)?.pos === "ADV"))
    end -= 1;
  let start = end;
  while (start - 1 >= 0 && end - start < max) {
    const t = tok(sentence, start - 1);
    if (
      !t ||
      /^[,;:.]$/.test(t.text) ||
      t.pos === "AUX" ||
      t.pos === "SCONJ" ||
      t.normal === "that"
    )
      break;
    if (t.pos === "VERB" && (nounOnly || tok(sentence, start - 2)?.normal !== "to")) break;
    if (nounOnly && (t.pos === "ADP" || t.pos === "PART") && t.normal !== "of") break;
    start -= 1;
  }
  while (start <= end && /^[”"’]$/.test(tok(sentence, start)?.text ?? "")) start += 1;
  const value = spanText(text, sentence.tokens, start, end).trim();
  return value.length > 0 ? value : null;
}

/** The first mention with an actor from token `from` on; with `firstOnly`, null when the first mention has none. */
export function firstMentionWithin(
  sentence: SentenceActors,
  from: number,
  reach: number,
  firstOnly = false,
): Mention | null {
  for (let k = from; k < sentence.tokens.length && k < from + reach; k += 1) {
    const t = tok(sentence, k);
    if (!t || /^[.;:]$/.test(t.text)) return null;
    const m = mentionAt(sentence, k);
    if (m?.actor) return m;
    if (m && firstOnly) return null;
  }
  return null;
}
