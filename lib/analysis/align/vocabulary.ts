import { lang } from "../lang";

/** The news vocabulary tables (lang/en/news-vocabulary.ts) as the term reader looks them up. */

// Maps, not the object tables themselves: a word like "constructor" must not hit Object.prototype.
const VARIANT_MAP = new Map(Object.entries(lang.news.variants));
export const SYNONYM_MAP = new Map(Object.entries(lang.news.synonyms));

export function lookupVariant(word: string): string | undefined {
  return (
    VARIANT_MAP.get(word) ??
    (word.includes(".") ? VARIANT_MAP.get(word.replace(/\./g, "")) : undefined)
  );
}

/** The common word a singular stands for: its variant, its news synonym, or itself. */
export function commonWord(word: string): string {
  return lookupVariant(word) ?? SYNONYM_MAP.get(word) ?? word;
}

/** Multi-word expressions indexed by their first word. */
const PHRASES_BY_FIRST = new Map<string, (readonly [readonly string[], string])[]>();
for (const phrase of lang.news.phrases) {
  const first = phrase[0][0] ?? "";
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

/** Match a multi-word expression starting at word `i` of the normalised words; its term and length. */
export function matchPhrase(
  norms: readonly string[],
  i: number,
): { value: string; length: number } | null {
  for (const [parts, value] of PHRASES_BY_FIRST.get(norms[i] ?? "") ?? []) {
    if (parts.every((part, k) => norms[i + k] === part)) return { value, length: parts.length };
  }
  return null;
}
