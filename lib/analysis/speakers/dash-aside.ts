import { usable, type QuoteContext, type Window } from "../text";
import { isName, phraseStartingAt, type Phrase } from "./noun-phrases";

/**
 * An aside set off by dashes between a subject and its verb: "On Friday, Ruiz — named by the
 * paper as a favourite — told …", "A former mayor -- Ana Ruiz, who lost in 2008 -- said …".
 * Whatever the aside holds (a clause, commas, quote marks), the subject is the phrase before its
 * opening dash; an aside that opens with a name names that subject (an apposition).
 */

/** How many tokens a dash aside may run to. */
const MAX_ASIDE = 40;

const isDash = (text: string | undefined) => /^(?:—|–|--)$/.test(text ?? "");

/**
 * When token j closes a dash aside, the aside: its opening dash, and the name it opens with, if
 * any. Null when j is no dash or no opening dash comes before it in the window.
 */
export function dashAsideBefore(
  ctx: QuoteContext,
  w: Window,
  j: number,
): { open: number; name: Phrase | null } | null {
  if (!usable(ctx, w, j) || !isDash(ctx.tokens[j]?.text)) return null;
  for (let k = j - 1; k >= Math.max(w.lo, j - MAX_ASIDE); k -= 1) {
    if (!usable(ctx, w, k)) continue;
    if (!isDash(ctx.tokens[k]?.text)) continue;
    if (k === j - 1 || k - 1 < w.lo) return null;
    const end = isName(ctx, k + 1) ? phraseStartingAt(ctx, w, k + 1) : null;
    return { open: k, name: end !== null && end < j ? { start: k + 1, end } : null };
  }
  return null;
}
