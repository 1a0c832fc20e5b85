import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/**
 * Start the analysis worker beside the web server (called from instrumentation.ts when Next starts,
 * so `npm start`, `next start`, `next dev` and the e2e server all run it with no extra step).
 *
 * It is a separate Node process running lib/cli/worker.ts through tsx: the engine is TypeScript that
 * Next compiles only into its own bundles, and a process of its own keeps the analysis (seconds of
 * CPU per story) off the event loop that answers page requests. tsx is already what `npm start` runs
 * on, so a fresh clone needs nothing more. PARALLAX_WORKER=0 turns it off (a deployment that runs
 * `npm run worker` separately); several instances may each run one: they share the job table.
 */
const KEY = Symbol.for("parallax.worker");
type Holder = { [KEY]?: { child: ChildProcess | null; stopping: boolean } };

export function startWorkerProcess(root: string = process.cwd()): void {
  if (process.env.PARALLAX_WORKER === "0") return;
  const holder = globalThis as Holder;
  if (holder[KEY]) return; // Next's dev server may call register() again after a reload.
  const state: { child: ChildProcess | null; stopping: boolean } = { child: null, stopping: false };
  holder[KEY] = state;
  let restarts = 0;
  let startedAt = 0;

  const launch = () => {
    startedAt = Date.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join("lib", "cli", "worker.ts")],
      {
        cwd: root,
        // The IPC channel is how the worker notices this server has gone, however it ended.
        stdio: ["ignore", "inherit", "inherit", "ipc"],
        env: process.env,
      },
    );
    state.child = child;
    child.on("exit", (code, signal) => {
      state.child = null;
      if (state.stopping) return;
      // A worker that ran a while before stopping is restarted at once; one that keeps failing at
      // startup (a broken database URL) is retried ever more slowly, up to a minute apart.
      restarts = Date.now() - startedAt > 60_000 ? 0 : restarts + 1;
      const delay = Math.min(60_000, 1000 * 2 ** Math.min(restarts, 6));
      console.error(
        `[worker] stopped (${signal ?? `exit code ${code}`}); starting again in ${delay / 1000} s`,
      );
      setTimeout(launch, delay).unref();
    });
  };

  const stop = () => {
    state.stopping = true;
    state.child?.kill("SIGTERM");
  };
  process.once("exit", stop);
  launch();
}
