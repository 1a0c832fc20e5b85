import { atClauseStart, type Subject } from "./noun-phrases";
import { subjectBefore } from "./subjects";
import { isSpeechVerb, usable, type QuoteContext, type Window } from "../text";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * The subject of a participle or a second verb ("…, saying", "called it … and
 * warned"): the nearest phrase to the left that opens a clause and is followed by a verb.
 */
export function clauseSubject(ctx: QuoteContext, w: Window, v: number): Subject | null {
  // "Berg had said that fees shouldn't …, as well as contending that …", "…, before
  // adding": the participle goes with the earlier speech verb, not with the clause between.
  if (coordinatesWithSpeech(ctx, v)) {
    const subject = nearestSubject(ctx, w, v, true);
    if (subject) return subject;
  }
  return nearestSubject(ctx, w, v, false);
}

function nearestSubject(
  ctx: QuoteContext,
  w: Window,
  v: number,
  speechOnly: boolean,
): Subject | null {
  const floor = Math.max(w.lo, v - 60);
  for (let k = v - 1; k >= floor; k -= 1) {
    const token = tok(ctx, k);
    if (!token || !usable(ctx, w, k) || (token.pos !== "VERB" && token.pos !== "AUX")) continue;
    if (speechOnly && !isSpeechVerb(token)) continue;
    const subject = subjectBefore(ctx, w, k);
    if (subject && (subject.pronoun || atClauseStart(ctx, w, subject.start))) return subject;
  }
  return null;
}

/** True when a participle is joined to an earlier verb: "as well as saying", "before adding", "after telling". */
function coordinatesWithSpeech(ctx: QuoteContext, v: number): boolean {
  const one = tok(ctx, v - 1)?.normal;
  if (one === "before" || one === "after") return true;
  return one === "as" && tok(ctx, v - 2)?.normal === "well" && tok(ctx, v - 3)?.normal === "as";
}
