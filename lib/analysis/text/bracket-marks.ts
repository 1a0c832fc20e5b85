import type { Token } from "./nlp";

/** A closing bracket and a colon or semicolon: wink reads "):" and ");" as frowning emoticons. */
const BRACKET_MARK = /^[)\]][:;]$/;

const punctuation = (text: string, start: number): Token => ({
  text,
  start,
  end: start + 1,
  normal: text,
  lemma: text,
  pos: "PUNCT",
  type: "punctuation",
  stop: false,
});

/**
 * "Rep. Ana Ruiz (R-Ohio):“…”", "(see the list); then …": a bracket and the mark after it that
 * touch the word before them are punctuation, not a face, so the colon that introduces a
 * transcript line is a token of its own. A face set off by a space (" ):") is left as it is.
 */
export function splitBracketMarks(tokens: Token[]): Token[] {
  if (!tokens.some((token) => token.type === "emoticon")) return tokens;
  const out: Token[] = [];
  for (const token of tokens) {
    const prev = out[out.length - 1];
    if (token.type === "emoticon" && BRACKET_MARK.test(token.text) && prev?.end === token.start) {
      out.push(punctuation(token.text.charAt(0), token.start));
      out.push(punctuation(token.text.charAt(1), token.start + 1));
    } else out.push(token);
  }
  return out;
}
