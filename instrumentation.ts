/**
 * Runs once when the Next server starts: start the story-analysis worker process beside it
 * (lib/store/worker/spawn.ts says why it is a separate process).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads the server too; it has no stories to analyse.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkerProcess } = await import("./lib/store/worker/spawn");
  startWorkerProcess();
}
