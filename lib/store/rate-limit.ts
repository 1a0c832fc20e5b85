import type { StoreDb } from "./db/open";

export interface BucketLimit {
  /** Requests allowed at once (the bucket's size). */
  burst: number;
  /** Requests regained per hour. */
  perHour: number;
}

export interface RateDecision {
  ok: boolean;
  /** Whole seconds until one more request would be allowed (0 when ok). */
  retryAfterSeconds: number;
}

/**
 * Take one token from the bucket `key`, kept in the database so every app instance shares the count.
 * The read-modify-write runs in a transaction that first writes the row (an upsert that changes
 * nothing), so it holds the row lock (PostgreSQL) or the write lock (SQLite) before reading it.
 */
export async function takeToken(
  store: StoreDb,
  key: string,
  limit: BucketLimit,
  now: Date = new Date(),
): Promise<RateDecision> {
  const at = now.toISOString();
  const perMs = limit.perHour / 3_600_000;
  const decision = await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("rate_limits")
      .values({ key, tokens: limit.burst, updated_at: at })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    const row = await trx
      .selectFrom("rate_limits")
      .select(["tokens", "updated_at"])
      .where("key", "=", key)
      .$if(store.kind === "postgres", (q) => q.forUpdate())
      .executeTakeFirstOrThrow();
    const elapsed = Math.max(0, now.getTime() - Date.parse(row.updated_at));
    const tokens = Math.min(limit.burst, Number(row.tokens) + elapsed * perMs);
    const ok = tokens >= 1;
    await trx
      .updateTable("rate_limits")
      .set({ tokens: ok ? tokens - 1 : tokens, updated_at: at })
      .where("key", "=", key)
      .execute();
    return {
      ok,
      retryAfterSeconds: ok ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
    };
  });
  // Every limit here refills within a day, so a bucket untouched for a day is full: forget such rows
  // now and then, so the table stays small.
  if (Math.random() < 0.01) {
    const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
    await store.db.deleteFrom("rate_limits").where("updated_at", "<", dayAgo).execute();
  }
  return decision;
}
