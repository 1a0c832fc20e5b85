/**
 * The engine's heap limit, in MB: the analysis thread runs with it (engine-host.ts) and the bench
 * measures with it (lib/cli/bench.ts), so the memory the bench reports is the memory a deployment
 * needs. An analysis of 1,000 real articles keeps 200–300 MB alive; without a limit V8 lets garbage
 * pile up to 1.1–1.3 GB before a full collection, with this one it collects earlier (peak about
 * 0.8 GB, a few per cent slower). A story too big for it fails with a message, not the server.
 */
export const ENGINE_HEAP_MB = 900;

/** What a reader is told when an analysis needed more memory than the engine has. */
export const OUT_OF_MEMORY_MESSAGE = `the story needs more memory than the analysis engine has (${ENGINE_HEAP_MB} MB); split it into smaller stories`;

/** True for the error a worker thread reports when it reached its heap limit. */
export function isOutOfMemory(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY"
  );
}
