import { Worker } from "node:worker_threads";
import {
  type ArticleCache,
  articleKey,
  readArticle,
  type StoryInput,
  storyInputSchema,
} from "@/lib/analysis";
import type { ArticleReply, ArticleThreadData } from "./article-messages";
import { defaultHelperThreads } from "./helper-threads";
import { TokenInterner } from "./intern-tokens";

/**
 * Below this many articles the pool is not started: a thread pays for loading the NLP model and
 * the parser itself (about a second on a busy machine), more than it would save.
 */
export const POOL_MIN_ARTICLES = 20;

/** The main thread takes in the helpers' work after every this many articles of its own. */
const DRAIN_EVERY = 8;

/** The old-generation heap of a helper thread, in MB. */
const THREAD_HEAP_MB = 256;

export interface PoolOptions {
  /** Helper threads besides the main thread; default: `defaultHelperThreads()`. */
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
  /** Why helper threads stopped early (their articles were then read by the main thread). */
  errors: string[];
  /** Each helper thread's CPU time (ms): loading the engine's modules, and in all (see thread-cpu.ts). */
  threadCpu: { startMs: number | null; totalMs: number | null }[];
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
  const parsed = storyInputSchema.parse(story);
  const all = parsed.articles;
  const todo = all
    .map((article) => ({ article, key: articleKey(article) }))
    .filter(({ key }) => !cache.has(key));
  const threads = Math.min(options.threads ?? defaultHelperThreads(), Math.floor(todo.length / 2));
  if (todo.length < (options.minArticles ?? POOL_MIN_ARTICLES) || threads < 1)
    return { threads: 0, byThreads: 0, byMain: 0, errors: [], threadCpu: [] };

  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const done = new Set<number>();
  const errors: string[] = [];
  const threadCpu: PoolReport["threadCpu"] = [];
  const interner = new TokenInterner();
  const data: ArticleThreadData = {
    entry: new URL("./article-thread.ts", import.meta.url).href,
    articles: todo.map(({ article }) => article),
    actors: parsed.actors,
    next,
  };
  const finished = Array.from({ length: threads }, () => {
    let thread: Worker;
    try {
      thread = new Worker(new URL("../store/worker/engine-thread-boot.mjs", import.meta.url), {
        workerData: data,
        // A bound makes the thread collect its garbage early rather than grow towards the default
        // limit (about 1 GB): it keeps only the engine's models and the article in hand (109 MB
        // used after 300 articles), and every megabyte counts towards the process's peak.
        resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      });
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
      return Promise.resolve();
    }
    thread.on("message", (reply: ArticleReply) => {
      if ("error" in reply) {
        errors.push(reply.error);
        return;
      }
      if ("cpu" in reply) {
        threadCpu.push(reply.cpu);
        return;
      }
      const item = todo[reply.index];
      if (!item) return;
      interner.tokensOf(reply.work);
      cache.set(item.key, reply.work);
      done.add(reply.index);
    });
    // An error ends the thread; what it had not posted is read below.
    return new Promise<void>((resolve) => {
      thread.once("error", (error) => {
        errors.push(error.message);
        resolve();
      });
      thread.once("exit", () => resolve());
    });
  });

  let byMain = 0;
  while (options.mainReads ?? true) {
    const index = Atomics.add(counter, 0, 1);
    const item = todo[index];
    if (!item) break;
    cache.set(item.key, readArticle(item.article, parsed.actors));
    done.add(index);
    byMain += 1;
    // Let the helpers' work in now and then, so it does not wait, copied, in the message queue.
    if (byMain % DRAIN_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  const byThreads = done.size - byMain;
  todo.forEach((item, index) => {
    if (done.has(index)) return;
    cache.set(item.key, readArticle(item.article, parsed.actors));
    byMain += 1;
  });
  return { threads, byThreads, byMain, errors, threadCpu };
}
