import { isSpeechVerb, usable, type QuoteContext, type Window } from "../text";
import { lang } from "../lang";

/** A token range [start, end). */
export interface Phrase {
  start: number;
  end: number;
}

/** Who a speech verb's subject is: a noun phrase (with an appositive) or a pronoun. */
export interface Subject extends Phrase {
  /** A description or name set off by commas right after the core phrase. */
  appositive: Phrase | null;
  pronoun: boolean;
  /** The phrase is the author of a document ("a statement from X said"): X. */
  documentFrom: boolean;
}

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

function glued(ctx: QuoteContext, a: number, b: number): boolean {
  const left = tok(ctx, a);
  const right = tok(ctx, b);
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** Tags wink gives capitalised words it did not read as names: such a word may still be one. */
const CAPITALISED_NAME_TAGS = new Set(["NOUN", "VERB", "ADJ", "X"]);

/** A name token: PROPN, or a capitalised word wink mis-tagged inside a run of names ("Peter Welch"). */
export function isName(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  if (!token) return false;
  if (token.pos === "PROPN") return /\p{L}/u.test(token.text);
  // The tag first: it is cheaper than the letter test and rules out most tokens.
  if (!CAPITALISED_NAME_TAGS.has(token.pos) || !/^\p{Lu}/u.test(token.text)) return false;
  const prev = tok(ctx, i - 1);
  const next = tok(ctx, i + 1);
  if (!prev || prev.sentence !== token.sentence) return false;
  return prev.pos === "PROPN" || next?.pos === "PROPN";
}

export function nominal(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  return token !== undefined && (token.pos === "NOUN" || token.pos === "NUM" || isName(ctx, i));
}

function joins(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  return (
    token !== undefined &&
    /^[-.&]$/.test(token.text) &&
    glued(ctx, i - 1, i) &&
    glued(ctx, i, i + 1)
  );
}

/** Start of the noun phrase ending at token j ("a senior Freedonian security official"), or null. */
export function phraseEndingAt(ctx: QuoteContext, w: Window, j: number): number | null {
  if (!usable(ctx, w, j) || !nominal(ctx, j)) return null;
  let s = j;
  while (s - 1 >= w.lo && usable(ctx, w, s - 1)) {
    const token = tok(ctx, s - 1);
    if (!token) break;
    if (nominal(ctx, s - 1) || token.pos === "ADJ") s -= 1;
    else if (token.pos === "PART" && /^['’]s?$/.test(token.text)) s -= 1;
    // "Sanders’ campaign": a bare apostrophe glued to a word in s is a possessive.
    else if (
      /^['’]$/.test(token.text) &&
      glued(ctx, s - 2, s - 1) &&
      /s$/i.test(tok(ctx, s - 2)?.text ?? "")
    )
      s -= 1;
    else if (token.normal === "of" && nominal(ctx, s - 2) && usable(ctx, w, s - 2)) s -= 1;
    // "professors and administrators", "Ostrom and Dorsey": coordinated nouns speak together;
    // "the state’s biggest and busiest farm unions": so do coordinated adjectives.
    else if (
      token.normal === "and" &&
      usable(ctx, w, s - 2) &&
      // Alike on both sides, so "rules for class actions and Justice Veck said" stays apart.
      ((nominal(ctx, s) && nominal(ctx, s - 2) && isName(ctx, s) === isName(ctx, s - 2)) ||
        (tok(ctx, s)?.pos === "ADJ" && tok(ctx, s - 2)?.pos === "ADJ"))
    )
      s -= 1;
    else if (joins(ctx, s - 1)) s -= 1;
    else {
      // Not "what" or "which": "what aides called" is said by the aides.
      const determiner = token.pos === "DET" && !lang.functionWords.whWords.has(token.normal);
      if (determiner || (token.pos === "PRON" && lang.functionWords.possessives.has(token.normal)))
        s -= 1;
      break;
    }
  }
  // "One of the state’s busiest farm unions", "some of the protesters".
  if (
    tok(ctx, s - 1)?.normal === "of" &&
    lang.functionWords.partitives.has(tok(ctx, s - 2)?.normal ?? "") &&
    usable(ctx, w, s - 2)
  )
    s -= 2;
  // "Close to three dozen House Democrats", "more than 90 professors", "nearly 90 faculty".
  const first = tok(ctx, s);
  if (first?.pos === "NUM") {
    const one = tok(ctx, s - 1);
    const two = tok(ctx, s - 2);
    if (
      one &&
      two &&
      lang.speakers.comparativeLinks.has(one.normal) &&
      lang.speakers.numberComparatives.has(two.normal)
    )
      s -= 2;
    else if (one && lang.speakers.approximators.has(one.normal)) s -= 1;
  }
  return s;
}

/** End (exclusive) of the noun phrase starting at token i ("said a senior Freedonian official"), or null. */
export function phraseStartingAt(ctx: QuoteContext, w: Window, i: number): number | null {
  let e = i;
  const first = tok(ctx, i);
  if (
    first &&
    usable(ctx, w, i) &&
    (first.pos === "DET" || lang.functionWords.possessives.has(first.normal))
  )
    e += 1;
  let last = -1;
  while (e < w.hi && usable(ctx, w, e)) {
    const token = tok(ctx, e);
    if (!token) break;
    // A role noun tagged otherwise ("the base chief") heads the phrase too.
    if (nominal(ctx, e) || lang.names.personNouns.has(token.normal)) last = e;
    // A word joined by a hyphen ("Florida-based", "Iowa-born") modifies the noun after it.
    else if (joins(ctx, e - 1)) {
      // part of a compound modifier
    } else if (token.pos === "ADJ" || (token.pos === "PART" && /^['’]s?$/.test(token.text))) {
      // adjectives and possessives continue the phrase
    } else if (!(token.normal === "of" && nominal(ctx, e + 1)) && !joins(ctx, e)) break;
    e += 1;
  }
  return last >= i ? last + 1 : null;
}

/** True when a phrase starting at `start` opens a clause (so it can be a subject, not an object). */
export function atClauseStart(ctx: QuoteContext, w: Window, start: number): boolean {
  const before = start - 1;
  const token = tok(ctx, before);
  if (before < w.lo || !token || token.depth > w.level) return true;
  if (ctx.closers.has(before) || /^[,:;—–(\-]$/.test(token.text)) return true;
  if (
    token.pos === "CCONJ" ||
    token.pos === "SCONJ" ||
    lang.functionWords.clauseOpeners.has(token.normal)
  )
    return true;
  return isSpeechVerb(token);
}
