/**
 * Runs once when the Next server starts, before it takes requests: guard against methods Next
 * itself crashes on, and start the story-analysis worker process beside the server
 * (lib/store/worker/spawn.ts says why it is a separate process).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardForbiddenMethods } = await import("./lib/security/method-guard");
  guardForbiddenMethods();
  // `next build` loads the server too; it has no stories to analyse.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkerProcess } = await import("./lib/store/worker/spawn");
  startWorkerProcess();
}
