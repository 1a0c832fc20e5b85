import { parentPort, workerData } from "node:worker_threads";
import { readArticle } from "@/lib/analysis";
import type { ArticleReply, ArticleThreadData } from "./article-messages";
import { threadCpuMs } from "./thread-cpu";

/**
 * One helper thread of the article pool (article-pool.ts): it takes the next article from the
 * counter it shares with the other threads and the main thread, reads it, and posts the work back,
 * until none are left. Loaded through the store's engine-thread-boot.mjs, which registers tsx.
 */
const port = parentPort;
if (!port) throw new Error("article-thread.ts runs only as a worker thread");
const { articles, actors, next } = workerData as ArticleThreadData;
const counter = new Int32Array(next);
// The engine's modules are loaded by now (imports come first); its models load with the first article.
const startMs = threadCpuMs();

try {
  for (;;) {
    const index = Atomics.add(counter, 0, 1);
    const article = articles[index];
    if (!article) break;
    const reply: ArticleReply = { index, work: readArticle(article, actors) };
    port.postMessage(reply);
  }
} catch (error) {
  // The articles this thread had claimed are read again by the main thread.
  const reply: ArticleReply = { error: error instanceof Error ? error.message : String(error) };
  port.postMessage(reply);
}
const cpu: ArticleReply = { cpu: { startMs, totalMs: threadCpuMs() } };
port.postMessage(cpu);
