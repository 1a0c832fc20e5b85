import { parentPort } from "node:worker_threads";
import {
  type AnalysisStage,
  analyzeStory,
  ArticleCache,
  type StoryInput,
  storyAnalysisSchema,
} from "@/lib/analysis";
import type { EngineReply, EngineRequest } from "./engine-messages";

/**
 * The engine, in a thread of the worker process: the thread's owner keeps the job's lease alive and can
 * stop an analysis that runs too long, which it could not do while the engine held its event loop.
 * Loaded through engine-thread-boot.mjs, which registers tsx so this TypeScript runs as is.
 */
const port = parentPort;
if (!port) throw new Error("engine-thread.ts runs only as a worker thread");

/**
 * Per-article work kept while this thread lives: a story re-analysed after an article is added or
 * removed reads only the new article again. Bounded (least recently used entries go first).
 */
const cache = new ArticleCache(1_000);

/** The engine's stages as the story page names them (queued → reading → aligning → attribution). */
const JOB_STAGE: Record<AnalysisStage, "reading" | "aligning" | "attribution"> = {
  prepare: "reading",
  align: "aligning",
  reuse: "aligning",
  quotes: "attribution",
  relations: "attribution",
};

port.on("message", (request: EngineRequest) => {
  const reply = (message: EngineReply) => port.postMessage(message);
  try {
    let last: string | null = null;
    const analysis = analyzeStory(request.input as StoryInput, {
      cache,
      onStage: (stage) => {
        const next = JOB_STAGE[stage];
        if (next !== last) reply({ id: request.id, stage: next });
        last = next;
      },
    });
    // Checked here, so a result the pages would reject fails the job instead of being stored.
    reply({ id: request.id, analysis: storyAnalysisSchema.parse(analysis) });
  } catch (error) {
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
