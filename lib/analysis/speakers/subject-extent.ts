import { usable, type QuoteContext, type Window } from "../text";
import { lang } from "../lang";
import { canSpeak } from "./can-speak";
import { atClauseStart, isName, phraseEndingAt, phraseStartingAt } from "./noun-phrases";

/**
 * How far a subject phrase runs beyond the noun phrase next to its verb: over a list of people
 * ("writers, painters, singers and doctors"), to the head an "of" phrase hangs from ("Leaders of
 * the union"), and on to the name a description goes by ("the camp chief known as Sam").
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * "40 writers, painters, singers and doctors signed": the whole list speaks, not its last two
 * nouns ("singers and doctors", which the noun-phrase reader joins by "and"). Each item before
 * them is a common noun set off by a comma; the list must open a clause ("In the streets,
 * farmers and workers said" keeps its subject). Gives the list's start, or `start`.
 */
function listStart(ctx: QuoteContext, w: Window, start: number | null, end: number): number | null {
  if (start === null) return null;
  let joined = false;
  for (let k = start; k < end && !joined; k += 1) joined = tok(ctx, k)?.normal === "and";
  if (!joined || tok(ctx, end)?.pos !== "NOUN") return start;
  let s = start;
  while (tok(ctx, s - 1)?.text === "," && usable(ctx, w, s - 2)) {
    const item = tok(ctx, s - 2);
    // A plural opening the sentence is often tagged as a name ("Teachers, nurses and …").
    const opening = item?.pos === "PROPN" && tok(ctx, s - 3)?.sentence !== item.sentence;
    if (!item || (item.pos !== "NOUN" && !opening) || lang.time.timePhraseWords.has(item.normal))
      break;
    const before = phraseEndingAt(ctx, w, s - 2);
    if (before === null) break;
    s = before;
  }
  return s < start && atClauseStart(ctx, w, s) ? s : start;
}

/**
 * "Leaders of the union said", "the authors of the report wrote": the phrase that speaks is
 * the one whose head the "of" phrase hangs from, when that head is a word for people ("leaders",
 * "members", "critics"), not a thing ("the text of the bill") nor a group whose members the "of"
 * phrase names ("a group of 60 nurses"). Gives the start of the whole phrase, or `start`.
 */
function ofHead(ctx: QuoteContext, w: Window, start: number | null): number | null {
  if (start === null || tok(ctx, start - 1)?.normal !== "of") return start;
  const head = start - 2;
  const token = tok(ctx, head);
  if (!token || !usable(ctx, w, head) || lang.names.organisationWords.has(token.normal))
    return start;
  // A plural opening the sentence is often tagged as a name ("Leaders of …"): its word decides.
  const people =
    lang.names.personNouns.has(token.normal) ||
    lang.names.personNouns.has(token.normal.replace(/s$/, ""));
  if (!people && (token.pos !== "NOUN" || !canSpeak(ctx, head, false))) return start;
  const outer = phraseEndingAt(ctx, w, head);
  return outer !== null && atClauseStart(ctx, w, outer) ? outer : start;
}

/** A word for a number of something: "one" or "two" of "one of the unions". */
const isQuantity = (ctx: QuoteContext, i: number) => tok(ctx, i)?.pos === "NUM";

/**
 * "“…,” said a spokesman for the ministry", "wrote the authors of the report": after its verb, a
 * word for people runs on over the "of" or "for" phrase that says whose they are, as "Leaders of
 * the union said" does before it (ofHead), and on over the "of" after a number ("the head of one
 * of the unions"). For whom someone speaks can speak itself ("for the ministry", not "for the
 * third time"). Gives the end of the whole phrase, or null.
 */
export function ofTail(ctx: QuoteContext, w: Window, end: number): number | null {
  const head = tok(ctx, end - 1);
  const marker = tok(ctx, end)?.normal;
  if (!head || (marker !== "of" && marker !== "for") || !usable(ctx, w, end + 1)) return null;
  const people =
    lang.names.personNouns.has(head.normal) ||
    lang.names.personNouns.has(head.normal.replace(/s$/, "")) ||
    (head.pos === "NOUN" && canSpeak(ctx, end - 1, false));
  if (!people && !(marker === "of" && isQuantity(ctx, end - 1))) return null;
  let tail = phraseStartingAt(ctx, w, end + 1);
  if (tail !== null && tok(ctx, tail)?.normal === "of" && isQuantity(ctx, tail - 1))
    tail = usable(ctx, w, tail + 1) ? phraseStartingAt(ctx, w, tail + 1) : null;
  if (tail === null || (marker === "for" && !canSpeak(ctx, tail - 1, false))) return null;
  return tail;
}

/**
 * "the camp chief known as Sam", "a local doctor named Ada Price": a description with the name
 * it goes by is one phrase, the name its head. Gives the end of the name, or null.
 */
export function namedAfter(ctx: QuoteContext, w: Window, end: number): number | null {
  const word = tok(ctx, end)?.normal ?? "";
  let name = end + 1;
  if (word === "known" && tok(ctx, name)?.normal === "as") name += 1;
  else if (word !== "named" && word !== "called") return null;
  let stop = name;
  while (stop < w.hi && usable(ctx, w, stop) && isName(ctx, stop)) stop += 1;
  return stop > name ? stop : null;
}

/** The start of the whole subject whose last noun phrase runs from `start` to `end` (inclusive). */
export function wholeSubjectStart(
  ctx: QuoteContext,
  w: Window,
  start: number | null,
  end: number,
): number | null {
  return ofHead(ctx, w, listStart(ctx, w, start, end));
}
