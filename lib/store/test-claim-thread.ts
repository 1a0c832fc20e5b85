import { parentPort, workerData } from "node:worker_threads";
import { openStoreDb, type StoreConfig } from "./db/open";
import { claimJob } from "./queue";

/**
 * A second worker for the queue tests, in its own thread with its own connection: on SQLite, two
 * handles in one thread would block each other (the driver waits for a lock synchronously), so true
 * concurrency needs a second thread, as it has a second process in production.
 */
const { config, name } = workerData as { config: StoreConfig; name: string; entry: string };
const store = await openStoreDb(config);
// Ready: wait for the test's go, so both workers start claiming together.
await new Promise((resolve) => {
  parentPort?.once("message", resolve);
  parentPort?.postMessage("ready");
});
const claimed: string[] = [];
for (;;) {
  // A breath between claims (as a worker spends on each job) lets the two interleave.
  await new Promise((resolve) => setTimeout(resolve, 1));
  const job = await claimJob(store, name, { leaseMs: 60_000 });
  if (!job) break;
  claimed.push(job.storyId);
}
await store.close();
parentPort?.postMessage(claimed);
