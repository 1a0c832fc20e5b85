/**
 * Which embedding words the shipped table keeps. Chosen from the embedding
 * file alone (never from evaluation text): its words are in frequency order,
 * so the first `size` lower-case alphabetic words (hyphens, apostrophes and
 * abbreviation dots allowed inside: "cross-country", "o'brien", "u.s.") are
 * the words news uses most; the lemmas of those words are added when the file
 * has them further down, so a token's lemma always finds its vector.
 */
const WORD = /^[a-z]+(?:['.-][a-z]+)*\.?$/;

export function isVocabularyWord(word: string): boolean {
  return WORD.test(word);
}

/** The first `size` vocabulary words of the file, in the file's (frequency) order. */
export function frequentWords(words: readonly string[], size: number): string[] {
  const chosen: string[] = [];
  for (const word of words) {
    if (chosen.length >= size) break;
    if (isVocabularyWord(word)) chosen.push(word);
  }
  return chosen;
}

/**
 * `chosen` plus every lemma (from `lemmaOf`) the file has but `chosen` lacks,
 * returned in the file's order so a word's index stays a frequency rank.
 */
export function withLemmas(
  words: readonly string[],
  chosen: readonly string[],
  lemmaOf: (word: string) => string,
): string[] {
  const keep = new Set(chosen);
  const inFile = new Set(words);
  for (const word of chosen) {
    const lemma = lemmaOf(word);
    if (lemma !== word && isVocabularyWord(lemma) && inFile.has(lemma)) keep.add(lemma);
  }
  return words.filter((word) => keep.has(word));
}
