import type { Block } from "./lines";
import { wordKeys } from "./text";

/** Each block's words, computed once: the doubled-text and duplicate checks both read them. */
const blockWords = new WeakMap<Block, string[]>();

/** The lower-cased words of a block (see `wordKeys`), memoised per block. */
export function blockKeys(block: Block): string[] {
  let keys = blockWords.get(block);
  if (!keys) {
    keys = wordKeys(block.text);
    blockWords.set(block, keys);
  }
  return keys;
}
