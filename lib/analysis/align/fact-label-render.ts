import type { Token } from "../text";

/** Writing a label from the tokens kept of a sentence. */

const QUOTES = /["“”«»„]/gu;
/** Punctuation written against the word before it. */
const CLOSING = new Set([",", ".", ";", ":", ")", "!", "?", "%"]);

/**
 * True when token i begins a word as a reader counts them: not punctuation,
 * and not glued to the kept token before it ("'s" of "Lakeview's").
 */
export function startsWord(tokens: readonly Token[], i: number, previous?: number): boolean {
  const token = tokens[i];
  if (!token || token.pos === "PUNCT") return false;
  const before = previous === undefined ? undefined : tokens[previous];
  return !before || before.end < token.start || before.pos === "PUNCT";
}

/** The words among the kept tokens. */
export function wordCount(tokens: readonly Token[], keep: Uint8Array): number {
  let count = 0;
  let previous: number | undefined;
  keep.forEach((k, i) => {
    if (!k) return;
    if (startsWord(tokens, i, previous)) count += 1;
    previous = i;
  });
  return count;
}

/** Straight and curly quote marks stay only when they pair up. */
function balancedQuotes(text: string): boolean {
  const open = (text.match(/[“«„]/gu) ?? []).length;
  const close = (text.match(/[”»]/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return open === close && straight % 2 === 0;
}

/**
 * The kept tokens as text: the sentence's own spacing between neighbours, a
 * space where something was dropped; no quote marks or punctuation at the
 * edges, unpaired quote marks removed, the first letter capitalised, and an
 * ellipsis when a phrase was cut. Null when fewer than three words are left.
 */
export function renderLabel(
  tokens: readonly Token[],
  keep: Uint8Array,
  ellipsis: boolean,
): string | null {
  let text = "";
  let previous = -1;
  keep.forEach((k, i) => {
    const token = tokens[i];
    if (!k || !token) return;
    const before = tokens[previous];
    if (previous >= 0 && before) {
      const adjacent = previous === i - 1;
      if (adjacent ? before.end < token.start : !CLOSING.has(token.text)) text += " ";
    }
    text += token.text;
    previous = i;
  });
  text = text.replace(/\s+/gu, " ").replace(/(?:\s*,)+/gu, ",");
  text = text.replace(/^[\s"“”‘’'«»„,;:.—–-]+|[\s"“”‘’'«»„,;:.—–-]+$/gu, "");
  if (!balancedQuotes(text)) text = text.replace(QUOTES, "").replace(/\s+/gu, " ").trim();
  if (wordCount(tokens, keep) < 3 || text.length === 0) return null;
  text = text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return ellipsis ? `${text}…` : text;
}
