import type { Block } from "./clean-lines";
import {
  isDateOnly,
  isSectionLabel,
  TWEET_SIGNATURE,
  TWEET_TRACE,
  type Verdict,
} from "./clean-rules";
import {
  endsClosed,
  isListItem,
  isProse,
  isTitleCase,
  isTruncated,
  repeatsTitle,
  startsWithQuote,
  wordKeys,
} from "./clean-text";

/**
 * Rules that judge a line by where it sits: above or right after the headline,
 * between two paragraphs of prose, after the article's last sentence, or as a
 * repeat of an earlier paragraph. `verdicts[i]` is null while block i is kept.
 */

type Verdicts = (Verdict | null)[];

const prose = (block: Block) => isProse(block.text, block.words);

/** For each block, whether a kept prose block comes before it / after it. */
function proseAround(blocks: Block[], verdicts: Verdicts): { before: boolean[]; after: boolean[] } {
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

/** "WASHINGTON —" or "BAGHDAD (Reuters) -" on a line of its own belongs to the first paragraph: never a caption. */
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

/** Shingle postings longer than this stop growing: common phrases must not make the scan quadratic. */
const MAX_POSTINGS = 16;

/**
 * Word ids below this fit three to a small integer (3 × 10 bits), which maps
 * hash without allocating; a typical article has fewer distinct words.
 */
const ID_LIMIT = 1 << 10;

/**
 * Three-word phrases of a paragraph, each as one number made of its words'
 * ids (ids from `vocabulary`, shared by the article): number keys hash far
 * faster than joined strings. Past ID_LIMIT distinct words the phrase text
 * itself is the key. Either way two phrases get the same key exactly when
 * they have the same three words.
 */
function shingles(keys: string[], vocabulary: Map<string, number>): Set<number | string> {
  const ids: number[] = [];
  for (const key of keys) {
    let id = vocabulary.get(key);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(key, id);
    }
    ids.push(id);
  }
  const set = new Set<number | string>();
  for (let i = 0; i + 2 < ids.length; i += 1) {
    const a = ids[i] ?? 0;
    const b = ids[i + 1] ?? 0;
    const c = ids[i + 2] ?? 0;
    set.add(
      a < ID_LIMIT && b < ID_LIMIT && c < ID_LIMIT
        ? (a * ID_LIMIT + b) * ID_LIMIT + c
        : `${keys[i]} ${keys[i + 1]} ${keys[i + 2]}`,
    );
  }
  return set;
}

function preview(text: string): string {
  const words = text.split(" ");
  return words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : text;
}

function earlier(blocks: Block[], j: number): string {
  return `“${preview(blocks[j]?.text ?? "")}”`;
}

/**
 * A paragraph of six or more words that repeats an earlier kept paragraph word
 * for word, or nearly (85% of its three-word phrases), is a duplicate.
 */
export function markDuplicates(blocks: Block[], verdicts: Verdicts): void {
  const exact = new Map<string, number>();
  // A phrase's paragraphs: a number while there is one (most phrases), an array from the second on.
  const postings = new Map<number | string, number | number[]>();
  const vocabulary = new Map<string, number>();
  // Phrases the current paragraph shares with each earlier one, by index: an array reset
  // after each paragraph (only the entries touched) costs less than a map per paragraph.
  const counts = new Int32Array(blocks.length);
  const touched: number[] = [];
  let best = -1;
  let bestCount = 0;
  const tally = (j: number) => {
    const count = (counts[j] ?? 0) + 1;
    if (count === 1) touched.push(j);
    counts[j] = count;
    if (count > bestCount) {
      best = j;
      bestCount = count;
    }
  };
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block || verdicts[i] || block.words < 6) continue;
    const keys = blockKeys(block);
    const key = keys.join(" ");
    const same = exact.get(key);
    if (same !== undefined) {
      verdicts[i] = {
        reason: "duplicate",
        detail: `Repeats an earlier paragraph word for word: ${earlier(blocks, same)}.`,
      };
      continue;
    }
    exact.set(key, i);
    if (keys.length < 8) continue;
    const own = shingles(keys, vocabulary);
    best = -1;
    bestCount = 0;
    for (const shingle of own) {
      const held = postings.get(shingle);
      if (typeof held === "number") tally(held);
      else if (held) for (const j of held) tally(j);
    }
    for (const j of touched) counts[j] = 0;
    touched.length = 0;
    if (best >= 0 && bestCount >= 0.85 * own.size) {
      verdicts[i] = {
        reason: "duplicate",
        detail: `Nearly repeats an earlier paragraph: ${earlier(blocks, best)}.`,
      };
      continue;
    }
    for (const shingle of own) {
      const held = postings.get(shingle);
      if (held === undefined) postings.set(shingle, i);
      else if (typeof held === "number") postings.set(shingle, [held, i]);
      else if (held.length < MAX_POSTINGS) held.push(i);
    }
  }
}
