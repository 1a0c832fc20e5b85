/** TODO source note */

export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([
  "i",
  "we",
  "you",
  "he",
  "she",
  "they",
  "it",
  "who",
  "which",
  "that",
  "this",
]);
