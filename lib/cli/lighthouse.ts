import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { z } from "zod";
import { fail, parseArgs } from "./args";
import { findChromium } from "./chromium";

/**
 * `npm run lighthouse -- [--path /stories/…/compare?a=…&b=…] [--runs 3] [--cpu-slowdown 4|auto]`:
 * serve the production build, run Lighthouse (mobile preset, the default) on one
 * page and print its performance and accessibility scores, LCP and the page's
 * script bytes; with several runs, also the median of each figure (single runs on
 * a shared machine vary by 10 points or more). Needs a build (`npm run build`).
 * Lighthouse 12.8 is fetched with npx (the last release for Node 20); it is not a
 * project dependency.
 *
 * The mobile preset slows the CPU 4×, which assumes a high-end desktop host
 * (benchmarkIndex 1500–2000). Every run prints this host's benchmarkIndex;
 * `--cpu-slowdown auto` picks the multiplier Lighthouse's throttling guide
 * (docs/throttling.md, "Calibrating the CPU slowdown") gives for that index, so a
 * slower host does not emulate a phone slower than the preset's mid-tier one.
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    path: z
      .string()
      .startsWith("/")
      .default("/stories/basra-consulate-2018/compare?a=press-tv&b=epoch-times"),
    port: z.coerce.number().int().min(1024).max(65535).default(3119),
    runs: z.coerce.number().int().min(1).max(9).default(1),
    "cpu-slowdown": z.union([z.literal("auto"), z.coerce.number().min(1).max(20)]).default(4),
    _: z.array(z.string()).max(0),
  }),
);

if (!fs.existsSync(".next/BUILD_ID")) fail("no production build: run `npm run build` first.");
const chromium = findChromium();
const server = spawn(
  "node_modules/.bin/next",
  ["start", "-p", String(args.port), "-H", "127.0.0.1"],
  {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  },
);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server did not start at ${url}`);
}

interface LighthouseReport {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: { items?: { url?: string; transferSize?: number; resourceType?: string }[] };
    }
  >;
}

type Result = ReturnType<typeof runOnce>;

/**
 * The CPU slowdown that makes this host a mid-tier phone, from Lighthouse's
 * calibration table: high-end desktop (index ≥ 1500) 4×, low-end desktop or
 * high-end phone (800–1500) 2×, slower hosts 1×.
 */
function calibratedSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1500) return 4;
  return benchmarkIndex >= 800 ? 2 : 1;
}

function runOnce(url: string, slowdown: number) {
  const output = execFileSync(
    "npx",
    [
      "--yes",
      "lighthouse@12.8.2",
      url,
      "--output=json",
      "--quiet",
      "--only-categories=performance,accessibility",
      `--throttling.cpuSlowdownMultiplier=${slowdown}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  ).toString();
  const report = JSON.parse(output) as LighthouseReport;
  const scripts = (report.audits["network-requests"]?.details?.items ?? []).filter(
    (item) => item.resourceType === "Script",
  );
  const scriptBytes = scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    page: args.path,
    lighthouse: report.lighthouseVersion,
    preset: slowdown === 4 ? "mobile (default)" : `mobile, CPU slowdown ${slowdown}× (calibrated)`,
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
    totalBlockingTimeMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
    cls: Number((report.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    scripts: scripts.length,
    scriptKB: Number((scriptBytes / 1024).toFixed(1)),
  };
}

function print(result: Result, label = ""): void {
  console.log(
    `${result.page}${label ? ` (${label})` : ""}\n  Lighthouse ${result.lighthouse}, ${result.preset}, host benchmarkIndex ${result.benchmarkIndex}\n  performance ${result.performance}, accessibility ${result.accessibility}\n` +
      `  LCP ${result.lcpMs} ms, TBT ${result.totalBlockingTimeMs} ms, CLS ${result.cls}\n  scripts: ${result.scripts} files, ${result.scriptKB} KB transferred`,
  );
  console.log(JSON.stringify(label ? { ...result, summary: label } : result));
}

type Figure =
  | "performance"
  | "accessibility"
  | "lcpMs"
  | "totalBlockingTimeMs"
  | "cls"
  | "scriptKB"
  | "benchmarkIndex";

/** The median of each figure, taken separately (the middle run, for an odd count). */
function median(results: Result[]): Result {
  const of = (key: Figure): number =>
    results.map((r) => r[key]).sort((x, y) => x - y)[Math.floor((results.length - 1) / 2)] ?? 0;
  return {
    ...(results[0] as Result),
    performance: of("performance"),
    accessibility: of("accessibility"),
    lcpMs: of("lcpMs"),
    totalBlockingTimeMs: of("totalBlockingTimeMs"),
    cls: of("cls"),
    scriptKB: of("scriptKB"),
    benchmarkIndex: of("benchmarkIndex"),
  };
}

try {
  const url = `http://127.0.0.1:${args.port}${args.path}`;
  await waitForServer(url);
  const results: Result[] = [];
  let slowdown = args["cpu-slowdown"] === "auto" ? 4 : args["cpu-slowdown"];
  if (args["cpu-slowdown"] === "auto") {
    // One default run to read this host's benchmarkIndex; not counted.
    const probe = runOnce(url, 4);
    slowdown = calibratedSlowdown(probe.benchmarkIndex);
    console.log(
      `host benchmarkIndex ${probe.benchmarkIndex}: CPU slowdown ${slowdown}× (default run: performance ${probe.performance})`,
    );
  }
  for (let run = 0; run < args.runs; run += 1) {
    const result = runOnce(url, slowdown);
    results.push(result);
    print(result);
  }
  if (results.length > 1) print(median(results), `median of ${results.length} runs`);
} catch (error) {
  console.error(`error: ${(error as Error).message.split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  server.kill();
}
