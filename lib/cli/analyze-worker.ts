import { parentPort, workerData } from "node:worker_threads";
import { readArticle } from "@/lib/analysis/analyze";
import type { ArticleInput } from "@/lib/analysis/schema";
import { packRead, type ReadBatch } from "./read-pack";

/** What lib/cli/parallel-analyze.ts gives the worker. */
export interface WorkerInput {
  articles: ArticleInput[];
  /** One Int32: the next batch to claim, shared with the parent thread. */
  next: SharedArrayBuffer;
  batch: number;
}

// Read batches until none is left to claim, posting each to the parent and keeping
// nothing: the parent thread holds the story, this one only lends its core.
if (parentPort) {
  const port = parentPort;
  const { articles, next, batch: size } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  const batches = Math.ceil(articles.length / size);
  for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
    const from = b * size;
    const { batch, transfer } = packRead(from, articles.slice(from, from + size).map(readArticle));
    port.postMessage(batch satisfies ReadBatch, transfer);
  }
}
