import type { Block } from "./lines";
import { proseAround, type Verdicts } from "./layout";
import { endsClosed, isListItem, isTitleCase, startsWithQuote } from "./text";

/**
 * A title-case line without closing punctuation between two paragraphs of
 * prose is the headline of another article inserted into this one.
 */
export function markInsertedHeadlines(blocks: Block[], verdicts: Verdicts): void {
  const { before, after } = proseAround(blocks, verdicts);
  blocks.forEach((block, i) => {
    if (verdicts[i] || !before[i] || !after[i]) return;
    if (
      block.words < 3 ||
      block.words > 20 ||
      endsClosed(block.text) ||
      startsWithQuote(block.text)
    )
      return;
    if (isListItem(block.text) || !isTitleCase(block.text)) return;
    verdicts[i] = {
      reason: "inserted-headline",
      detail:
        "A title-case line without closing punctuation between paragraphs: another article's headline inserted into the text.",
    };
  });
}
