import type { ReportedPlacement } from "../schema";

/** The article's first this-many sentences are always its lede. */
export const LEDE_SENTENCES = 2;
/** Sentences of the first paragraph count as lede up to this many sentences into the article. */
export const LEDE_FIRST_PARAGRAPH_SENTENCES = 3;

/**
 * Relative position of a sentence in its article: 0 for the first sentence,
 * 1 for the last (0 when the article has a single sentence).
 */
export function relativePosition(sentence: number, sentenceCount: number): number {
  return sentenceCount <= 1 ? 0 : Math.min(1, sentence / (sentenceCount - 1));
}

/** True for a sentence of the article's lede (see `placementOf`). */
export function isLede(sentence: { index: number; paragraph: number }): boolean {
  return (
    sentence.index < LEDE_SENTENCES ||
    (sentence.paragraph === 0 && sentence.index < LEDE_FIRST_PARAGRAPH_SENTENCES)
  );
}

/**
 * Where a sentence sits in its article, by one documented rule:
 * - lede: the opening of the cleaned text, meaning its first two sentences,
 *   or a sentence of its first paragraph within its first three sentences
 *   (capped so an article without paragraph breaks has no giant lede);
 * - buried: in the second half of the article (relative position ≥ 0.5);
 * - body: everything between.
 */
export function placementOf(
  sentence: { index: number; paragraph: number },
  sentenceCount: number,
): { placement: ReportedPlacement; position: number } {
  const position = relativePosition(sentence.index, sentenceCount);
  if (isLede(sentence)) return { placement: "lede", position };
  return { placement: position >= 0.5 ? "buried" : "body", position };
}
