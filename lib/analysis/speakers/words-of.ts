import { phraseStartingAt, type Phrase } from "./noun-phrases";
import { usable, windowAfter, windowBefore, type QuoteContext, type Window } from "../text";
import type { Attribution } from "./quote-speaker";
import type { SpeakerFinder } from "./speakers";
import { lang } from "../lang";

/**
 * "In the words of Ana Ruiz, the plan is “…”", "The plan, in Ruiz's words, is “…”", "To quote
 * Ruiz, “…”": the quoted words are the one the phrase names, whoever the clause around them is
 * about (its subject is what the words describe, not who says them). Read off the words: the
 * phrase is an aside of the quote's own sentence, before the quote or right after it.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** How many words the possessor of "in X's words" may run to ("in Sen. Ana Ruiz's words"). */
const MAX_OWNER = 6;

/** True when the phrase ending before token i is set off: punctuation, the quote, or the window's end. */
function setOff(ctx: QuoteContext, w: Window, i: number): boolean {
  return !usable(ctx, w, i) || /^[,—–:;.!?]$/.test(tok(ctx, i)?.text ?? "");
}

/** The owner named by a words phrase starting at token i ("in", "to"), or null. */
function ownerAt(
  ctx: QuoteContext,
  w: Window,
  i: number,
): { phrase: Phrase; pronoun: string | null } | null {
  const word = (k: number) => (usable(ctx, w, k) ? (tok(ctx, k)?.normal ?? "") : "");
  // "to quote Ruiz,"
  if (word(i) === "to" && word(i + 1) === "quote") {
    const end = phraseStartingAt(ctx, w, i + 2);
    return end !== null && setOff(ctx, w, end)
      ? { phrase: { start: i + 2, end }, pronoun: null }
      : null;
  }
  if (word(i) !== "in") return null;
  // "in the words of Ruiz,"
  if (word(i + 1) === "the" && word(i + 2) === "words" && word(i + 3) === "of") {
    const end = phraseStartingAt(ctx, w, i + 4);
    return end !== null && setOff(ctx, w, end)
      ? { phrase: { start: i + 4, end }, pronoun: null }
      : null;
  }
  // "in his words,", "in Ruiz's own words,"
  const possessive = lang.functionWords.possessiveToPronoun[word(i + 1)];
  if (possessive !== undefined) {
    const words = word(i + 2) === "own" ? i + 3 : i + 2;
    return word(words) === "words" && setOff(ctx, w, words + 1)
      ? { phrase: { start: i + 1, end: i + 2 }, pronoun: possessive }
      : null;
  }
  for (let k = i + 2; k <= i + MAX_OWNER + 1; k += 1) {
    if (!lang.functionWords.possessiveMarks.has(word(k))) continue;
    const words = word(k + 1) === "own" ? k + 2 : k + 1;
    if (word(words) !== "words" || !setOff(ctx, w, words + 1)) return null;
    return { phrase: { start: i + 1, end: k }, pronoun: null };
  }
  return null;
}

function attributionFor(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  w: Window,
  i: number,
): Attribution | null {
  const found = ownerAt(ctx, w, i);
  if (!found) return null;
  const { phrase, pronoun } = found;
  if (pronoun !== null) {
    if (pronoun !== "he" && pronoun !== "she" && pronoun !== "they") return null;
    const antecedent = finder.antecedent(pronoun, phrase.start);
    return antecedent
      ? {
          speaker: antecedent.speaker,
          attribution: `${tok(ctx, phrase.start)?.normal ?? ""} words → ${antecedent.speaker}`,
          explicit: true,
          affiliation: antecedent.affiliation ?? null,
        }
      : null;
  }
  const named = finder.named(phrase);
  return {
    speaker: named.speaker,
    attribution: tok(ctx, i)?.normal === "to" ? "to quote X" : "X’s words",
    explicit: true,
    affiliation: named.affiliation ?? null,
  };
}

/** The speaker of quote q named by "in X's words", "in the words of X" or "to quote X", or null. */
export function wordsOf(ctx: QuoteContext, finder: SpeakerFinder, q: number): Attribution | null {
  const before = windowBefore(ctx, q);
  for (let i = before.hi - 1; i >= before.lo; i -= 1) {
    const found = attributionFor(ctx, finder, before, i);
    if (found) return found;
  }
  // "“…,” in Ruiz's words."
  const after = windowAfter(ctx, q);
  let i = after.lo;
  while (i < after.hi && tok(ctx, i)?.text === ",") i += 1;
  return i < after.hi ? attributionFor(ctx, finder, after, i) : null;
}
