import { emphaticNegation, type Token } from "../text";
import { lang } from "../lang";

/**
 * Two ways a quote blames without a critical word: a reproachful question ("Why won't they …?")
 * and praise that is denied ("not honest", "Not one figure she gave was accurate"). Negation,
 * conditions and the like of ordinary cues are read from the parse (cue-context.ts).
 */

/** How far into a question its negated auxiliary may come: "How come his own staff doesn't …". */
const REPROACH_REACH = 8;

/**
 * When token i opens a reproachful question ("Why can't X …?", "How come X doesn't …?"), the
 * index of its negation (whose verb is what X fails to do), else -1. Asking why someone fails to
 * do something blames them for it; a plain question ("Why did you come?") does not.
 */
export function reproach(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token) return -1;
  let from = i + 1;
  if (token.normal === "how" && tokens[i + 1]?.normal === "come") from = i + 2;
  else if (token.normal !== "why") return -1;
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
    return -1;
  // A question: it ends with a question mark.
  for (let k = negation + 1; k < tokens.length; k += 1) {
    const text = tokens[k]?.text;
    if (text === "?") return negation;
    if (text === "." || text === "!") return -1;
  }
  return -1;
}

/** True when token i is a word of praise its clause denies: "not accurate", "Not one figure she gave was accurate". */
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
      // "could not be more accurate" praises.
      return !emphaticNegation(tokens, k);
  }
  return false;
}
