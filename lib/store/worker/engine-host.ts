import { Worker } from "node:worker_threads";
import type { StoryAnalysis, StoryInput } from "@/lib/analysis";
import type { JobStage } from "../db/tables";
import { ENGINE_HEAP_MB, isOutOfMemory, OUT_OF_MEMORY_MESSAGE } from "./engine-heap";
import type { EngineReply, EngineRequest } from "./engine-messages";

export interface AnalyzeHooks {
  onStage(stage: JobStage): void;
  signal: AbortSignal;
}

/** What the worker needs of the engine; tests pass a plain function. */
export type Analyzer = (input: StoryInput, hooks: AnalyzeHooks) => Promise<StoryAnalysis>;

export class AnalysisTimeout extends Error {}

/**
 * Runs the engine in one long-lived worker thread (the NLP model loads once), one story at a time.
 * An analysis that is cancelled or runs past `timeoutMs` ends the thread; the next story starts a new one.
 */
export class EngineHost {
  private thread: Worker | null = null;
  private nextId = 1;

  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    const thread = new Worker(new URL("./engine-thread-boot.mjs", import.meta.url), {
      workerData: { entry: new URL("./engine-thread.ts", import.meta.url).href },
      resourceLimits: { maxOldGenerationSizeMb: ENGINE_HEAP_MB },
    });
    thread.on("exit", () => {
      if (this.thread === thread) this.thread = null;
    });
    return thread;
  }

  /** Start the thread now, so the first story does not wait for the NLP model to load. */
  warm(): void {
    this.thread ??= this.start();
  }

  analyze: Analyzer = (input, hooks) => {
    const thread = (this.thread ??= this.start());
    const request: EngineRequest = { id: this.nextId++, input };
    return new Promise<StoryAnalysis>((resolve, reject) => {
      const finish = (outcome: () => void, stop: boolean) => {
        clearTimeout(timer);
        thread.off("message", onMessage);
        thread.off("error", onError);
        thread.off("exit", onExit);
        hooks.signal.removeEventListener("abort", onAbort);
        if (stop) {
          // Forget it now, not on its exit event: the next story must not be sent to a dying thread.
          if (this.thread === thread) this.thread = null;
          void thread.terminate();
        }
        outcome();
      };
      const onMessage = (reply: EngineReply) => {
        if (reply.id !== request.id) return;
        if ("stage" in reply) hooks.onStage(reply.stage);
        else if ("analysis" in reply) finish(() => resolve(reply.analysis), false);
        else finish(() => reject(new Error(reply.error)), false);
      };
      const onError = (error: Error) =>
        finish(() => reject(isOutOfMemory(error) ? new Error(OUT_OF_MEMORY_MESSAGE) : error), true);
      const onExit = (code: number) =>
        finish(() => reject(new Error(`the analysis thread stopped (exit code ${code})`)), false);
      const onAbort = () => finish(() => reject(hooks.signal.reason), true);
      const timer = setTimeout(
        () =>
          finish(
            () =>
              reject(
                new AnalysisTimeout(`took longer than ${Math.round(this.timeoutMs / 1000)} s`),
              ),
            true,
          ),
        this.timeoutMs,
      );
      thread.on("message", onMessage);
      thread.on("error", onError);
      thread.on("exit", onExit);
      if (hooks.signal.aborted) return onAbort();
      hooks.signal.addEventListener("abort", onAbort, { once: true });
      thread.postMessage(request);
    });
  };

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }
}
