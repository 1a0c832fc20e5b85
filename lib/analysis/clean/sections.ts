import type { Block } from "./lines";
import { proseAround, type Verdicts } from "./layout";
import { isSectionLabel } from "./rules";
import { endsClosed } from "./text";

/**
 * A section label ("Other news", "Watch Next:", "More from …") after the
 * article, followed by less text than the article itself, opens the page's own
 * section: the label and everything after it go. A label inside the article
 * goes only with the headline-like line right after it.
 */
export function markSections(blocks: Block[], verdicts: Verdicts): void {
  const { before } = proseAround(blocks, verdicts);
  // Words of the lines kept so far, fixed before this rule removes anything.
  const counted = blocks.map((block, i) => (verdicts[i] ? 0 : block.words));
  const total = counted.reduce((sum, words) => sum + words, 0);
  let wordsBefore = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    const words = counted[i] ?? 0;
    if (!block || verdicts[i]) {
      wordsBefore += words;
      continue;
    }
    if (before[i] && isSectionLabel(block.text, block.words)) {
      const label = `“${block.text}”`;
      const wordsAfter = total - wordsBefore - words;
      if (wordsAfter <= wordsBefore) {
        verdicts[i] = {
          reason: "navigation",
          detail: `The label ${label} opens the site's own section after the article.`,
        };
        for (let j = i + 1; j < blocks.length; j += 1) {
          if (verdicts[j]) continue;
          verdicts[j] = {
            reason: "promo",
            detail: `After the label ${label} at the end of the article: the site's links and teasers, not the article.`,
          };
        }
        return;
      }
      let next = i + 1;
      while (next < blocks.length && verdicts[next]) next += 1;
      const nextBlock = blocks[next];
      if (nextBlock && !endsClosed(nextBlock.text) && nextBlock.words <= 20) {
        verdicts[i] = {
          reason: "navigation",
          detail: `The label ${label} introduces a link to another article.`,
        };
        verdicts[next] = {
          reason: "inserted-headline",
          detail: `The headline of another article, inserted under the label ${label}.`,
        };
      }
    }
    wordsBefore += words;
  }
}
