import { parentPort } from "node:worker_threads";
import { analyzeStory, type StoryInput, storyAnalysisSchema } from "@/lib/analysis";
import type { EngineReply, EngineRequest } from "./engine-messages";

/**
 * The engine, in a thread of the worker process: the thread's owner keeps the job's lease alive and can
 * stop an analysis that runs too long, which it could not do while the engine held its event loop.
 * Loaded through engine-thread-boot.mjs, which registers tsx so this TypeScript runs as is.
 */
const port = parentPort;
if (!port) throw new Error("engine-thread.ts runs only as a worker thread");

port.on("message", (request: EngineRequest) => {
  const reply = (message: EngineReply) => port.postMessage(message);
  try {
    // The engine has no progress hook yet: its whole run is the "aligning" stage (facts, quotes and
    // attribution together). A future onStage callback would post "attribution" here too.
    reply({ id: request.id, stage: "aligning" });
    const analysis = analyzeStory(request.input as StoryInput);
    // Checked here, so a result the pages would reject fails the job instead of being stored.
    reply({ id: request.id, analysis: storyAnalysisSchema.parse(analysis) });
  } catch (error) {
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
