import { spawnSync } from "node:child_process";

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
