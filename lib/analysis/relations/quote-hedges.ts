import { type Token } from "../text";
import { lang } from "../lang";

/**
 * How a quote's words can blame or not, beyond the words themselves: a negation before a critical
 * word, a reproachful question ("Why won't they …?"), praise that is denied ("not honest"), a
 * condition about anybody ("if anyone cheats"), a passive participle whose subject suffers. Apart
 * from quote-blame.ts, which finds the cue and its target, because each of these reads only the
 * tokens around one word.
 */

/** True when a negation governs token i from up to three words before it, within its clause. */
export function negated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) {
    const token = tokens[k];
    if (!token || /^[,;:]$/.test(token.text)) return false;
    if (lang.functionWords.negatorsAndNegativePronouns.has(token.normal)) return true;
  }
  return false;
}

/** How far into a question its negated auxiliary may come: "How come his own staff doesn't …". */
const REPROACH_REACH = 8;

/**
 * True when token i opens a reproachful question: "Why can't X …?", "How
 * come X doesn't …?". Asking why someone fails to do something blames them
 * for it; a plain question ("Why did you come?") does not.
 */
export function reproach(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  let from = i + 1;
  if (token.normal === "how" && tokens[i + 1]?.normal === "come") from = i + 2;
  else if (token.normal !== "why") return false;
  let negation = -1;
  for (let k = from; k < tokens.length && k <= i + REPROACH_REACH; k += 1) {
    const t = tokens[k];
    if (!t || /^[,;:.!?]$/.test(t.text)) break;
    if ((t.normal === "n't" || t.normal === "not") && tokens[k - 1]?.pos === "AUX") {
      negation = k;
      break;
    }
  }
  // "Why can't we …?" asks of the speaker's own side: no reproach of anyone else.
  if (negation < 0 || lang.functionWords.firstPerson.has(tokens[negation + 1]?.normal ?? ""))
    return false;
  // A question: it ends with a question mark.
  for (let k = negation + 1; k < tokens.length; k += 1) {
    const text = tokens[k]?.text;
    if (text === "?") return true;
    if (text === "." || text === "!") return false;
  }
  return false;
}

/** True when token i is a word of praise its clause denies: "not accurate", "Not a single thing he said is accurate". */
export function deniedPraise(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !lang.criticism.praiseWords.has(token.normal)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k -= 1) {
    const before = tokens[k];
    if (!before || /^[,;:]$/.test(before.text) || lang.criticism.doubtWords.has(before.normal))
      return false;
    if (
      lang.functionWords.negatorsAndNegativePronouns.has(before.normal) &&
      before.normal !== "without"
    )
      return true;
  }
  return false;
}

/** True when token i is in a condition about anybody ("if you do wrong", "if anyone lies"), back to its clause's start. */
export function hypothetical(tokens: readonly Token[], i: number): boolean {
  let generic = false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k -= 1) {
    const token = tokens[k];
    if (!token || /^[,;:]$/.test(token.text)) return false;
    if (lang.functionWords.genericPeople.has(token.normal)) generic = true;
    if (lang.functionWords.conditionals.has(token.normal)) return generic;
  }
  return false;
}

/** True when token i is a passive participle ("should be coerced"): its subject suffers, it does not act. */
export function passive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k -= 1;
  const before = tokens[k];
  return (
    !!before &&
    (before.lemma === "be" || before.lemma === "get") &&
    /(?:ed|en)$/.test(tokens[i]?.normal ?? "")
  );
}
