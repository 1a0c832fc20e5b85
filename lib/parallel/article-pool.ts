import os from "node:os";
import { Worker } from "node:worker_threads";
import {
  type ArticleCache,
  articleKey,
  readArticle,
  type StoryInput,
  storyInputSchema,
} from "@/lib/analysis";
import type { ArticleReply, ArticleThreadData } from "./article-messages";

/**
 * Below this many articles the pool is not started: a thread pays for loading the NLP model and
 * the parser itself (about a second on a busy machine), more than it would save.
 */
export const POOL_MIN_ARTICLES = 20;

export interface PoolOptions {
  /** Helper threads besides the main thread; default: one fewer than the cores Node may use. */
  threads?: number;
  /** Fewer articles than this to read, and the engine reads them itself (default POOL_MIN_ARTICLES). */
  minArticles?: number;
  /** Whether the main thread reads articles too (default true; tests turn it off to make the helpers read them all). */
  mainReads?: boolean;
}

export interface PoolReport {
  /** Helper threads started (0: the story was too small, or there is one core). */
  threads: number;
  /** Articles read by the helper threads, and by the main thread. */
  byThreads: number;
  byMain: number;
}

/**
 * Read a story's articles (clean, segment, tokenize, find quotes and speakers) on all cores and
 * put the work in `cache`, so `analyzeStory(story, { cache })` takes it from there and does only
 * story-wide work. That work depends on the article alone and survives being copied between
 * threads (plain objects and arrays: `lib/parallel/article-pool.test.ts` checks the analysis is
 * byte for byte the same), so the result is the same as the engine reading them itself.
 *
 * The main thread reads articles too, taking them from the same shared counter as the helpers, so
 * the work balances however fast the threads start. Articles a failed helper had taken are read
 * by the main thread at the end. The cache must hold the whole story (maxEntries ≥ articles).
 */
export async function fillArticleCache(
  story: StoryInput,
  cache: ArticleCache,
  options: PoolOptions = {},
): Promise<PoolReport> {
  // Keys over the articles as the engine parses them, so its look-ups find them.
  const all = storyInputSchema.parse(story).articles;
  const todo = all
    .map((article) => ({ article, key: articleKey(article) }))
    .filter(({ key }) => !cache.has(key));
  const threads = Math.min(
    options.threads ?? os.availableParallelism() - 1,
    Math.floor(todo.length / 2),
  );
  if (todo.length < (options.minArticles ?? POOL_MIN_ARTICLES) || threads < 1)
    return { threads: 0, byThreads: 0, byMain: 0 };

  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const done = new Set<number>();
  const data: ArticleThreadData = {
    entry: new URL("./article-thread.ts", import.meta.url).href,
    articles: todo.map(({ article }) => article),
    next,
  };
  const finished = Array.from({ length: threads }, () => {
    const thread = new Worker(new URL("../store/worker/engine-thread-boot.mjs", import.meta.url), {
      workerData: data,
    });
    thread.on("message", (reply: ArticleReply) => {
      if ("error" in reply) return;
      const item = todo[reply.index];
      if (!item) return;
      cache.set(item.key, reply.work);
      done.add(reply.index);
    });
    // An error ends the thread; what it had not posted is read below.
    return new Promise<void>((resolve) => {
      thread.once("error", () => resolve());
      thread.once("exit", () => resolve());
    });
  });

  let byMain = 0;
  while (options.mainReads ?? true) {
    const index = Atomics.add(counter, 0, 1);
    const item = todo[index];
    if (!item) break;
    cache.set(item.key, readArticle(item.article));
    done.add(index);
    byMain += 1;
  }
  await Promise.all(finished);
  const byThreads = done.size - byMain;
  todo.forEach((item, index) => {
    if (done.has(index)) return;
    cache.set(item.key, readArticle(item.article));
    byMain += 1;
  });
  return { threads, byThreads, byMain };
}
