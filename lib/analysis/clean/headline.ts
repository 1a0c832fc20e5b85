import type { Block } from "./lines";
import { prose, type Verdicts } from "./layout";
import { isDateOnly } from "./rules";
import { repeatsTitle, wordKeys } from "./text";

/** How far down the page the headline is looked for. */
const HEAD_WINDOW = 12;

/**
 * Lines at the top that repeat the title are the page's headline. Returns the
 * indexes of the first and last headline lines, or -1 when there is none.
 */
export function markHeadline(
  blocks: Block[],
  verdicts: Verdicts,
  title: string | null,
): { first: number; last: number } {
  let first = -1;
  let last = -1;
  if (!title || wordKeys(title).length === 0) return { first, last };
  for (let i = 0; i < blocks.length && i < HEAD_WINDOW; i += 1) {
    const block = blocks[i];
    if (!block) continue;
    if (repeatsTitle(block.text, title)) {
      verdicts[i] = {
        reason: "headline",
        detail: "The headline: it repeats the article's title, which the page shows separately.",
      };
      if (first < 0) first = i;
      last = i;
    } else if (prose(block)) {
      break;
    }
  }
  return { first, last };
}

/** Lines above the headline that are not sentences are the site's page header. */
export function markHeader(blocks: Block[], verdicts: Verdicts, headline: number): void {
  for (let i = 0; i < headline; i += 1) {
    const block = blocks[i];
    if (!block || verdicts[i] || prose(block)) continue;
    verdicts[i] = isDateOnly(block.text, block.words)
      ? {
          reason: "dateline",
          detail: "A date above the headline: part of the site's page header, not the article.",
        }
      : {
          reason: "navigation",
          detail:
            "A line above the headline that is not a sentence: part of the site's page header.",
        };
  }
}
