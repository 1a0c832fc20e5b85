import type { Removed } from "../schema";
import { normalizeByline } from "./byline";
import { blockKeys } from "./block-keys";
import { markCaptions } from "./captions";
import { isDoubled } from "./doubled";
import { markDuplicates } from "./duplicates";
import { markHeader, markHeadline } from "./headline";
import { markInsertedHeadlines } from "./inserted-headlines";
import { type Block, type Cut, toBlocks } from "./lines";
import { judgeLine } from "./line-rules";
import { type Verdict } from "./rules";
import { markSections } from "./sections";
import { markTrailingTeasers } from "./teasers";
import { normalizeSpace, repeatsTitle } from "./text";
import { markTweetText } from "./tweets";

/**
 * The article cleaner: separates an article from the page chrome it was
 * captured with, by general rules only, and records every removal with its
 * reason so the reader can check it. When a rule is unsure, the text stays.
 */

export interface CleanContext {
  /** The article's headline from its metadata, when known. */
  title: string | null;
  /** The outlet's display name. */
  outlet: string;
}

export interface CleanResult {
  /** The article text with page chrome removed: one paragraph per line, paragraphs separated by a blank line. */
  text: string;
  /**
   * Each removed piece, sorted by `start`, never overlapping. `start`/`end` are
   * UTF-16 offsets into the raw text as passed in (before any normalisation),
   * and `text === raw.slice(start, end)` always holds. A removed line spans from
   * its first to its last visible character; markup is recorded per run of tags.
   */
  removed: Removed[];
  /** A byline found in the text (and removed from it), if any. */
  byline: string | null;
}

/** Apply every rule; verdicts[i] says why block i goes, or null when it stays. */
function judge(blocks: Block[], title: string | null): (Verdict | null)[] {
  const verdicts: (Verdict | null)[] = blocks.map(() => null);
  const headline = markHeadline(blocks, verdicts, title);
  blocks.forEach((block, i) => {
    if (verdicts[i]) return;
    verdicts[i] = isDoubled(block.text, blockKeys(block))
      ? {
          reason: "caption",
          detail:
            "The same text printed twice in one paragraph, as pages print a photo caption and its alt text.",
        }
      : judgeLine(block.text, block.words);
  });
  markHeader(blocks, verdicts, headline.first);
  markTweetText(blocks, verdicts);
  markCaptions(blocks, verdicts, headline.last);
  markSections(blocks, verdicts);
  markInsertedHeadlines(blocks, verdicts);
  markTrailingTeasers(blocks, verdicts);
  markDuplicates(blocks, verdicts);
  return verdicts;
}

/** Markup cuts inside a removed line are part of that line's removal; the rest stay on their own. */
function combine(raw: string, lines: Cut[], cuts: Cut[]): Removed[] {
  const all: Cut[] = [...lines];
  let l = 0;
  for (const cut of cuts) {
    while (l < lines.length && (lines[l]?.end ?? 0) <= cut.start) l += 1;
    const line = lines[l];
    if (line && line.start <= cut.start && cut.end <= line.end) continue;
    all.push(cut);
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map(({ start, end, reason, detail }) => ({
    text: raw.slice(start, end),
    reason,
    detail,
    start,
    end,
  }));
}

/**
 * The cleaner without its safety net: same result as {@link cleanArticle}, but
 * an internal error is thrown instead of falling back. For tests, so that the
 * fallback can never hide a bug.
 */
export function cleanArticleStrict(raw: string, context: CleanContext): CleanResult {
  const title = context.title === null ? null : normalizeSpace(context.title);
  const { blocks, cuts } = toBlocks(raw, (text) => title !== null && repeatsTitle(text, title));
  const verdicts = judge(blocks, title);
  const kept: string[] = [];
  const lines: Cut[] = [];
  const bylines: string[] = [];
  blocks.forEach((block, i) => {
    const verdict = verdicts[i];
    if (!verdict) {
      kept.push(block.text);
      return;
    }
    lines.push({ start: block.start, end: block.end, ...verdict });
    if (verdict.reason === "byline") {
      const byline = normalizeByline(block.text);
      if (byline && !bylines.includes(byline)) bylines.push(byline);
    }
  });
  return {
    text: kept.join("\n\n"),
    removed: combine(raw, lines, cuts),
    byline: bylines.length > 0 ? bylines.join("; ") : null,
  };
}

/**
 * Separate an article from its page chrome. Pure and deterministic; linear in
 * the length of the text (200,000 words clean in well under a second). Never
 * throws: should a rule ever fail on odd input, the text is returned whole,
 * with only line endings and spaces normalised, rather than lose the article.
 */
export function cleanArticle(raw: string, context: CleanContext): CleanResult {
  try {
    return cleanArticleStrict(raw, context);
  } catch {
    const text = raw
      .split(/\r\n?|\n/)
      .map(normalizeSpace)
      .filter((line) => line.length > 0)
      .join("\n\n");
    return { text, removed: [], byline: null };
  }
}
