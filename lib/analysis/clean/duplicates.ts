import { blockKeys } from "./block-keys";
import type { Block } from "./lines";
import type { Verdicts } from "./layout";

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
