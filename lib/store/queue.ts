import type { StoreDb } from "./db/open";
import type { JobStage } from "./db/tables";

/** A job a worker holds: every write it makes is conditional on still holding it. */
export interface ClaimedJob {
  id: string;
  storyId: string;
  revision: number;
  attempts: number;
  worker: string;
}

export interface ClaimOptions {
  /** How long the claim lasts without a heartbeat before another worker may take the job over. */
  leaseMs: number;
  now?: Date;
}

/**
 * Claim the oldest job that is queued, or running under a lease that has run out (its worker stopped:
 * a restart, a crash, a killed machine). One UPDATE picks and takes the row, so two workers never both
 * get it: PostgreSQL locks the picked row with FOR UPDATE SKIP LOCKED (a second worker skips to the
 * next job instead of waiting); SQLite runs the statement under its single write lock.
 */
export async function claimJob(
  store: StoreDb,
  worker: string,
  options: ClaimOptions,
): Promise<ClaimedJob | null> {
  const now = (options.now ?? new Date()).toISOString();
  const leaseUntil = new Date(Date.parse(now) + options.leaseMs).toISOString();
  return store.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("jobs")
      .set((eb) => ({
        status: "running",
        attempts: eb("attempts", "+", 1),
        claimed_at: now,
        lease_until: leaseUntil,
        worker,
        updated_at: now,
      }))
      .where((eb) =>
        eb(
          "id",
          "=",
          eb
            .selectFrom("jobs as next")
            .select("next.id")
            .where((w) =>
              w.or([
                w.and([w("next.status", "=", "queued"), w("next.run_after", "<=", now)]),
                w.and([w("next.status", "=", "running"), w("next.lease_until", "<", now)]),
              ]),
            )
            .orderBy("next.run_after")
            .orderBy("next.id")
            .limit(1)
            .$if(store.kind === "postgres", (q) => q.forUpdate().skipLocked()),
        ),
      )
      .returning(["id", "story_id", "revision", "attempts"])
      .executeTakeFirst();
    if (!claimed) return null;
    await trx
      .updateTable("stories")
      .set({ status: "running", updated_at: now })
      .where("id", "=", claimed.story_id)
      .execute();
    return {
      id: claimed.id,
      storyId: claimed.story_id,
      revision: claimed.revision,
      attempts: claimed.attempts,
      worker,
    };
  });
}

function ours(store: StoreDb, job: ClaimedJob) {
  return store.db
    .updateTable("jobs")
    .where("id", "=", job.id)
    .where("worker", "=", job.worker)
    .where("revision", "=", job.revision)
    .where("status", "=", "running");
}

/**
 * Extend the lease (and record the stage). False when the job is no longer this worker's: the story
 * was deleted or changed, or the lease ran out and another worker took it. The worker then stops.
 */
export async function heartbeat(
  store: StoreDb,
  job: ClaimedJob,
  leaseMs: number,
  stage?: JobStage,
): Promise<boolean> {
  const now = new Date();
  const result = await ours(store, job)
    .set({
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
      updated_at: now.toISOString(),
      ...(stage ? { stage } : {}),
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Store the analysis and mark the job done; false (and nothing written) if the job is no longer ours. */
export async function completeJob(
  store: StoreDb,
  job: ClaimedJob,
  data: Buffer,
  engineVersion: string,
): Promise<boolean> {
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("jobs")
      .set({ status: "done", stage: "done", error: null, lease_until: null, updated_at: now })
      .where("id", "=", job.id)
      .where("worker", "=", job.worker)
      .where("revision", "=", job.revision)
      .where("status", "=", "running")
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) return false;
    const values = { revision: job.revision, engine_version: engineVersion, data, created_at: now };
    await trx
      .insertInto("analyses")
      .values({ story_id: job.storyId, ...values })
      .onConflict((oc) => oc.column("story_id").doUpdateSet(values))
      .execute();
    await trx
      .updateTable("stories")
      .set({ status: "done", updated_at: now })
      .where("id", "=", job.storyId)
      .where("revision", "=", job.revision)
      .execute();
    return true;
  });
}

/** Record a failure with a message a person can act on (shown on the story's page). */
export async function failJob(store: StoreDb, job: ClaimedJob, message: string): Promise<boolean> {
  const now = new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const failed = await trx
      .updateTable("jobs")
      .set({ status: "failed", error: message, lease_until: null, updated_at: now })
      .where("id", "=", job.id)
      .where("worker", "=", job.worker)
      .where("revision", "=", job.revision)
      .where("status", "=", "running")
      .executeTakeFirst();
    if (Number(failed.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable("stories")
      .set({ status: "failed", updated_at: now })
      .where("id", "=", job.storyId)
      .where("revision", "=", job.revision)
      .execute();
    return true;
  });
}

/**
 * Hand a job back to the queue (a worker shutting down cleanly), so the next worker starts it at once
 * instead of waiting for the lease to run out. The attempt it used is given back too.
 */
export async function releaseJob(store: StoreDb, job: ClaimedJob): Promise<void> {
  const now = new Date().toISOString();
  const released = await ours(store, job)
    .set((eb) => ({
      status: "queued",
      stage: "queued",
      attempts: eb("attempts", "-", 1),
      lease_until: null,
      worker: null,
      run_after: now,
      updated_at: now,
    }))
    .executeTakeFirst();
  if (Number(released.numUpdatedRows) !== 1) return;
  await store.db
    .updateTable("stories")
    .set({ status: "queued", updated_at: now })
    .where("id", "=", job.storyId)
    .where("revision", "=", job.revision)
    .execute();
}
