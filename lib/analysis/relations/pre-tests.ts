import { type Mention, type SentenceActors } from "../actors";
import { lang } from "../lang";

/**
 * Word-level pre-tests for the cue readers: conditions a reader's answer needs, checked before the
 * parse is read, so a sentence whose cue cannot yield anything is never parsed (the parse is the
 * engine's most expensive step, and most cue words — "go", "called", "threat" — relate no one).
 * Each test is exact, never a guess: it is implied by what the reader does with the parse, so
 * answering "no" early gives the same result as parsing and finding nothing. They rest on two
 * facts of the readers:
 * - every party they return is one of the sentence's own mentions (partiesAt, the windows of
 *   clause-parts.ts and roles.ts), except a subject kept as written (roles.ts, subjectParty);
 * - a phrase the parse introduces with a preposition has that preposition among the sentence's
 *   tokens (the parse is over the sentence's own tokens: see syntax/fold.ts, `tokens`).
 */

/** True when some token reads as one of these words: as written (lower-cased), normalised or as its lemma. */
export function hasWord(sentence: SentenceActors, ...words: readonly string[]): boolean {
  for (const t of sentence.tokens) {
    for (const word of words) {
      if (t.normal === word || t.lemma === word || t.text.toLowerCase() === word) return true;
    }
  }
  return false;
}

/** True when some token's lemma is in the set. */
export function hasLemma(sentence: SentenceActors, lemmas: ReadonlySet<string>): boolean {
  return sentence.tokens.some((t) => lemmas.has(t.lemma));
}

/** True when the sentence has a mention that passes the test (any mention, by default). */
export function hasMention(
  sentence: SentenceActors,
  test: (m: Mention) => boolean = () => true,
): boolean {
  return sentence.mentions.some(test);
}

/** True for a noun of claim ("claim", "allegation"): what a rejection rejects. */
export function isClaimWord(pos: string, lemma: string): boolean {
  return pos === "NOUN" && lang.blame.claimNouns.has(lemma);
}

/** True when a noun of claim comes before a word that brands it false ("called the claims baseless"). */
export function claimThenFalse(sentence: SentenceActors): boolean {
  let claim = false;
  for (const t of sentence.tokens) {
    if (claim && lang.blame.falseWords.has(t.normal)) return true;
    if (isClaimWord(t.pos, t.lemma)) claim = true;
  }
  return false;
}
