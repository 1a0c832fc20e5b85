import type { QuoteContext } from "../text";
import { NAMING } from "./governor";

/** Words an object phrase between a verb of naming and the quote may hold ("the new chancellor"). */
const OBJECT_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
/** How many words that object phrase may run to. */
const MAX_OBJECT = 5;
/** What may join a second name to the first ("a “fascist” and a “crook”"). */
const JOINERS = new Set(["and", "or", ",", "a", "an", "the"]);

/**
 * True when quote q is the name a verb of naming gives its object ("called the chancellor “The
 * Keeper of the Gate”", "dubbed the plan “Operation Sweep”", and the next name joined to it):
 * what the verb's subject calls someone, so the subject's words even when capitalised as a title.
 * An object must stand between verb and quote: "a book called “…”" names a work, no one speaks.
 */
export function isEpithet(ctx: QuoteContext, q: number, previous: boolean): boolean {
  const open = ctx.spanTokens[q]?.open;
  if (open === null || open === undefined) return false;
  const level = ctx.spans[q]?.depth ?? 0;
  const sentence = ctx.tokens[open]?.sentence;
  let objects = 0;
  for (let k = open - 1; k >= 0 && open - k <= MAX_OBJECT + 1; k -= 1) {
    const token = ctx.tokens[k];
    if (!token || token.sentence !== sentence) return false;
    if (token.depth !== level) {
      // The quote before, joined to this one by "and" or a comma only: named as it was.
      return previous && objects === 0;
    }
    if (/^[”"’']$/.test(token.text)) continue;
    if (token.pos === "VERB" && NAMING.has(token.lemma)) return objects > 0;
    if (JOINERS.has(token.normal) && objects === 0) continue;
    if (!OBJECT_WORDS.has(token.pos)) return false;
    objects += 1;
  }
  return false;
}
