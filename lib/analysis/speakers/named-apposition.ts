import { dominates } from "../syntax";
import { isSpeechVerb, usable, type QuoteContext, type Window } from "../text";
import { headName } from "./names";
import { isName, type Subject } from "./noun-phrases";
import type { ParseUnit } from "./parse-units";

/**
 * "The head of the Civic Trust, Mara Denholm, warned …", "Another critic, Ray Holt, said …": a
 * description whose person is named in apposition right before the verb. The speaker is the
 * name, not the description's head noun ("The head") that the parse makes the subject: the
 * description only says who the person is. The name is taken only when the parse hangs it
 * inside the subject (so "In Ohio, Ray Holt said" is not read as one), it is set off by commas,
 * and only adverbs or auxiliaries stand between its closing comma and the verb.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Between a subject's closing comma and its verb: "has also said", "now says". */
function onlyAdverbs(ctx: QuoteContext, from: number, verb: number): boolean {
  for (let k = from; k < verb; k += 1)
    if (!/^(?:ADV|AUX|PART)$/.test(tok(ctx, k)?.pos ?? "")) return false;
  return true;
}

/**
 * The name in apposition to a description subject (ctx indices), with the description as its
 * appositive; null when the subject already names someone or no such name stands before the verb.
 */
export function namedApposition(
  ctx: QuoteContext,
  unit: ParseUnit,
  subject: Subject,
  agent: number,
  verb: number,
): Subject | null {
  if (subject.pronoun || subject.documentFrom || subject.start > verb) return null;
  if (headName(ctx, subject) !== null) return null;
  // The name's closing comma: the last comma before the verb.
  let close = verb - 1;
  while (close > subject.start && tok(ctx, close)?.text !== ",") close -= 1;
  if (close <= agent || !onlyAdverbs(ctx, close + 1, verb)) return null;
  let start = close;
  while (start - 1 > agent && isName(ctx, start - 1)) start -= 1;
  if (start === close || tok(ctx, start - 1)?.text !== ",") return null;
  const name = { start, end: close };
  if (headName(ctx, name) === null) return null;
  const { parse, first } = unit;
  if (!dominates(parse, agent - first, close - 1 - first)) return null;
  return {
    start,
    end: close,
    appositive: null,
    pronoun: false,
    documentFrom: false,
  };
}

/**
 * The comma closing an appositive that the comma at `comma` opens after the name starting at `i`,
 * right after a quote: "“…,” Ann Bell, lawyer for one of the groups to sue over the law, said".
 * The appositive is a noun phrase (an article, a noun, an adjective or a number first) that
 * runs to a comma followed by a speech verb; the verbs inside it ("to sue", "who founded") are
 * its own. Null when the comma opens no such appositive.
 */
export function appositiveClose(
  ctx: QuoteContext,
  w: Window,
  i: number,
  comma: number,
): number | null {
  if (tok(ctx, comma)?.text !== "," || comma === i) return null;
  for (let k = i; k < comma; k += 1) if (!isName(ctx, k) && tok(ctx, k)?.text !== ".") return null;
  const opener = tok(ctx, comma + 1);
  if (!opener || !/^(?:DET|NOUN|ADJ|NUM|PROPN)$/.test(opener.pos)) return null;
  for (let k = comma + 2; k < Math.min(w.hi, comma + 30); k += 1) {
    const token = tok(ctx, k);
    if (!token || !usable(ctx, w, k) || /^[.;:!?]$/.test(token.text)) return null;
    if (token.text !== ",") continue;
    let v = k + 1;
    while (v < w.hi && tok(ctx, v)?.pos === "ADV") v += 1;
    const verb = tok(ctx, v);
    if (verb && usable(ctx, w, v) && isSpeechVerb(verb, true)) return k;
  }
  return null;
}
