import { isSpeechVerb, type QuoteContext, type QuoteForm } from "../text";
import { canSpeak } from "./can-speak";

/**
 * What follows a quote that opens its sentence, to the sentence's end: whether the sentence is
 * still the quote's (a verbless tail, or a noun phrase the quote runs on into) or a predicate the
 * outlet adds to a quoted sentence, naming no one who could have said it. nearby-quotes.ts
 * carries the speaker of the sentence before to such quotes.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * True when the outlet's words after quote q, to its sentence's end, hold no verb: the sentence
 * is still the quote's ("“I think they care about incomes” and other pocketbook issues."), not a
 * clause of the outlet's own that may name someone else. Nor does it hold a name or a pronoun,
 * unless the quote runs on into the tail: it closes on a word, not on the , . ! ? that ends a
 * quoted sentence, and the tail completes its clause ("“… whether to go after” Tom Harlan.").
 */
export function verblessTail(ctx: QuoteContext, q: number): boolean {
  const close = ctx.spanTokens[q]?.close;
  if (close === null || close === undefined) return false;
  const sentence = tok(ctx, close)?.sentence;
  // No tail in the sentence: the segmenter cut it off ("“…!” | beamed Ruiz"); not this case.
  if (tok(ctx, close + 1)?.sentence !== sentence) return false;
  const runsOn = /^[\p{L}\p{N}]/u.test(tok(ctx, close - 1)?.text ?? "");
  let named = false;
  let phrase = true;
  for (let k = close + 1; tok(ctx, k)?.sentence === sentence; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.depth !== 0) return false;
    if (token.pos === "VERB" || token.pos === "AUX" || ctx.openers.has(k)) return false;
    if (token.pos === "PRON") return false;
    if (token.pos === "PROPN" || /^\p{Lu}/u.test(token.text)) named = true;
    if (!NOUN_PHRASE_TAGS.has(token.pos)) phrase = false;
  }
  // A name may be the quote's own speaker with a verb wink mistagged ("“…,” Ruiz shot back."),
  // not the object a quote that runs on stops short of, when the tail is a noun phrase and no more.
  return !named || (runsOn && phrase);
}

/** Quoted words this long are someone's sentence, not a phrase the outlet borrows ("“Tax cuts” dominated"). */
const SPOKEN_WORDS = 6;

/**
 * A quoted clause long enough to be someone's sentence ("“Tax cuts” dominated" is not): where it
 * closes, and its sentence, for the tail tests below; null otherwise.
 */
function spokenTail(
  ctx: QuoteContext,
  form: QuoteForm,
  q: number,
): { close: number; sentence: number | undefined } | null {
  if (!form.clauseLike || form.words < SPOKEN_WORDS) return null;
  const close = ctx.spanTokens[q]?.close;
  if (close === null || close === undefined) return null;
  return { close, sentence: tok(ctx, close)?.sentence };
}

/**
 * "Coan argues that his client was peaceful. “The government says that his calls to come to the
 * area … to come peacefully” were provoking violence.": a quoted clause of someone's opening its
 * sentence, whose tail is a predicate the outlet adds (it opens on a verb or an adverb) and names
 * no one who could have said it (no name, pronoun, other quote, or noun for people or a group).
 */
export function predicateTail(ctx: QuoteContext, form: QuoteForm, q: number): boolean {
  const tail = spokenTail(ctx, form, q);
  if (!tail) return false;
  const { close, sentence } = tail;
  let first = true;
  for (let k = close + 1; tok(ctx, k)?.sentence === sentence; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.depth !== 0 || ctx.openers.has(k)) return false;
    if (token.pos === "PUNCT") continue;
    if (first && token.pos !== "VERB" && token.pos !== "AUX" && token.pos !== "ADV") return false;
    first = false;
    if (token.pos === "PROPN" || token.pos === "PRON" || /^\p{Lu}/u.test(token.text)) return false;
    if (token.pos === "NOUN" && canSpeak(ctx, k, false)) return false;
  }
  return !first;
}

/**
 * "“They agree with him on issues, but they aren't there yet” to support him as a candidate.",
 * "“… Sanders has to do the ‘two-step’” - increasing his name recognition …": a quoted clause of
 * someone's opening its sentence, which the outlet finishes with an infinitive or a participle (no
 * clause of its own, so no one new speaks), whatever that names. Not when a speech verb is in it
 * ("“…” - so says Ruiz"): that speaker would have been found.
 */
export function nonFiniteTail(ctx: QuoteContext, form: QuoteForm, q: number): boolean {
  const tail = spokenTail(ctx, form, q);
  if (!tail) return false;
  const { close, sentence } = tail;
  let k = close + 1;
  while (tok(ctx, k)?.sentence === sentence && /^[-–—,]$/.test(tok(ctx, k)?.text ?? "")) k += 1;
  const first = tok(ctx, k);
  if (!first || first.sentence !== sentence || first.depth !== 0) return false;
  const infinitive = first.normal === "to" && tok(ctx, k + 1)?.pos === "VERB";
  const participle = first.pos === "VERB" && /ing$/.test(first.normal);
  if (!infinitive && !participle) return false;
  for (; tok(ctx, k)?.sentence === sentence; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.depth !== 0 || ctx.openers.has(k) || isSpeechVerb(token)) return false;
  }
  return true;
}

/** The tags of a noun phrase's words ("then-Gov. Tom Harlan of Ohio", "the tax cheats"). */
const NOUN_PHRASE_TAGS = new Set([
  "PROPN",
  "NOUN",
  "ADJ",
  "DET",
  "ADP",
  "NUM",
  "CCONJ",
  "PART",
  "PUNCT",
]);
