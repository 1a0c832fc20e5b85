import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3107);
const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Axe scans of the larger pages take several seconds on CI's two cores; a slow machine is not a failure.
  timeout: 60_000,
  // Assertions wait for navigation and hydration; on a loaded two-core machine that can take more than 5 s.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // recharts animations would leave screenshots half drawn.
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  // The production server, started by Playwright and stopped when the run ends.
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      // User stories (issue 14): the run's own story store, and room for the stories the specs create.
      PARALLAX_DATA_DIR: path.join(os.tmpdir(), `parallax-e2e-${PORT}`),
      PARALLAX_STORIES_PER_HOUR: "1000",
      // The link-fetching specs read pages from a fixture server on 127.0.0.1, which the fetcher refuses otherwise.
      PARALLAX_ALLOW_PRIVATE_URLS: "1",
    },
  },
});
