import type { Block } from "./lines";
import { proseAround, type Verdicts } from "./layout";
import { endsClosed, isListItem, isTitleCase, isTruncated } from "./text";

/**
 * After the article's last sentence, lines that are cut off with "…", or that
 * have no closing punctuation and are short or in title case, are teasers for
 * other pages. Stops at the first line that ends like a sentence.
 */
export function markTrailingTeasers(blocks: Block[], verdicts: Verdicts): void {
  const { before } = proseAround(blocks, verdicts);
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (!block) continue;
    if (verdicts[i]) continue;
    if (!before[i]) return;
    if (isTruncated(block.text) && !isListItem(block.text)) {
      verdicts[i] = {
        reason: "promo",
        detail: "After the article's last sentence: a teaser for another page, cut off with “…”.",
      };
    } else if (
      !endsClosed(block.text) &&
      !isListItem(block.text) &&
      (block.words <= 12 || isTitleCase(block.text))
    ) {
      verdicts[i] = {
        reason: "promo",
        detail:
          "After the article's last sentence: a headline-like line without closing punctuation, a link to another page.",
      };
    } else {
      return;
    }
  }
}
