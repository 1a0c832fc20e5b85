import type { SentenceTerms, Term } from "./terms";
import { commonWord } from "./vocabulary";

/**
 * Story-wide merging of name spellings: transliteration variants ("Hamah" /
 * "Hama") and capitalised plurals that are common words elsewhere in the story.
 */

/**
 * A key shared by transliteration variants of a name: first letter, then the
 * consonants with doubles collapsed and a final "h" dropped ("Hamah"/"Hama"
 * → "hm", "Mohammad"/"Muhammad" → "mhmd").
 * Null for short or non-Latin names, where the key would collide too often.
 */
export function nameKey(value: string): string | null {
  const plain = value.normalize("NFD").replace(/\p{M}/gu, "");
  if (!/^[a-z]{5,}$/.test(plain)) return null;
  const rest = plain
    .slice(1)
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/h$/, "");
  const key = `${plain[0] ?? ""}${rest}`;
  return key.length >= 3 ? key : null;
}

/**
 * The common word a capitalised plural stands for, when the story uses that
 * word: wink tags sentence-initial "Protesters" or "Rockets" as names, which
 * then would not match "protester" or "rocket" elsewhere.
 */
function commonForm(value: string, common: ReadonlySet<string>): string | null {
  if (value.length < 4 || !value.endsWith("s") || value.endsWith("ss")) return null;
  const singulars = [
    value.slice(0, -1),
    value.slice(0, -2),
    value.endsWith("ies") ? `${value.slice(0, -3)}y` : "",
  ];
  for (const singular of singulars) {
    if (singular.length < 3) continue;
    const mapped = commonWord(singular);
    if (common.has(mapped)) return mapped;
  }
  return null;
}

/**
 * Merge spelling variants of names across a story: a capitalised plural the
 * story also uses as a common word becomes that word, and every name whose
 * `nameKey` matches becomes the story's most frequent spelling (ties: the
 * alphabetically first), so "Hamah" in one outlet matches "Hama" in another.
 */
export function canonicaliseNames(sentences: readonly (readonly Term[])[]): SentenceTerms[] {
  const counts = new Map<string, number>();
  const common = new Set<string>();
  for (const terms of sentences) {
    for (const term of terms) {
      if (term.name) counts.set(term.value, (counts.get(term.value) ?? 0) + 1);
      else common.add(term.value);
    }
  }
  const best = new Map<string, { value: string; count: number }>();
  for (const [value, count] of [...counts].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    const key = nameKey(value);
    if (!key) continue;
    const current = best.get(key);
    if (!current || count > current.count) best.set(key, { value, count });
  }
  const canonical = new Map<string, string>();
  for (const value of counts.keys()) {
    const asCommon = commonForm(value, common);
    const key = nameKey(value);
    const chosen = key ? best.get(key) : undefined;
    if (asCommon) canonical.set(value, asCommon);
    else if (chosen) canonical.set(value, chosen.value);
  }
  return sentences.map((terms) => {
    const n = terms.length;
    const values = new Array<string>(n);
    const weights = new Array<number>(n);
    const continues = new Array<boolean>(n);
    const pos = new Array<string>(n);
    const spans = new Int32Array(2 * n);
    for (let k = 0; k < n; k += 1) {
      const term = terms[k] as Term;
      values[k] = term.name ? (canonical.get(term.value) ?? term.value) : term.value;
      weights[k] = term.weight;
      continues[k] = term.continues;
      pos[k] = term.pos;
      spans[2 * k] = term.first;
      spans[2 * k + 1] = term.last;
    }
    return { values, weights, continues, pos, spans };
  });
}
