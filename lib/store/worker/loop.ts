import { hostname } from "node:os";
import { newRowId } from "../ids";
import { claimJob, releaseJob, type ClaimedJob } from "../queue";
import { type JobContext, type JobOutcome, runJob } from "./run-job";

export interface WorkerOptions extends Omit<JobContext, "signal"> {
  /** How often an idle worker looks for new work. */
  pollMs: number;
  signal: AbortSignal;
  /** Called after each job (tests wait on it). */
  onJob?: (job: ClaimedJob, outcome: JobOutcome) => void;
}

export const WORKER_DEFAULTS = {
  pollMs: 500,
  leaseMs: 30_000,
  maxAttempts: 3,
  analysisTimeoutMs: 10 * 60_000,
} as const;

/** A name for this worker in the jobs table: host, process and a random part. */
export function workerName(): string {
  return `${hostname()}:${process.pid}:${newRowId().slice(0, 6)}`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * Claim and run jobs one at a time until `signal` aborts. On abort, a job in progress is stopped and
 * handed back to the queue, so the next start (or another worker) runs it from the beginning.
 */
export async function runWorker(name: string, options: WorkerOptions): Promise<void> {
  const { signal, store } = options;
  while (!signal.aborted) {
    let job: ClaimedJob | null = null;
    try {
      job = await claimJob(store, name, { leaseMs: options.leaseMs });
    } catch (error) {
      options.log?.(
        `could not claim a job: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!job) {
      await sleep(options.pollMs, signal);
      continue;
    }
    const outcome = await runJob({ ...options, signal }, job).catch((error: unknown) => {
      options.log?.(
        `job ${job.id} crashed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return "lost" as const;
    });
    if (outcome === "stopped") await releaseJob(store, job).catch(() => undefined);
    options.log?.(`story ${job.storyId} (revision ${job.revision}): ${outcome}`);
    options.onJob?.(job, outcome);
  }
}
