/**
 * Each word's best match in another sentence, kept between analyses of a story that grows one
 * article at a time (see `StoryMeaning.compare`). A best match depends on the two sentences' words
 * alone: whether two words match, and how well, is a function of the two words (WordNet relations
 * and antonyms are symmetric, a vector cosine too), and ties go to the earlier word of the sentence.
 * The story comes in later, through the words' weights, so the weighted score is not kept, only the
 * similarities. Keyed by the sentences' content (their distinct words and word classes, in order),
 * never by their place in a story, so a kept entry is the same whatever story asks for it.
 *
 * Bounded: at most `maxPairs` sentence pairs, least recently used dropped first; the table that
 * numbers sentence contents is emptied (with the pairs) when it holds more than `maxPairs` too.
 */
export class MatchMemo {
  /** For each sentence pair, its words' best similarities: the first sentence's, then the second's. */
  private readonly pairs = new Map<number, number[]>();
  private readonly units = new Map<string, number>();
  /** The match options the kept entries were worked out under; other options empty the memo. */
  private options = "";
  hits = 0;
  misses = 0;

  constructor(readonly maxPairs = 150_000) {}

  /** Empty the memo unless it was filled under these match options (as JSON). */
  useOptions(options: string): void {
    if (options === this.options) return;
    this.options = options;
    this.clear();
  }

  /**
   * Numbers for the contents of a story's sentences, all at once: the table is emptied before it
   * would outgrow its bound, never between two sentences of one story, so numbers never collide.
   * Undefined when the story alone has more sentences than the bound (nothing is then kept).
   */
  number(contents: readonly string[]): Int32Array | undefined {
    const limit = Math.min(this.maxPairs, SIDE);
    if (contents.length > limit) return undefined;
    let fresh = 0;
    for (const content of new Set(contents)) if (!this.units.has(content)) fresh += 1;
    if (this.units.size + fresh > limit) this.clear();
    return Int32Array.from(contents, (content) => {
      let id = this.units.get(content);
      if (id === undefined) {
        id = this.units.size;
        this.units.set(content, id);
      }
      return id;
    });
  }

  /** The kept best similarities of two sentences (by their `unit` numbers), freshened as used. */
  get(a: number, b: number): number[] | undefined {
    const key = a * SIDE + b;
    const found = this.pairs.get(key);
    if (found) {
      // Re-insert: a Map iterates in insertion order, so the oldest entry is the least recently used.
      this.pairs.delete(key);
      this.pairs.set(key, found);
      this.hits += 1;
    } else this.misses += 1;
    return found;
  }

  set(a: number, b: number, best: number[]): void {
    this.pairs.set(a * SIDE + b, best);
    while (this.pairs.size > this.maxPairs) {
      const oldest = this.pairs.keys().next().value;
      if (oldest === undefined) break;
      this.pairs.delete(oldest);
    }
  }

  get size(): number {
    return this.pairs.size;
  }

  private clear(): void {
    this.pairs.clear();
    this.units.clear();
  }
}

/** Unit numbers stay below this, so a pair's key (a × SIDE + b) is an exact integer. */
const SIDE = 2 ** 26;
