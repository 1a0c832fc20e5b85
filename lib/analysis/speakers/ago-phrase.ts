import type { QuoteContext } from "../text";

/**
 * A duration ending in "ago" between a subject and its verb ("The council just three days ago
 * said", "Kim a year ago told"): without it the duration's noun reads as the subject's head
 * ("The council … two weeks" said). "ago" follows only a duration, so the word before it is the
 * unit whatever it is; before that, its count and degree ("two", "a", "a few", "less than",
 * "nearly", "a couple of"). No list of units is needed.
 */

/** Words of a duration's count and degree before its unit, besides numbers. */
const COUNT_WORDS =
  /^(?:a|an|few|several|many|less|more|than|of|couple|dozen|about|around|nearly|almost|roughly|just|only|some|over|under)$/;

/** How many words a duration may take before its unit ("just under a couple of"). */
const MAX_COUNT_WORDS = 6;

/**
 * The first token of the "… ago" phrase ending at token j, or null when token j is not "ago"
 * after a unit.
 */
export function agoPhraseStart(ctx: QuoteContext, j: number): number | null {
  const ago = ctx.tokens[j];
  const unit = ctx.tokens[j - 1];
  if (!ago || ago.normal !== "ago" || !unit || unit.sentence !== ago.sentence) return null;
  if (unit.pos !== "NOUN" && unit.pos !== "NUM") return null;
  let start = j - 1;
  for (let k = j - 2; k >= Math.max(0, j - 1 - MAX_COUNT_WORDS); k -= 1) {
    const token = ctx.tokens[k];
    if (!token || token.sentence !== ago.sentence) break;
    if (token.pos !== "NUM" && !COUNT_WORDS.test(token.normal)) break;
    start = k;
  }
  return start;
}
