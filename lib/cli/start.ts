import fs from "node:fs";
import path from "node:path";
import { bin, run } from "./run";

/**
 * `npm start`: build when there is no build or the sources changed since the
 * last one, then serve the dashboard on http://localhost:3000 (PORT to change).
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

const sources = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "package.json",
  "next.config.js",
  "instrumentation.ts",
];
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changed = Math.max(...sources.map((s) => newest(path.join(root, s))));

if (built === 0 || changed > built) {
  console.log(
    built === 0 ? "No build yet: building the dashboard…" : "Sources changed: rebuilding…",
  );
  const status = run("npm", ["run", "build"]);
  if (status !== 0) process.exit(status);
}

const port = process.env.PORT ?? "3000";
console.log(`\nParallax is running at http://localhost:${port} (Ctrl+C to stop).\n`);
process.exit(run(bin("next"), ["start", "-p", port]));
