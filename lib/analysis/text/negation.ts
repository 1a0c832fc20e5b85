import { lang } from "../lang";
import type { Token } from "./nlp";

/**
 * True when a negator governs token i: found scanning left within `window`
 * tokens, stopping at clause punctuation and at a content verb (the negator
 * of "did not act to stop these attacks" belongs to "act", not "attacks").
 */
export function negatedBefore(tokens: readonly Token[], i: number, window = 6): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k -= 1) {
    const token = tokens[k];
    if (!token || /^[,;:]$/.test(token.text)) return false;
    if (lang.functionWords.negators.has(token.normal)) return true;
    if (token.pos === "VERB" && !lang.functionWords.raisingVerbs.has(token.lemma) && k < i - 1)
      return false;
  }
  return false;
}
