import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fail } from "./args";
import { lanAddresses, nextFreePort, portAdvice, portSchema, probePort } from "./port";
import { bin, duration, runWithProgress } from "./run";

/**
 * `npm start`: build when there is no build or the sources changed since the
 * last one, then serve the dashboard on http://localhost:3000 (PORT to change).
 * Says what it is doing at each step, and stops with advice (not a stack
 * trace) when the port is taken.
 */
const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");

function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

const parsedPort = portSchema.safeParse(process.env.PORT ?? "3000");
if (!parsedPort.success)
  fail(
    `PORT=${process.env.PORT}: ${parsedPort.error.issues[0]?.message ?? "is not a port"} (for example PORT=3001 npm start)`,
  );
const port = parsedPort.data;

/** Stop with advice when the port cannot be used; checked before and after the build. */
async function ensurePortFree(): Promise<void> {
  const state = await probePort(port);
  if (state === "free") return;
  process.stderr.write(`\n${portAdvice(port, state, await nextFreePort(port))}\n`);
  process.exit(1);
}

/** Resolve once something accepts connections on the port, or after `limitMs`. */
async function waitForServer(limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

await ensurePortFree();

const sources = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "package.json",
  "next.config.js",
  "instrumentation.ts",
  "proxy.ts",
];
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changed = Math.max(...sources.map((s) => newest(path.join(root, s))));

if (built === 0 || changed > built) {
  console.log(
    built === 0
      ? "No build yet: building the dashboard (checking the content, compiling the pages, analysing each story).\n" +
          "The first build takes about 2 minutes on a two-core machine; later starts skip it."
      : "Sources changed since the last build: rebuilding (about 2 minutes)…",
  );
  const started = Date.now();
  const status = await runWithProgress("npm", ["run", "--silent", "build"], "building");
  if (status !== 0) {
    console.error(`\nThe build failed (exit ${status}); the lines above say why.`);
    process.exit(status);
  }
  console.log(`Built in ${duration(Date.now() - started)}.`);
  await ensurePortFree();
}

console.log(`\nStarting the server on port ${port}…`);
const server = spawn(bin("next"), ["start", "-p", String(port)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
// Ctrl+C reaches the server too (same terminal): let it stop, then exit with its status.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

if (await waitForServer(60_000)) {
  const others = lanAddresses(os.networkInterfaces()).map((ip) => `http://${ip}:${port}`);
  console.log(
    `\nParallax is running at http://localhost:${port} (Ctrl+C to stop).` +
      (others.length
        ? `\nOn other devices on this network (a class's phones): ${others.join(", ")}`
        : "") +
      "\n",
  );
}
