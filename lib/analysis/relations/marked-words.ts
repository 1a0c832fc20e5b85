import { lang, type LexiconCategory } from "../lang";

/**
 * Looking a word up in the marked-word lexicons (lang.lexicons.marked): kept apart from the lists
 * so they stay plain data.
 */

/** Word → index of the first category that lists it: one look-up per form instead of one per category. */
const FIRST_CATEGORY = new Map<string, number>();
lang.lexicons.marked.forEach((entry, k) => {
  for (const word of entry.words) if (!FIRST_CATEGORY.has(word)) FIRST_CATEGORY.set(word, k);
});

/** The category of a word (lemma or lower-case form), or null: the first category that lists either form. */
export function lookupMarked(normal: string, lemma: string): LexiconCategory | null {
  const byLemma = FIRST_CATEGORY.get(lemma);
  const byNormal = FIRST_CATEGORY.get(normal);
  if (byLemma === undefined && byNormal === undefined) return null;
  return lang.lexicons.marked[Math.min(byLemma ?? Infinity, byNormal ?? Infinity)] ?? null;
}
