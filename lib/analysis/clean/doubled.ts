import { wordKeys } from "./text";

/** Longer than this, a doubled text is not a caption and its alt text. */
const MAX_CAPTION_WORDS = 80;

/**
 * Whether a paragraph is one text printed twice ("X. X."), as pages print a caption and its alt
 * text. Captions are short: a long paragraph that repeats itself is text, however odd.
 */
export function isDoubled(text: string, keys: string[] = wordKeys(text)): boolean {
  const half = keys.length / 2;
  if (keys.length < 10 || half > MAX_CAPTION_WORDS || !Number.isInteger(half)) return false;
  for (let i = 0; i < half; i += 1) if (keys[i] !== keys[i + half]) return false;
  return true;
}
