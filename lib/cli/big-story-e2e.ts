import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { fetchArticle } from "@/lib/ingest";
import { CONTENT_ROOT } from "@/lib/content";
import { importStoryFolder } from "@/lib/store/content-folder";
import { getStoreDb } from "@/lib/store/db/open";
import { readAnalysis } from "@/lib/store/analyses";
import { EngineHost } from "@/lib/store/worker/engine-host";
import { engineVersion } from "@/lib/store/worker/engine-version";
import { runWorker, WORKER_DEFAULTS, workerName } from "@/lib/store/worker/loop";
import { writeBigStory } from "./big-story-folder";

/*
 * Before the e2e run (lib/cli/e2e.ts, lib/cli/test-all.ts): a story of 300 generated outlets
 * (lib/cli/big-story-folder.ts), imported into the e2e server's store and analysed here, so the
 * specs (e2e/large-story.spec.ts) find it ready. Its id is written to `large-story.json` in the store's
 * folder; a later run reuses it while the engine and the options are unchanged.
 */
const LARGE_STORY = { articles: 300, seed: 1 } as const;

const port = z.coerce.number().int().min(1).max(65535).default(3107).parse(process.env.E2E_PORT);
// The same folder as playwright.config.ts gives the server.
const dataDir = path.join(os.tmpdir(), `parallax-e2e-${port}`);
process.env.PARALLAX_DATA_DIR = dataDir;
const markerFile = path.join(dataDir, "large-story.json");
const markerSchema = z.object({
  id: z.string(),
  url: z.string(),
  articles: z.number(),
  seed: z.number(),
  engine: z.string(),
});

const log = (line: string) => console.log(`[large story] ${line}`);
const engine = engineVersion();
const store = await getStoreDb();

async function reusable(): Promise<boolean> {
  if (!fs.existsSync(markerFile)) return false;
  const marker = markerSchema.safeParse(JSON.parse(fs.readFileSync(markerFile, "utf8")));
  if (!marker.success) return false;
  const { id, articles, seed } = marker.data;
  if (articles !== LARGE_STORY.articles || seed !== LARGE_STORY.seed) return false;
  const stored = await readAnalysis(store, id).catch(() => null);
  return stored !== null && stored.engineVersion === engine;
}

if (await reusable()) {
  log(`ready (${markerFile})`);
} else {
  const t0 = Date.now();
  // A story folder's name is its slug: lowercase, digits and hyphens.
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-")), "large-story");
  writeBigStory(folder, LARGE_STORY);
  const { id, url } = await importStoryFolder(store, folder, CONTENT_ROOT);
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  log(`stored ${LARGE_STORY.articles} articles as ${url}; analysing…`);
  // The worker loop the server runs, stopped once this story is done (it may finish others first).
  const host = new EngineHost(WORKER_DEFAULTS.analysisTimeoutMs);
  const stop = new AbortController();
  let outcome = "";
  await runWorker(workerName(), {
    store,
    analyze: host.analyze,
    fetchArticle,
    engineVersion: engine,
    leaseMs: WORKER_DEFAULTS.leaseMs,
    maxAttempts: WORKER_DEFAULTS.maxAttempts,
    pollMs: 200,
    signal: stop.signal,
    onJob: (job, result) => {
      if (job.storyId !== id) return;
      outcome = result;
      stop.abort();
    },
  });
  await host.close();
  if (outcome !== "done") {
    console.error(`[large story] error: the analysis ended ${outcome || "without a result"}`);
    process.exit(1);
  }
  fs.writeFileSync(markerFile, JSON.stringify({ id, url, ...LARGE_STORY, engine }));
  log(`analysed in ${((Date.now() - t0) / 1000).toFixed(1)} s (${markerFile})`);
}
await store.close();
