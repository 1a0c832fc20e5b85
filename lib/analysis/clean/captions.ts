import type { Block } from "./lines";
import { prose, proseAround, type Verdicts } from "./layout";
import { endsClosed, isListItem, repeatsTitle, startsWithQuote } from "./text";

/** "WASHINGTON —" or "STRELSAU (Reuters) -" on a line of its own belongs to the first paragraph: never a caption. */
const DATELINE_PREFIX = /^\p{Lu}[\p{Lu}\s.,'’/-]*(?:\([^)]*\))?\s*[-–—:]?$/u;

/**
 * Short lines without closing punctuation between the headline and the first
 * paragraph are photo captions. Without a known title, a first line that reads
 * like a headline (kept) serves as the anchor.
 */
export function markCaptions(blocks: Block[], verdicts: Verdicts, headline: number): void {
  const { after } = proseAround(blocks, verdicts);
  let anchor = headline;
  if (anchor < 0) {
    const first = verdicts.findIndex((verdict) => verdict === null);
    const block = blocks[first];
    if (!block || endsClosed(block.text) || block.words > 25 || startsWithQuote(block.text)) return;
    anchor = first;
  }
  const anchorText = blocks[anchor]?.text ?? "";
  for (let i = anchor + 1; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block) break;
    if (verdicts[i]) continue;
    if (repeatsTitle(block.text, anchorText)) {
      verdicts[i] = {
        reason: "headline",
        detail: "The headline printed a second time, right under the first.",
      };
      continue;
    }
    if (prose(block) || !after[i] || endsClosed(block.text) || block.words > 40) break;
    if (isListItem(block.text)) break;
    if (DATELINE_PREFIX.test(block.text) && block.words <= 6) break;
    verdicts[i] = {
      reason: "caption",
      detail:
        "A short line without closing punctuation between the headline and the first paragraph: a photo caption.",
    };
  }
}
