import type { QuoteContext } from "../text";
import { agoPhraseStart } from "./ago-phrase";
import { lang } from "../lang";

/**
 * Phrases that sit between a subject and its speech verb without being the subject: a duration
 * ending in "ago" (ago-phrase.ts), and where the words were said, "in a statement", "in an
 * interview", "during a speech" ("Ruiz in a statement called …", "backs Ruiz and in a statement
 * credited him"): the document there is the medium, not the speaker.
 */

/** Prepositions that put a document as the medium of what a subject said. */
const MEDIUM_PREPOSITIONS = new Set(["in", "during", "through", "via"]);

/** How many words may stand between such a preposition and the document noun ("in a long written"). */
const MAX_MODIFIERS = 4;

/** First token of "in a statement" ending at token j (the document noun), or null. */
function mediumStart(ctx: QuoteContext, j: number): number | null {
  const noun = ctx.tokens[j];
  if (!noun || noun.pos !== "NOUN" || !lang.speech.documentNouns.has(noun.lemma)) return null;
  for (let k = j - 1; k >= Math.max(0, j - 1 - MAX_MODIFIERS); k -= 1) {
    const token = ctx.tokens[k];
    if (!token || token.sentence !== noun.sentence) return null;
    if (MEDIUM_PREPOSITIONS.has(token.normal)) return k;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(token.pos)) return null;
  }
  return null;
}

/** First token of an adjunct phrase ending at token j between a subject and its verb, or null. */
export function adjunctStart(ctx: QuoteContext, j: number): number | null {
  return agoPhraseStart(ctx, j) ?? mediumStart(ctx, j);
}
