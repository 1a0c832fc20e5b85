import { foldToTokens, type Parse } from "./fold";
import { toWords } from "./words";

/** One row of a hand-written parse, as in CoNLL-U: text, tag, head (1-based, 0 = root), relation. */
export type ParseRow = [text: string, pos: string, head: number, relation: string];

/**
 * A parse written by hand, for tests of the questions asked of parses
 * (`tree.ts`, `roles.ts`, `clauses.ts`) apart from what the model predicts.
 * Tokens the parser would split must not be used here.
 */
export function parseFromRows(rows: readonly ParseRow[]): Parse {
  const tokens = rows.map(([text, pos]) => ({ text, pos }));
  const words = toWords(tokens);
  if (words.length !== tokens.length) throw new Error("parseFromRows: a token would be split");
  return foldToTokens(
    tokens,
    words,
    rows.map((row) => row[2] - 1),
    rows.map((row) => row[3]),
  );
}
