import type { ArticleInput, ArticleWork, StoryInput } from "@/lib/analysis";

/** What an article thread starts with: the articles to read and the counter of the next one to take. */
export interface ArticleThreadData {
  /** The tsx boot file imports this entry (see engine-thread-boot.mjs). */
  entry: string;
  articles: ArticleInput[];
  /** The story's own actors, as the engine parses them: an article's actor spans depend on them. */
  actors: NonNullable<StoryInput["actors"]>;
  /** One Int32: the index of the next article not yet taken, shared by all threads. */
  next: SharedArrayBuffer;
}

/**
 * One article's work, the error that stopped the thread, or, last, the thread's CPU time (ms, null
 * where the platform does not tell): before its first article (loading the engine) and in all.
 */
export type ArticleReply =
  | { index: number; work: ArticleWork }
  | { error: string }
  | { cpu: { startMs: number | null; totalMs: number | null } };
