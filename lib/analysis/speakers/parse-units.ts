import { sentenceParse } from "../sentence-parses";
import type { Parse } from "../syntax";
import { isSpeechVerb, type QuoteContext, type Token } from "../text";
import { reportsOwnWords } from "./quote-adjacency";

/**
 * What the parser reads for a quote: the sentence as wink segmented it, joined to the pieces wink
 * cut off by mistake ("Sen. Ana Ruiz (D-Ore.) | said …", "“We won!” | beamed Ruiz"): a piece
 * that opens in lower case or with a comma or bracket continues the sentence before it, in one
 * paragraph. A sentence wink got right is parsed as it is, so the stages that ask about it share
 * its one parse.
 */
export interface ParseUnit {
  /** Index in ctx.tokens of the unit's first token. */
  first: number;
  /** Number of tokens. */
  length: number;
  /** The unit's parse, made on first request. */
  readonly parse: Parse;
}

const MAX_PIECES = 4;

function continues(ctx: QuoteContext, s: number): boolean {
  const sentence = ctx.sentences[s];
  const previous = ctx.sentences[s - 1];
  const first = sentence ? ctx.tokens[sentence.first] : undefined;
  const last = previous ? ctx.tokens[sentence!.first - 1] : undefined;
  if (!first || !last || first.paragraph !== last.paragraph) return false;
  if (/^[\p{Ll},;)\]]/u.test(first.text)) return true;
  // "“We won!” Ruiz said.": a quote ending in "!" or "?" leaves its attribution to the next piece.
  const exclaimed =
    /^[”"’']$/.test(last.text) && /^[!?]$/.test(ctx.tokens[sentence!.first - 2]?.text ?? "");
  if (!exclaimed) return false;
  for (
    let i = sentence!.first;
    i < sentence!.first + Math.min(5, sentence!.tokens.length);
    i += 1
  ) {
    const token = ctx.tokens[i];
    if (token && isSpeechVerb(token, true)) return !reportsOwnWords(ctx, i);
  }
  return false;
}

/**
 * A party tag cut into pieces by the tokenizer, "(I-Vt.)", reads to the parser as "I" the
 * pronoun: its letters are given as names, so the tag hangs from the name it follows. A word
 * the quote context retagged as a name (a lone surname, surnames.ts) or as a verb (a speech verb
 * wink took for a plural noun, noun-for-verb.ts) is given with that tag too.
 */
function partyTagFixed(
  ctx: QuoteContext,
  first: number,
  tokens: readonly Token[],
): readonly Token[] {
  let copy: Token[] | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const retagged = ctx.tokens[first + i]?.pos;
    if (!token || retagged === undefined || token.pos === retagged) continue;
    if (retagged !== "PROPN" && retagged !== "VERB") continue;
    copy ??= [...tokens];
    copy[i] = { ...token, pos: retagged };
  }
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    const letter = tokens[i];
    if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== "-" || !letter) continue;
    if (!/^[A-Z]$/.test(letter.text) || letter.pos === "PROPN") continue;
    copy ??= [...tokens];
    copy[i] = { ...letter, pos: "PROPN" };
  }
  return copy ?? tokens;
}

const units = new WeakMap<QuoteContext, Map<number, ParseUnit>>();

/** The parse unit holding wink sentence s, parsed on first request and kept with the context. */
export function parseUnit(ctx: QuoteContext, s: number): ParseUnit | null {
  let known = units.get(ctx);
  if (!known) {
    known = new Map();
    units.set(ctx, known);
  }
  const same = known.get(s);
  if (same) return same;
  let start = s;
  while (start > 0 && s - start < MAX_PIECES - 1 && continues(ctx, start)) start -= 1;
  const cached = known.get(start);
  if (cached) return cached;
  let end = start + 1;
  while (end < ctx.sentences.length && end - start < MAX_PIECES && continues(ctx, end)) end += 1;
  const pieces = ctx.sentences.slice(start, end);
  const head = pieces[0];
  if (!head) return null;
  const joined = pieces.length === 1 ? head.tokens : pieces.flatMap((piece) => piece.tokens);
  const tokens = partyTagFixed(ctx, head.first, joined);
  let parse: Parse | null = null;
  const unit: ParseUnit = {
    first: head.first,
    length: tokens.length,
    get parse() {
      parse ??= sentenceParse(tokens);
      return parse;
    },
  };
  for (let k = start; k < end; k += 1) known.set(k, unit);
  return unit;
}
