import { type Token } from "../text";

import { isWordLike } from "./terms";
import { lang } from "../lang";

/** Each side of a split must keep at least this many words. */
export const MIN_CLAUSE_WORDS = 8;

const COORDINATORS = new Set(["and", "but"]);
/** Word classes that can open a clause's subject ("and rockets were fired", "and the embassy was …"). */
const SUBJECT_START = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);
const VERBAL = new Set(["VERB", "AUX"]);

function wordCount(tokens: readonly Token[]): number {
  return tokens.filter(isWordLike).length;
}

/**
 * True when `and`/`but` at index i joins two clauses: a subject follows (only
 * subject-like words), then a verb within six tokens. "and incitement to
 * attack" is not a clause: "to" stops the subject.
 */
function joinsClauses(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !SUBJECT_START.has(next.pos)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 8); k += 1) {
    const token = tokens[k];
    if (!token) return false;
    if (VERBAL.has(token.pos)) return true;
    if (!SUBJECT_START.has(token.pos)) return false;
  }
  return false;
}

/**
 * Split a sentence into the clauses that can each report a fact of their
 * own: at a semicolon, at "and"/"but" followed by a new subject and verb
 * ("protesters set fire to the Ruritanian embassy | and rockets were fired at
 * the American embassy"), and after an opening subordinate clause ("While the
 * rockets landed harmlessly …, | they underscored …"). A sentence can then be
 * aligned with two different facts. Splits that would leave fewer than
 * `MIN_CLAUSE_WORDS` words on a side are not made. Returns [start, end) token
 * ranges covering the sentence.
 */
export function clauseRanges(tokens: readonly Token[]): [number, number][] {
  const cuts: number[] = [];
  const first = tokens.find(isWordLike);
  const opensSubordinate =
    first !== undefined && lang.functionWords.splittingSubordinators.has(first.normal);
  let seenComma = false;
  tokens.forEach((token, i) => {
    if (token.normal === ";") cuts.push(i + 1);
    else if (COORDINATORS.has(token.normal) && joinsClauses(tokens, i)) cuts.push(i);
    else if (opensSubordinate && !seenComma && token.normal === ",") {
      seenComma = true;
      cuts.push(i + 1);
    }
  });
  const ranges: [number, number][] = [];
  let start = 0;
  for (const cut of cuts) {
    if (
      wordCount(tokens.slice(start, cut)) >= MIN_CLAUSE_WORDS &&
      wordCount(tokens.slice(cut)) >= MIN_CLAUSE_WORDS
    ) {
      ranges.push([start, cut]);
      start = cut;
    }
  }
  ranges.push([start, tokens.length]);
  return ranges;
}
