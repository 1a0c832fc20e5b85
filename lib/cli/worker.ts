import { z } from "zod";
import { fetchArticle } from "@/lib/ingest";
import { getStoreDb } from "@/lib/store/db/open";
import { EngineHost } from "@/lib/store/worker/engine-host";
import { engineVersion } from "@/lib/store/worker/engine-version";
import { runWorker, WORKER_DEFAULTS, workerName } from "@/lib/store/worker/loop";

/**
 * `npm run worker`: analyse queued stories until stopped. The web server starts one of these itself
 * (lib/store/worker/spawn.ts); run it by hand for a deployment that sets PARALLAX_WORKER=0 on its web
 * instances. Stops cleanly on SIGTERM/SIGINT, or when the server that started it goes away, handing an
 * unfinished story back to the queue.
 */
const env = z
  .object({
    PARALLAX_WORKER_POLL_MS: z.coerce.number().int().min(50).default(WORKER_DEFAULTS.pollMs),
    PARALLAX_ANALYSIS_TIMEOUT_S: z.coerce
      .number()
      .int()
      .min(1)
      .default(WORKER_DEFAULTS.analysisTimeoutMs / 1000),
  })
  .safeParse(process.env);
if (!env.success) {
  const issue = env.error.issues[0];
  console.error(`[worker] error: ${issue?.path.join(".")}: ${issue?.message}`);
  process.exit(1);
}

const log = (line: string) => console.log(`[worker] ${line}`);
const stop = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => stop.abort());
process.once("disconnect", () => stop.abort());

let store;
try {
  store = await getStoreDb();
} catch (error) {
  console.error(`[worker] error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const engine = new EngineHost(env.data.PARALLAX_ANALYSIS_TIMEOUT_S * 1000);
engine.warm();
const name = workerName();
log(`analysing stories from ${store.where} as ${name}`);
await runWorker(name, {
  store,
  analyze: engine.analyze,
  fetchArticle,
  engineVersion: engineVersion(),
  leaseMs: WORKER_DEFAULTS.leaseMs,
  maxAttempts: WORKER_DEFAULTS.maxAttempts,
  pollMs: env.data.PARALLAX_WORKER_POLL_MS,
  signal: stop.signal,
  log,
});
await engine.close();
await store.close();
log("stopped");
process.exit(0);
