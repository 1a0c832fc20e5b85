import { isName, phraseStartingAt, type Phrase } from "./noun-phrases";
import { isPlaceWord, usable, type QuoteContext, type Window } from "../text";
import { phraseText } from "./names";
import { lang } from "../lang";

/**
 * Speakers named with a source rather than a speech verb: "according to X" (and the outlet or
 * maker behind a document there), "In a statement, X …".
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** "according to X" within a window: X as written. */
export function accordingTo(ctx: QuoteContext, w: Window): string | null {
  for (let i = w.lo; i + 2 < w.hi; i += 1) {
    if (
      !usable(ctx, w, i) ||
      tok(ctx, i)?.normal !== "according" ||
      tok(ctx, i + 1)?.normal !== "to"
    )
      continue;
    const end = phraseStartingAt(ctx, w, i + 2);
    if (end === null) continue;
    const behind = sourceBehind(ctx, w, end);
    return phraseText(ctx, behind ?? { start: i + 2, end });
  }
  return null;
}

/**
 * Who stands behind a document or a finding after "according to": "a report in The Harbor
 * Courier" (the outlet), "calculations by Ana Ruiz of the state university", "one copy of the
 * memo obtained by the Ledger" (who made or holds it). Only after a common noun that is not
 * a person or a group ("according to a spokesman for the union" is the spokesman); "by" takes
 * any phrase (the maker of a thing is someone), "in" and "from" only a name (an outlet).
 */
function sourceBehind(ctx: QuoteContext, w: Window, end: number): Phrase | null {
  const head = tok(ctx, end - 1);
  if (!head || head.pos !== "NOUN" || !/^\p{Ll}/u.test(head.text)) return null;
  if (lang.names.personNouns.has(head.lemma) || lang.names.organisationWords.has(head.normal))
    return null;
  let k = end;
  // "one copy of the memo": the document the copy is of.
  if (tok(ctx, k)?.normal === "of") {
    const of = phraseStartingAt(ctx, w, k + 1);
    if (of === null) return null;
    k = of;
  }
  // "filed by", "obtained by", "published in", and a time ("a study last year by").
  const participle = tok(ctx, k);
  if (participle?.pos === "VERB" && /ed$/.test(participle.normal)) k += 1;
  else if (lang.time.timePhraseWords.has(tok(ctx, k + 1)?.normal ?? "")) k += 2;
  const preposition = tok(ctx, k)?.normal ?? "";
  if (!usable(ctx, w, k) || !/^(?:by|in|from)$/.test(preposition)) return null;
  const start = k + 1;
  const last = phraseStartingAt(ctx, w, start);
  if (last === null) return null;
  const first = tok(ctx, start)?.pos === "DET" ? start + 1 : start;
  // "the exit polls in New Hampshire": a place is where, not who.
  if (
    preposition !== "by" &&
    (!isName(ctx, first) || isPlaceWord(tok(ctx, last - 1)?.normal ?? ""))
  )
    return null;
  return { start, end: last };
}

/** "In a statement, X …" at the start of a window: X as written, when a verb follows. */
export function inAStatement(ctx: QuoteContext, w: Window): string | null {
  let i = w.lo;
  if (tok(ctx, i)?.pos === "CCONJ") i += 1;
  if (tok(ctx, i)?.normal !== "in") return null;
  for (let k = i + 1; k < Math.min(w.hi, i + 12); k += 1) {
    const token = tok(ctx, k);
    if (!token || token.text !== ",") continue;
    const hasDocument = ctx.tokens
      .slice(i, k)
      .some((t) => lang.speech.documentNouns.has(t.lemma) || t.lemma === "interview");
    const end = hasDocument ? phraseStartingAt(ctx, w, k + 1) : null;
    if (end === null) return null;
    let after = end;
    while (tok(ctx, after)?.pos === "ADV" || tok(ctx, after)?.pos === "AUX") after += 1;
    return tok(ctx, after)?.pos === "VERB" ? phraseText(ctx, { start: k + 1, end }) : null;
  }
  return null;
}
