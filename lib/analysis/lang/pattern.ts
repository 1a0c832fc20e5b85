/**
 * Turning a word list into a regular-expression alternation, so a pattern that needs the words of
 * a list (“claimed|alleged|…”) is built from the list and the list stays plain data.
 */

/** "a|b.c" from ["a", "b.c"]: each entry escaped, in the list's order (the order alternation tries). */
export function anyOf(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
