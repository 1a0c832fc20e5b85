import os from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeReadStory, readArticle, type ReadArticle } from "@/lib/analysis/analyze";
import {
  type ArticleInput,
  type StoryAnalysis,
  type StoryInput,
  storyInputSchema,
} from "@/lib/analysis/schema";
import type { WorkerInput } from "./analyze-worker";
import { type ReadBatch, unpackRead } from "./read-pack";

// The worker is TypeScript, like the CLIs: on Node 20 a worker does not inherit tsx's
// loader, so it starts as a line of JavaScript that loads the worker module through tsx.
const BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./analyze-worker.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)}));`;

/** Articles per claim: small enough to balance the threads, large enough that claiming costs nothing. */
const BATCH = 16;
/** Below this many articles, starting a thread costs more than it saves. */
export const MIN_PARALLEL = 64;

export interface ParallelOptions {
  /** Use a second thread when the machine has two cores or more (default) and the story is big enough. */
  threads?: number;
  /** The smallest story worth a second thread (default MIN_PARALLEL). */
  minArticles?: number;
  /** Articles per claim (default BATCH). */
  batch?: number;
}

/**
 * `analyzeStory` with its per-article stage (cleaning, segmentation, quotes:
 * about two fifths of the work) on two threads: both read articles, claiming
 * batches from a shared counter; then this thread relates them (facts, reuse,
 * quote groups, blame). Each article is read by the same pure `readArticle`
 * whichever thread reads it and put back in article order, so the analysis is
 * identical to `analyzeStory`'s (parallel-analyze.test.ts, and `npm run bench`
 * at 1,000 articles, check it). Node-only, hence here and not in the engine.
 */
export async function analyzeStoryParallel(
  input: StoryInput,
  {
    threads = os.availableParallelism(),
    minArticles = MIN_PARALLEL,
    batch: size = BATCH,
  }: ParallelOptions = {},
): Promise<StoryAnalysis> {
  const story = storyInputSchema.parse(input);
  const articles = story.articles;
  if (threads < 2 || articles.length < minArticles) {
    return analyzeReadStory(story, articles.map(readArticle));
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const read = new Array<ReadArticle | undefined>(articles.length);
  const workerInput: WorkerInput = {
    articles,
    next: next.buffer as SharedArrayBuffer,
    batch: size,
  };
  let missing = articles.length;
  let allRead = () => {};
  const worker = new Worker(BOOT, { eval: true, workerData: workerInput });
  worker.on("message", (batch: ReadBatch) => {
    unpackRead(batch, articles, read);
    missing -= batch.read.length;
    if (missing === 0) allRead();
  });
  const failed = new Promise<never>((_, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (missing > 0) reject(new Error(`analysis worker stopped (exit code ${code})`));
    });
  });
  failed.catch(() => {}); // raced below; never an unhandled rejection
  try {
    // Read here too while the worker starts up.
    const batches = Math.ceil(articles.length / size);
    for (let b = Atomics.add(next, 0, 1); b < batches; b = Atomics.add(next, 0, 1)) {
      const from = b * size;
      for (let i = from; i < Math.min(articles.length, from + size); i += 1) {
        read[i] = readArticle(articles[i] as ArticleInput);
        missing -= 1;
      }
    }
    // The worker's last batches may still be on their way.
    if (missing > 0) {
      await Promise.race([new Promise<void>((resolve) => (allRead = resolve)), failed]);
    }
  } finally {
    await worker.terminate();
  }
  return analyzeReadStory(story, read as ReadArticle[]);
}
