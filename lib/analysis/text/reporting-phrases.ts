import type { Token } from "./nlp";
import { lang } from "../lang";

/** Attribution clauses longer than this many tokens are not treated as attribution (they carry content). */
export const MAX_ATTRIBUTION_TOKENS = 7;

/** Tokens that close the clause an attribution sits in. */
const BOUNDARY = /^(?:[,;:!?.()…—–"“”‘’«»]|'|that)$/;

function isBoundary(token: Token): boolean {
  return BOUNDARY.test(token.normal) || token.type === "punctuation";
}

/**
 * Mark the tokens of attribution clauses: the attribution verb and the short
 * clause around it that names the source (", the senior administration
 * official said", "told The Wall Street Journal on Friday", "according to
 * officials"). Alignment gives these words less weight: two sentences that
 * report different things from the same source must not match on the source.
 * A side is marked only when it ends at punctuation (or "that") within
 * `MAX_ATTRIBUTION_TOKENS` tokens, so "Berg said on Friday the US had …"
 * keeps the content after "said".
 */
export function attributionMask(tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    if (!lang.speech.attributionForms.has(token.normal)) return;
    mask[i] = 1;
    for (const step of [-1, 1]) {
      const span: number[] = [];
      let tooLong = false;
      for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
        const other = tokens[k];
        if (!other || isBoundary(other)) break;
        if (span.length >= MAX_ATTRIBUTION_TOKENS) {
          tooLong = true;
          break;
        }
        span.push(k);
      }
      if (!tooLong) for (const k of span) mask[k] = 1;
    }
  });
  return mask;
}
