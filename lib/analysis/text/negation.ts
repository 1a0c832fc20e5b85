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

/** Modals of possibility whose negation with a comparative is emphasis: "could", "can" ("ca" of "can't"). */
const POSSIBILITY = new Set(["could", "can", "ca"]);
/** Words between the negated modal and its comparative: "couldn't be more", "can't get any worse". */
const DEGREE_BRIDGE = new Set([
  "be",
  "have",
  "been",
  "get",
  "gotten",
  "any",
  "much",
  "possibly",
  "ever",
]);
const COMPARATIVE_WORDS = new Set(["more", "less", "worse", "better"]);

/**
 * True when the negator at token `n` makes a degree emphatic instead of denying it: "could not be
 * more wrong", "couldn't get any more out of touch", "can't get any worse" say the thing is as X
 * as it gets. A negated modal of possibility followed by a comparative with no "than" after it
 * ("could not be more wrong than she is" compares, and denies).
 */
export function emphaticNegation(
  tokens: readonly { text: string; pos?: string; lemma?: string }[],
  n: number,
): boolean {
  const negator = tokens[n]?.text.toLowerCase().replace(/[’‘]/g, "'") ?? "";
  const modal = negator === "cannot" ? "can" : (tokens[n - 1]?.text.toLowerCase() ?? "");
  if (!POSSIBILITY.has(modal) || !/^(?:not|n't|cannot)$/.test(negator)) return false;
  let k = n + 1;
  while (k < tokens.length && k <= n + 4 && DEGREE_BRIDGE.has(tokens[k]?.text.toLowerCase() ?? ""))
    k += 1;
  const word = tokens[k];
  if (!word) return false;
  const text = word.text.toLowerCase();
  const comparative =
    COMPARATIVE_WORDS.has(text) ||
    ((word.pos === "ADJ" || word.pos === "ADV") &&
      text.endsWith("er") &&
      word.lemma !== undefined &&
      word.lemma !== text);
  if (!comparative) return false;
  for (let j = k + 1; j < tokens.length; j += 1) {
    const t = tokens[j]?.text ?? "";
    if (/^[.;:!?]$/.test(t)) break;
    if (t.toLowerCase() === "than") return false;
  }
  return true;
}
