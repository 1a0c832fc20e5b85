import { MatchMemo } from "./align";
import type { ArticleInput, Quote } from "./schema";
import type { ArticleSpans } from "./relations";
import type { SentenceParse } from "./sentence-parses";
import type { PreparedArticle } from "./text";

/**
 * Per-article work kept between analyses of a story that grows one article at a time: the cleaned
 * and read article and its quotes (with their speakers), keyed by the article's content. Only
 * story-wide work (alignment, actors, relations) is redone when an article is added. Bounded, with
 * the least recently used entries dropped first, so a long-running worker cannot grow it without
 * limit. Entries are never mutated by the engine, so sharing them between analyses is safe.
 */
export interface ArticleWork {
  prepared: PreparedArticle;
  quotes: Quote[];
  /** The parses made while reading it (see sentence-parses.ts), for the stages that ask again. */
  parses: SentenceParse[];
  /** Its raw actor spans (relations/article-spans.ts), used only with the same story actors. */
  spans: ArticleSpans;
}

export class ArticleCache {
  private readonly entries = new Map<string, ArticleWork>();
  hits = 0;
  misses = 0;
  /**
   * The best word matches of sentence pairs (see `align/match-memo.ts`), which alignment would
   * otherwise work out again for every pair of the story's old articles. Bounded at 150 pairs an
   * article (a 300-article story of PolNeAR news compares about 43,000: 143 an article, so a story
   * as large as the cache still fits), some 570 bytes a pair with the sentence-content table
   * (measured: 24.7 MB for that story): at most about 86 MB for the worker's 1,000 articles.
   */
  readonly matches: MatchMemo | undefined;
  /** Whether analyses with this cache keep per-sentence work (see sentence-work.ts). */
  readonly keepsSentenceWork: boolean;

  /**
   * `oneShot`: the cache only hands in article work read elsewhere (lib/parallel) for one analysis,
   * so neither sentence work nor word matches are kept for a next one: they would only raise the
   * analysis's peak memory.
   */
  constructor(
    private readonly maxEntries = 2_000,
    options: { oneShot?: boolean } = {},
  ) {
    this.keepsSentenceWork = !options.oneShot;
    this.matches = options.oneShot ? undefined : new MatchMemo(150 * maxEntries);
  }

  get(key: string): ArticleWork | undefined {
    const found = this.entries.get(key);
    if (found) {
      // Re-insert: a Map iterates in insertion order, so the oldest entry is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      this.hits += 1;
    } else this.misses += 1;
    return found;
  }

  /** Whether the cache holds the key (without counting a hit or making it recently used). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, work: ArticleWork): void {
    this.entries.set(key, work);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The cache key of an article: a hash of its content as the engine reads it (the article as
 * `storyInputSchema` parses it, so a caller filling the cache must parse the story first).
 */
export function articleKey(input: ArticleInput): string {
  return contentHash(JSON.stringify(input));
}

/** A 53-bit hash of a string (cyrb53): a compact, deterministic key without node:crypto. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + text.length.toString(36);
}
