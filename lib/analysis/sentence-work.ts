/**
 * Per-sentence work that depends on a sentence alone (its terms, clause ranges, fact label, actor
 * spans) is kept with the sentence's token list (WeakMaps in the stages) while an analysis runs
 * with an ArticleCache: the cache hands the same PreparedArticle objects back, so a grown story
 * redoes that work for its new article only. Without a cache nothing is kept (it would only raise
 * peak memory). The engine is synchronous, so one switch, set by analyzeStory, is enough.
 */
let keeping = false;

/** Turn keeping on or off; returns the previous setting. */
export function keepSentenceWork(on: boolean): boolean {
  const previous = keeping;
  keeping = on;
  return previous;
}

/** True while per-sentence work is being kept. */
export const keepingSentenceWork = (): boolean => keeping;
