import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

/**
 * Find a Chromium for the e2e tests: $CHROME_PATH, then Debian's /usr/bin/chromium.
 * As root with neither, install Debian's `chromium` package (Playwright's own
 * browser download does not work on machines without general internet access).
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: sudo apt-get install chromium) " +
      "or set CHROME_PATH to a Chromium or Chrome executable, then run npm test again.",
  );
}
