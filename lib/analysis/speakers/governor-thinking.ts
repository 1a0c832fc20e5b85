import { dependentOf, dependentsOf, hasRelation, headOf, phraseOf } from "../syntax";
import type { QuoteContext } from "../text";
import { lang } from "../lang";
import { isPredicate, tok } from "./governor-parts";
import type { ParseUnit } from "./parse-units";
import { isAsAside } from "./speech-idioms";

/**
 * The verbs of thinking, feeling or perceiving by which governor.ts reads a quote as its subject's
 * when no speech verb governs it ("Park believes the bridge will open “in May”"), and the shapes
 * that keep such a verb from stating a clause: a relative clause, a clause hung on a noun, an
 * indirect question, a clause set off by a comma.
 */

/** The relations by which a question word belongs to the clause it opens. */
const QUESTION_ROLES = ["mark", "advmod", "nsubj", "obj", "obl"];

/** A verb of thinking, feeling or perceiving that takes a clause ("believe", "fear", "point"). */
export function isClauseVerb(ctx: QuoteContext, unit: ParseUnit, v: number): boolean {
  const token = tok(ctx, unit.first + v);
  return (
    token !== undefined &&
    token.pos === "VERB" &&
    lang.speakers.clauseVerbs.has(token.lemma) &&
    isPredicate(unit.parse, v)
  );
}

/**
 * Whether predicate v states the clause `below` that the climb came up from: v is a clause verb
 * and `below` its clausal complement ("believes [the plan will fail]", not "believes the plan,
 * and [the vote failed]"). Not in a relative clause: in "the man who believes that …" the words
 * are not the man's to the sentence, which only describes him.
 */
export function thinks(ctx: QuoteContext, unit: ParseUnit, v: number, below: number): boolean {
  const { parse } = unit;
  if (headOf(parse, below) !== v || hasRelation(parse, v, "acl")) return false;
  if (!isClauseVerb(ctx, unit, v) && !thatComplement(ctx, unit, v, below)) return false;
  // Frame 26 is a clause complement ("believes [that] the toll …"): not a verb's infinitive or
  // predicate ("hopes to build", "made it …"), by which the parse also ties a misread participle.
  if (hasRelation(parse, below, "ccomp")) return stated(ctx, unit, below);
  return commentedOn(ctx, unit, v, below);
}

/**
 * A verb WordNet does not list whose complement is a clause opened by "that" ("The campaign
 * projects that “…”", "Berg found in 2014 that …"): the syntax says it states the clause, as a
 * listed verb of thinking does.
 */
function thatComplement(ctx: QuoteContext, unit: ParseUnit, v: number, below: number): boolean {
  const { parse, first } = unit;
  return (
    tok(ctx, first + v)?.pos === "VERB" &&
    isPredicate(parse, v) &&
    hasRelation(parse, below, "ccomp") &&
    dependentsOf(parse, below, "mark").some((m) => tok(ctx, first + m)?.normal === "that")
  );
}

/**
 * "As Berg has pointed out, the toll will …", which the parser often reads with the aside on
 * top and the clause it comments on as its conjunct or as set beside it (parataxis): clause
 * `below` is what the "as" aside v states.
 */
function commentedOn(ctx: QuoteContext, unit: ParseUnit, v: number, below: number): boolean {
  const { parse } = unit;
  return (
    hasRelation(parse, below, "conj", "parataxis") &&
    headOf(parse, below) === v &&
    below > v &&
    opensWithAs(ctx, unit, v) &&
    gapped(ctx, unit, v, below)
  );
}

/**
 * True when clause c is the one an "as" aside above it comments on ("As Berg has pointed out,
 * [the toll is “…”]"): though the parse sets it beside the aside, it is not apart from it.
 */
export function asideStates(ctx: QuoteContext, unit: ParseUnit, c: number): boolean {
  const v = headOf(unit.parse, c);
  return v !== null && isClauseVerb(ctx, unit, v) && commentedOn(ctx, unit, v, c);
}

/**
 * "As Berg has pointed out": a comment set in a clause has no object or clause of its own, the
 * clause it is set in being what it states; "as investors decide [profits will fall]" has its
 * own and tells when, not who says so. `except` is the clause the parse hung from it instead.
 * Read in the words too, up to the comment's comma, as the parse may hang a clause of the comment
 * elsewhere ("As traders decided the toll was fair, …" with "fair" as an oblique).
 */
export function gapped(
  ctx: QuoteContext,
  unit: ParseUnit,
  v: number,
  except: number | null,
): boolean {
  const { parse, first } = unit;
  if (!dependentsOf(parse, v, "obj", "ccomp").every((d) => d === except)) return false;
  for (let k = v + 1; k < parse.heads.length; k += 1) {
    const token = tok(ctx, first + k);
    if (!token || token.text === ",") break;
    if (token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return true;
}

/**
 * Whether clause v, on the way up from a quote, is part of what the clause above it states: its
 * complement ("believes [the toll …]"), unless asked ("wondered [whether …]") or parted from it
 * by a comma; or a conjunct joined by "and", "but", "or" ("thinks [A] and [B]"); a conjunct the
 * parse joined with no conjunction is as often a clause of its own.
 */
export function stated(ctx: QuoteContext, unit: ParseUnit, v: number): boolean {
  const { parse } = unit;
  if (asked(ctx, unit, v)) return false;
  if (hasRelation(parse, v, "ccomp")) return !setOff(ctx, unit, v);
  if (hasRelation(parse, v, "xcomp")) return true;
  return hasRelation(parse, v, "conj") && dependentOf(parse, v, "cc") !== null;
}

/**
 * A clause set off by a comma before it ("… realized they were not coming, “he left”"): not
 * the complement of the verb the parse hung it from, which is never parted from its verb by a
 * comma, but a clause of its own.
 */
export function setOff(ctx: QuoteContext, unit: ParseUnit, v: number): boolean {
  const { parse, first } = unit;
  let start = v;
  const stack = [v];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (parse.tokens[i]?.pos !== "PUNCT") start = Math.min(start, i);
    stack.push(...dependentsOf(parse, i));
  }
  let k = start - 1;
  while (k >= 0 && /^[“”"‘’']$/.test(tok(ctx, first + k)?.text ?? "")) k -= 1;
  return tok(ctx, first + k)?.text === ",";
}

/** "As Berg has pointed out": the clause's "as", hung from its verb or from its subject. */
function opensWithAs(ctx: QuoteContext, unit: ParseUnit, v: number): boolean {
  const { parse, first } = unit;
  if (isAsAside(ctx, parse, first, v)) return true;
  return dependentsOf(parse, v, "nsubj").some((subject) =>
    dependentsOf(parse, subject, "case", "mark").some(
      (k) => k + 1 === phraseOf(parse, subject).start && tok(ctx, first + k)?.normal === "as",
    ),
  );
}

/**
 * An indirect question ("wondered whether the bridge will open", "asked why the vote …"): a
 * clause opened by one of the question words, which is asked, not stated.
 */
function asked(ctx: QuoteContext, unit: ParseUnit, v: number): boolean {
  // The question word is the clause's own (its "whether", its "why", its "who"), before its verb:
  // the "if" of a condition inside it ("thinks that if the vote fails, …") hangs lower.
  return dependentsOf(unit.parse, v, ...QUESTION_ROLES).some(
    (d) =>
      d < v && lang.functionWords.indirectQuestionWords.has(tok(ctx, unit.first + d)?.normal ?? ""),
  );
}
