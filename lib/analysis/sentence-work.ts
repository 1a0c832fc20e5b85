import type { Token } from "./text";

/**
 * Per-sentence work that depends on a sentence alone (its terms, clause ranges, fact label, actor
 * spans, blame cue words) is kept with the sentence's token list (WeakMaps in the stages) while an
 * analysis runs with an ArticleCache: the cache hands the same PreparedArticle objects back, so a
 * grown story redoes that work for its new article only. Work that depends on one article or one
 * quote (reuse's word forms, name-span facts, word choice's verbs and event words, marked words,
 * quote words) is kept the same way, keyed by the article or quote object and checked against the
 * other inputs it read; a few lexicon tables (decoded word vectors, WordNet sense lists) are kept
 * by word. Without a cache nothing is kept (it would only raise peak memory). The engine is
 * synchronous, so one switch, set by analyzeStory, is enough.
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

/**
 * Per-sentence results that depend on the sentence's tokens alone, kept as long as its token list
 * lives. A story analysed again with its articles taken from the ArticleCache (one article added)
 * hands back the same token lists, so these are worked out for the new article only; a fresh
 * analysis has fresh lists and works everything out, so output never depends on what is kept.
 * Values must not be mutated by their users.
 *
 * Kept only while an analysis has an ArticleCache (see `keepingSentenceWork`): an analysis without
 * one would only hold more memory at its peak for nothing.
 */
export function sentenceMemo<T>(
  compute: (tokens: readonly Token[]) => T,
): (tokens: readonly Token[]) => T {
  const kept = new WeakMap<readonly Token[], { value: T }>();
  return (tokens) => {
    const entry = kept.get(tokens);
    if (entry) return entry.value;
    const value = compute(tokens);
    if (keepingSentenceWork()) kept.set(tokens, { value });
    return value;
  };
}
