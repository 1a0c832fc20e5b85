/** Word identity used to decide "same words": case and apostrophe style do not count. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/**
 * How many of `a`'s words `b` also has, repeats counted at most as often as
 * `b` has them, words compared by `key` (the words themselves when they are
 * already normalised). One pass each: the cheap bound on a common subsequence.
 */
export function sharedWords(
  a: readonly string[],
  b: readonly string[],
  key: (word: string) => string = (word) => word,
): number {
  const left = new Map<string, number>();
  for (const word of b) {
    const k = key(word);
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  let count = 0;
  for (const word of a) {
    const k = key(word);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      count += 1;
      left.set(k, n - 1);
    }
  }
  return count;
}
