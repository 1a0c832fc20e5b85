import type { ArticleInput, ArticleWork } from "@/lib/analysis";

/** What an article thread starts with: the articles to read and the counter of the next one to take. */
export interface ArticleThreadData {
  /** The tsx boot file imports this entry (see engine-thread-boot.mjs). */
  entry: string;
  articles: ArticleInput[];
  /** One Int32: the index of the next article not yet taken, shared by all threads. */
  next: SharedArrayBuffer;
}

/** One article's work, or the error that stopped the thread. */
export type ArticleReply = { index: number; work: ArticleWork } | { error: string };
