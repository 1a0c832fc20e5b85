import type { Block } from "./lines";
import type { Verdict } from "./rules";
import { isProse } from "./text";

/**
 * Rules that judge a line by where it sits: above or right after the headline,
 * between two paragraphs of prose, after the article's last sentence, or as a
 * repeat of an earlier paragraph. `verdicts[i]` is null while block i is kept.
 * This module holds what those rules share; each rule lives in its own clean-*.ts.
 */

export type Verdicts = (Verdict | null)[];

export const prose = (block: Block) => isProse(block.text, block.words);

/** For each block, whether a kept prose block comes before it / after it. */
export function proseAround(
  blocks: Block[],
  verdicts: Verdicts,
): { before: boolean[]; after: boolean[] } {
  const before: boolean[] = [];
  const after: boolean[] = new Array<boolean>(blocks.length).fill(false);
  let seen = false;
  blocks.forEach((block, i) => {
    before.push(seen);
    if (!verdicts[i] && prose(block)) seen = true;
  });
  seen = false;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    after[i] = seen;
    const block = blocks[i];
    if (block && !verdicts[i] && prose(block)) seen = true;
  }
  return { before, after };
}
