import type { Block } from "./lines";
import type { Verdicts } from "./layout";
import { TWEET_SIGNATURE, TWEET_TRACE } from "./rules";

/** A tweet's text is the line right above its signature, when it carries a handle, hashtag or Twitter link. */
export function markTweetText(blocks: Block[], verdicts: Verdicts): void {
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (
      !previous ||
      verdicts[i]?.reason !== "embed" ||
      verdicts[i - 1] ||
      !TWEET_SIGNATURE.test(block.text)
    )
      return;
    if (previous.words <= 70 && TWEET_TRACE.test(previous.text)) {
      verdicts[i - 1] = {
        reason: "embed",
        detail:
          "The text of an embedded tweet: the line above the tweet's signature, with handles or hashtags.",
      };
    }
  });
}
