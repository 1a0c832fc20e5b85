import { spawn, spawnSync } from "node:child_process";

/** Run a command with inherited output; return its exit status. */
export function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (result.error) {
    console.error(`error: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** The project's own copy of a command-line tool in node_modules/.bin. */
export function bin(name: string): string {
  return `node_modules/.bin/${name}`;
}

/** "1 min 05 s", "42 s". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds} s`
    : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/**
 * Run a long command with inherited output, saying every `everyMs` that it is
 * still going, so a quiet stretch (Next's compile step prints nothing for a
 * minute) does not look like a hang. Resolves to the exit status.
 */
export function runWithProgress(
  command: string,
  args: string[],
  label: string,
  everyMs = 30_000,
): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const timer = setInterval(
      () => console.log(`… still ${label} (${duration(Date.now() - started)} so far)`),
      everyMs,
    );
    child.on("error", (error) => {
      clearInterval(timer);
      console.error(`error: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve(code ?? 1);
    });
  });
}
