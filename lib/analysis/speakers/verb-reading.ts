import { usable, type QuoteContext, type Window } from "../text";
import { phraseEndingAt, type Subject } from "./noun-phrases";

/**
 * Verb forms whose subject is not the phrase right before them: an infinitive after a
 * preposition's object, and a noun wink tagged as a speech verb after a preposition.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** "in response to questions from …", "the answer to calls for …": a verb form in -s after a preposition is a plural noun. */
export function nounAfterPreposition(ctx: QuoteContext, v: number): boolean {
  const verb = tok(ctx, v);
  const previous = tok(ctx, v - 1);
  return (
    verb !== undefined &&
    verb.normal !== verb.lemma &&
    /s$/.test(verb.normal) &&
    (previous?.pos === "ADP" || previous?.normal === "to")
  );
}

/**
 * "taking to Facebook to call", "cut me off in mid-sentence to announce": the object of a
 * preposition right before an infinitive, whose index is given (else -1). That phrase cannot
 * do the infinitive; the one who does the verb it hangs from does, as for a participle.
 */
export function objectBeforeInfinitive(ctx: QuoteContext, w: Window, v: number): number {
  if (tok(ctx, v - 1)?.normal !== "to" || v - 2 < w.lo || !usable(ctx, w, v - 2)) return -1;
  const start = phraseEndingAt(ctx, w, v - 2);
  return start !== null && tok(ctx, start - 1)?.pos === "ADP" ? v - 2 : -1;
}

/** The subject found for such an infinitive, unless it is the preposition's object itself. */
export function apartFrom(found: Subject | null, object: number): Subject | null {
  return found !== null && !(found.start <= object && object < found.end) ? found : null;
}
