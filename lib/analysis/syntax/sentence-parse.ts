import { parseTokens, type Parse } from "./parse";
import type { SyntaxToken } from "./words";

/**
 * One parse per sentence, however many stages ask: speakers, blame and voice all read the same
 * tree. Parses are made on first request (most sentences are never asked about, so they cost
 * nothing) and kept as long as the sentence's token list lives, keyed by that list.
 */
const parses = new WeakMap<readonly SyntaxToken[], Parse>();

export function parseSentence(tokens: readonly SyntaxToken[]): Parse {
  let parse = parses.get(tokens);
  if (!parse) {
    parse = parseTokens(tokens);
    parses.set(tokens, parse);
  }
  return parse;
}
