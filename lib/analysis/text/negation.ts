import { lang } from "../lang";
import type { Token } from "./nlp";

/**
 * True when a negator governs token i: found scanning left within `window`
 * tokens, stopping at clause punctuation and at a content verb (the negator
 * of "did not act to stop these attacks" belongs to "act", not "attacks").
 */
export function negatedBefore(tokens: readonly Token[], i: number, window = 6): boolean {
  if (refusedBefore(tokens, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - window; k -= 1) {
    const token = tokens[k];
    if (!token || /^[,;:]$/.test(token.text)) return false;
    if (lang.functionWords.negators.has(token.normal)) return true;
    if (token.pos === "VERB" && !lang.functionWords.raisingVerbs.has(token.lemma) && k < i - 1)
      return false;
  }
  return false;
}

/**
 * True when token i is an infinitive a negative implicative governs: "refused to say", "her
 * refusal to call it", "reluctant to condemn" (lang data `hedges.negativeImplicatives`). What follows is
 * not done, as after "not".
 */
export function refusedBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.normal !== "to") return false;
  let k = i - 2;
  // "refused even to say", "declined, again, to call": adverbs (and their commas) between.
  while (k > 0 && k > i - 6 && (tokens[k]?.pos === "ADV" || tokens[k]?.text === ",")) k -= 1;
  return lang.hedges.negativeImplicatives.has(tokens[k]?.lemma ?? "");
}
