import type { SyntaxToken, Word } from "./words";

/** A dependency parse of one sentence, over the tokens it was given. */
export interface Parse {
  /** The tokens, as given. */
  readonly tokens: readonly SyntaxToken[];
  /** Each token's head (a token index), -1 for the root. */
  readonly heads: readonly number[];
  /** Each token's Universal Dependencies relation to its head ("nsubj", "obl:agent" …; "root"). */
  readonly labels: readonly string[];
  /** Each token's dependents, in sentence order. */
  readonly children: readonly (readonly number[])[];
  /** The root token; -1 for a sentence with no tokens. */
  readonly root: number;
}

/**
 * From a parse of words to a parse of tokens. Each token stands for its
 * highest word (nearest the root; the first on ties), whose head and relation
 * it takes; its other words' dependents hang from it. Heads always point to a
 * strictly higher word, so folding cannot make a cycle.
 */
export function foldToTokens(
  tokens: readonly SyntaxToken[],
  words: readonly Word[],
  wordHeads: readonly number[],
  wordLabels: readonly string[],
): Parse {
  const depth = words.map((_, w) => {
    let d = 0;
    for (let at = wordHeads[w] ?? -1; at >= 0 && d <= words.length; at = wordHeads[at] ?? -1)
      d += 1;
    return d;
  });
  const main = new Array<number>(tokens.length).fill(-1);
  words.forEach((word, w) => {
    const current = main[word.token] ?? -1;
    if (current < 0 || (depth[w] as number) < (depth[current] as number)) main[word.token] = w;
  });
  const heads: number[] = [];
  const labels: string[] = [];
  let root = -1;
  for (let t = 0; t < tokens.length; t += 1) {
    const w = main[t] ?? -1;
    const headWord = w >= 0 ? (wordHeads[w] ?? -1) : -1;
    const head = headWord >= 0 ? (words[headWord]?.token ?? -1) : -1;
    heads.push(head);
    labels.push(head < 0 ? "root" : (wordLabels[w] ?? "dep"));
    if (head < 0 && root < 0) root = t;
  }
  const children: number[][] = tokens.map(() => []);
  heads.forEach((head, t) => {
    if (head >= 0) children[head]?.push(t);
  });
  return { tokens, heads, labels, children, root };
}
