import { usable, type QuoteContext, type Window } from "../text";
import { lang } from "../lang";
import { opensRelativeClause, subjectAfter } from "./subjects";
import type { Subject } from "./noun-phrases";

/**
 * Inverted reporting clauses ("Said Tom Beck, “…”", "…, said state professor Tom Beck."): kept
 * apart from subjects.ts, which reads a subject next to its verb, as these are read after it.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Verbs of reporting whose subject may follow them: "…, said Beck.", "Wrote Beck: “…”". */
const INVERTING = new Set(lang.speech.invertingVerbs);

/**
 * The subject of an inverted reporting clause, read after its verb: one that opens the sentence
 * ("Said Tom Beck, “…”", "Stated Beck: “…”") or closes it after a comma (", said state professor
 * Tom Beck."). The phrase (with its appositive) must run to a clause boundary, so a verb with an
 * object ("…, told reporters he was done") is not read as inverted.
 */
export function invertedSubject(ctx: QuoteContext, w: Window, v: number): Subject | null {
  const verb = tok(ctx, v);
  // Verbs whose subject follows them in news prose; "told X", "called X", "asked X" take objects.
  if (!verb || !INVERTING.has(verb.lemma) || /ing$/.test(verb.normal)) return null;
  const before = tok(ctx, v - 1);
  const opens = v === w.lo || before?.sentence !== tok(ctx, v)?.sentence || afterOpener(ctx, v);
  if (!opens && before?.text !== ",") return null;
  const subject = subjectAfter(ctx, w, v);
  // "…, said of Cruz.": a preposition opens an oblique, not a subject.
  if (!subject || subject.pronoun || tok(ctx, subject.start)?.pos === "ADP") return null;
  let end = Math.max(subject.end, subject.appositive?.end ?? 0);
  // "Said Tom Beck, who grew up there, “…”": the relative clause belongs to the subject.
  if (opens && opensRelativeClause(ctx, end)) end = relativeClauseEnd(ctx, w, end) ?? end;
  const next = tok(ctx, end);
  if (opens) {
    // "Said Beck, “…”", "Stated Beck: “…”": the quote follows the phrase.
    const after = next?.text === "," || next?.text === ":" ? end + 1 : end;
    return ctx.openers.has(after) ? subject : null;
  }
  // ", said Tom Beck." ends the sentence (or the paragraph, or the window); "Since the vote
  // was moved, explained Beck, “…”" introduces the quote set off after it (", said Beck
  // “…”" with no mark between is a clause reported about Beck).
  if ((next?.text === "," || next?.text === ":") && ctx.openers.has(end + 1)) return subject;
  return end >= w.hi || !next || /^[.;!?]$/.test(next.text) ? subject : null;
}

/** "But, said Beck, “…”", "In other words, explained Beck: “…”": after a short verbless opener. */
function afterOpener(ctx: QuoteContext, v: number): boolean {
  if (tok(ctx, v - 1)?.text !== ",") return false;
  const sentence = tok(ctx, v)?.sentence;
  for (let k = v - 2; k >= v - 5; k -= 1) {
    const token = tok(ctx, k);
    if (!token || token.sentence !== sentence) return k < v - 2;
    if (!/^(CCONJ|ADV|ADP|DET|ADJ|NOUN)$/.test(token.pos)) return false;
  }
  return tok(ctx, v - 6)?.sentence !== sentence;
}

/** The comma closing a relative clause opened at the comma `comma` (", who grew up there,"), or null. */
function relativeClauseEnd(ctx: QuoteContext, w: Window, comma: number): number | null {
  for (let k = comma + 2; k < Math.min(w.hi, comma + 30) && usable(ctx, w, k); k += 1) {
    const token = tok(ctx, k);
    if (token?.text === ",") return k;
    if (!token || ctx.openers.has(k) || /^[.;:!?]$/.test(token.text)) return null;
  }
  return null;
}
