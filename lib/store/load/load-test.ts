import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { CONTENT_ROOT, loadOutlets, loadStoryDir } from "@/lib/content";
import type { NewStory } from "../new-story";

/**
 * Load test on loopback (issue 14): 50 concurrent readers of a user story's page, first idle, then
 * while 5 stories are created and analysed. Run against a started server:
 *
 *   PARALLAX_DATA_DIR=/tmp/load PARALLAX_STORIES_PER_HOUR=100 next start -p 3113 -H 127.0.0.1
 *   npx tsx lib/store/load/load-test.ts --base http://127.0.0.1:3113
 *
 * The stories are the seed story's five articles (about 3,000 words), each created as a new story.
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    base: z.url().default("http://127.0.0.1:3113"),
    readers: z.coerce.number().int().min(1).default(50),
    stories: z.coerce.number().int().min(1).default(5),
    "idle-seconds": z.coerce.number().min(1).default(20),
    _: z.array(z.string()).max(0),
  }),
);
const base = args.base.replace(/\/$/, "");

function seedStory(n: number): NewStory {
  const { outlets } = loadOutlets(CONTENT_ROOT, path.join(CONTENT_ROOT, "outlets"));
  const { story } = loadStoryDir(
    path.join(CONTENT_ROOT, "stories", "basra-consulate-2018"),
    outlets,
  );
  if (!story) throw new Error("the seed story does not load");
  return {
    title: `${story.title} (load test ${n})`,
    articles: story.articles.map((a) => ({
      outlet: a.outlet.name,
      ...(a.title ? { title: a.title } : {}),
      text: a.raw,
    })),
  };
}

async function create(n: number): Promise<string> {
  const response = await fetch(`${base}/api/stories`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(seedStory(n)),
  });
  if (response.status !== 201)
    throw new Error(`create: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function waitDone(id: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const body = (await (await fetch(`${base}/api/stories/${id}`)).json()) as { status: string };
    if (body.status === "done") return performance.now() - started;
    if (body.status === "failed") throw new Error(`story ${id} failed`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Sample {
  ms: number;
  ok: boolean;
}

/** `readers` loops fetching the page until `until` resolves; every response timed. */
async function read(url: string, until: Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let stop = false;
  void until.finally(() => (stop = true));
  await Promise.all(
    Array.from({ length: args.readers }, async () => {
      while (!stop) {
        const t0 = performance.now();
        let ok = false;
        try {
          const response = await fetch(url);
          // Once analysed, the story's page is its full overview (the outlet lineup and every figure).
          ok = response.status === 200 && (await response.text()).includes('data-testid="lineup"');
        } catch {
          ok = false;
        }
        samples.push({ ms: performance.now() - t0, ok });
      }
    }),
  );
  return samples;
}

function summary(label: string, samples: Sample[], seconds: number) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const errors = samples.filter((s) => !s.ok).length;
  const row = {
    label,
    requests: samples.length,
    errors,
    rps: samples.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: at(1),
  };
  console.log(
    `${label.padEnd(16)} ${row.requests} requests, ${errors} errors, ${row.rps.toFixed(0)}/s, ` +
      `p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms, max ${row.max.toFixed(0)} ms`,
  );
  return row;
}

const page = `${base}/s/${await create(0)}`;
await waitDone(page.split("/").at(-1) ?? "");
await read(page, new Promise((resolve) => setTimeout(resolve, 2000))); // warm up
console.log(
  `${args.readers} readers of ${page}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(2)}`,
);

const idleStart = performance.now();
const idle = summary(
  "idle",
  await read(page, new Promise((r) => setTimeout(r, args["idle-seconds"] * 1000))),
  args["idle-seconds"],
);

const busyStart = performance.now();
const analysed = Promise.all(
  Array.from({ length: args.stories }, async (_, i) => waitDone(await create(i + 1))),
);
const busySamples = await read(page, analysed);
const busySeconds = (performance.now() - busyStart) / 1000;
const times = await analysed;
const busy = summary("during analysis", busySamples, busySeconds);
console.log(
  `${args.stories} stories created and analysed in ${busySeconds.toFixed(1)} s (each from creation to done: ${times.map((t) => (t / 1000).toFixed(1)).join(", ")} s)`,
);
console.log(
  `p99 during analysis / idle p99 = ${(busy.p99 / idle.p99).toFixed(2)} (idle phase ${((busyStart - idleStart) / 1000).toFixed(0)} s)`,
);
process.exit(idle.errors + busy.errors > 0 ? 1 : 0);
