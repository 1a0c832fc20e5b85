import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { IngestError } from "@/lib/ingest/types";
import { readAnalysis } from "./analyses";
import { addStoryArticles, getStoryArticles } from "./articles";
import type { StoreDb } from "./db/open";
import { claimJob, type ClaimedJob, heartbeat, releaseJob } from "./queue";
import { createStory, getStoryStatus } from "./stories";
import { describeEachDatabase } from "./test-databases";
import { emptyAnalysis, sampleStory } from "./test-fixtures";
import type { Analyzer } from "./worker/engine-host";
import { runWorker } from "./worker/loop";
import { type Fetcher, type JobContext, runJob } from "./worker/run-job";

const LEASE = 60_000;
const inFuture = (ms: number) => new Date(Date.now() + ms);

const fetchOk: Fetcher = async (url) => ({
  text: `Text fetched from ${url}. The council said the bridge was unsafe.`,
  title: "Fetched headline",
  byline: "A. Reporter",
  published: "2026-11-01",
  outlet: "Riverside Herald",
  url,
  fetchedAt: "2026-12-01T09:00:00.000Z",
});
const fetchFails: Fetcher = async () => {
  throw new IngestError("The address is private.", "blocked-address");
};
const analyzeEmpty: Analyzer = async (input) => emptyAnalysis(input.slug, input.title);

describeEachDatabase("store: job queue", (database) => {
  let store: StoreDb;
  let second: StoreDb;
  const context = (overrides: Partial<JobContext> = {}): JobContext => ({
    store,
    analyze: analyzeEmpty,
    fetchArticle: fetchOk,
    engineVersion: "v1-test",
    leaseMs: LEASE,
    maxAttempts: 3,
    signal: new AbortController().signal,
    ...overrides,
  });

  beforeAll(async () => {
    store = await database.open();
    // A second connection (pool, or SQLite handle) to the same database: another worker process.
    second = await database.open();
  });
  afterAll(async () => {
    await second?.close();
    await store?.close();
    await database.cleanup();
  });
  beforeEach(async () => {
    // Each test starts with an empty queue (stories cascade to their jobs and articles).
    for (const table of ["analyses", "jobs", "articles", "owner_tokens", "stories"] as const)
      await store.db.deleteFrom(table).execute();
  });

  it("gives each job to one worker when two claim at the same time", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i += 1) ids.add((await createStory(store, sampleStory())).id);
    const thread = new Worker(new URL("./worker/engine-thread-boot.mjs", import.meta.url), {
      workerData: {
        entry: new URL("./test-claim-thread.ts", import.meta.url).href,
        config: database.config,
        name: "worker-b",
      },
    });
    await new Promise((resolve, reject) => {
      thread.once("message", resolve);
      thread.once("error", reject);
    });
    const other = new Promise<string[]>((resolve, reject) => {
      thread.once("message", resolve);
      thread.once("error", reject);
    });
    thread.postMessage("go");
    const mine: ClaimedJob[] = [];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const job = await claimJob(store, "worker-a", { leaseMs: LEASE });
      if (!job) break;
      mine.push(job);
    }
    const theirs = await other;
    const claimed = [...mine.map((job) => job.storyId), ...theirs];
    // Both took part (each had a share), and no job went to both.
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    expect(claimed.sort()).toEqual([...ids].sort());
    expect(mine.every((job) => job.attempts === 1 && job.worker === "worker-a")).toBe(true);
    const rows = await store.db.selectFrom("jobs").select(["status", "worker"]).execute();
    expect(rows.every((row) => row.status === "running")).toBe(true);
    expect(rows.filter((row) => row.worker === "worker-b")).toHaveLength(theirs.length);
    expect(await claimJob(store, "worker-c", { leaseMs: LEASE })).toBeNull();
  });

  it("after a restart, takes over running work whose lease ran out, and queued work", async () => {
    const { id } = await createStory(store, sampleStory());
    const first = await claimJob(store, "crashed", { leaseMs: 1_000 });
    expect(first).toMatchObject({ storyId: id, attempts: 1 });
    // The lease still holds: nobody else may take the job.
    expect(await claimJob(second, "restarted", { leaseMs: LEASE })).toBeNull();
    const again = await claimJob(second, "restarted", { leaseMs: LEASE, now: inFuture(2_000) });
    expect(again).toMatchObject({ storyId: id, attempts: 2, worker: "restarted" });
    // The first worker has lost it: its heartbeat says so and its writes are refused.
    if (!first || !again) return;
    expect(await heartbeat(store, first, LEASE)).toBe(false);
    expect(await heartbeat(second, again, LEASE, "reading")).toBe(true);
    expect(await runJob(context(), first)).toBe("lost");
    expect(await runJob(context({ store: second }), again)).toBe("done");
    expect((await getStoryStatus(store, id))?.status).toBe("done");
  });

  it("fails a job that was started more times than allowed, with a message", async () => {
    const { id } = await createStory(store, sampleStory());
    let job: ClaimedJob | null = null;
    for (let attempt = 1; attempt <= 4; attempt += 1)
      job = await claimJob(store, `w${attempt}`, { leaseMs: 1, now: inFuture(attempt * 10) });
    expect(job?.attempts).toBe(4);
    if (job) expect(await runJob(context(), job)).toBe("failed");
    const status = await getStoryStatus(store, id);
    expect(status?.status).toBe("failed");
    expect(status?.error).toMatch(/started 3 times and never finished/);
  });

  it("hands a stopped job back to the queue, attempt returned", async () => {
    const { id } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    await releaseJob(store, job);
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "queued", stage: "queued" });
    expect(await claimJob(second, "w2", { leaseMs: LEASE })).toMatchObject({
      storyId: id,
      attempts: 1,
    });
  });

  it("records an engine failure as a clear message on the story", async () => {
    const { id } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    const analyze: Analyzer = async () => {
      throw new Error("the tokenizer ran out of memory");
    };
    expect(await runJob(context({ analyze }), job)).toBe("failed");
    expect(await getStoryStatus(store, id)).toMatchObject({
      status: "failed",
      error: "The analysis stopped with an error: the tokenizer ran out of memory",
    });
    expect(await readAnalysis(store, id)).toBeNull();
  });

  it("fetches a link, keeps what the person typed over the page's metadata, and reports stages", async () => {
    const { id } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    const stages: string[] = [];
    const analyze: Analyzer = async (input, hooks) => {
      const row = await store.db.selectFrom("jobs").select("stage").executeTakeFirst();
      stages.push(row?.stage ?? "");
      hooks.onStage("aligning");
      expect(input.articles.map((a) => [a.id, a.title, a.published, a.byline])).toEqual([
        ["riverside-herald", "Bridge shut", "2026-11-02", null],
        ["valley-times", null, null, null],
        ["riverside-herald-2", "Fetched headline", "2026-11-01", "A. Reporter"],
      ]);
      expect(input.date).toBe("2026-11-01");
      return emptyAnalysis(input.slug);
    };
    expect(await runJob(context({ analyze }), job)).toBe("done");
    expect(stages).toEqual(["reading"]);
    const linked = (await getStoryArticles(store, id))[2];
    expect(linked).toMatchObject({
      raw: "Text fetched from https://example.org/bridge. The council said the bridge was unsafe.",
      fetchedAt: "2026-12-01T09:00:00.000Z",
      error: null,
    });
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "done", stage: "done" });
  });

  it("marks an article whose link fails and analyses the others", async () => {
    const { id } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    let analysed: string[] = [];
    const analyze: Analyzer = async (input) => {
      analysed = input.articles.map((a) => a.id);
      return emptyAnalysis(input.slug);
    };
    expect(await runJob(context({ analyze, fetchArticle: fetchFails }), job)).toBe("done");
    expect(analysed).toEqual(["riverside-herald", "valley-times"]);
    expect((await getStoryArticles(store, id))[2]).toMatchObject({
      raw: null,
      error: "The link could not be read: The address is private.",
    });
  });

  it("fails with the links' errors when fewer than two articles can be read", async () => {
    const { id } = await createStory(store, {
      title: "Links only",
      articles: [
        { outlet: "A", text: "Pasted text." },
        { outlet: "B", url: "http://10.0.0.1/story" },
      ],
    });
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    expect(await runJob(context({ fetchArticle: fetchFails }), job)).toBe("failed");
    expect((await getStoryStatus(store, id))?.error).toBe(
      "Only 1 of 2 articles could be read, and a comparison needs 2. B: The link could not be read: The address is private.",
    );
  });

  it("queues an analysis written by an older engine's format again, instead of failing its page", async () => {
    const { id } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    expect(await runJob(context(), job)).toBe("done");
    expect(await readAnalysis(store, id)).not.toBeNull();
    // The same analysis as a version-1 engine would have stored it.
    const old = { ...emptyAnalysis(id, "Old"), version: 1 };
    await store.db
      .updateTable("analyses")
      .set({ data: gzipSync(JSON.stringify(old)), created_at: "2026-01-01T00:00:00.000Z" })
      .where("story_id", "=", id)
      .execute();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await readAnalysis(store, id)).toBeNull();
    expect(warn.mock.calls[0]?.[0]).toContain("written by an older engine (v1-test)");
    warn.mockRestore();
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "queued" });
    expect(await claimJob(store, "w", { leaseMs: LEASE })).toMatchObject({
      storyId: id,
      revision: 1,
    });
  });

  it("discards an analysis of articles that changed while it ran, and queues the new version", async () => {
    const { id, token } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: LEASE });
    if (!job) throw new Error("no job");
    const analyze: Analyzer = async (input) => {
      await addStoryArticles(store, id, token, [{ outlet: "Late Post", text: "Added meanwhile." }]);
      return emptyAnalysis(input.slug);
    };
    expect(await runJob(context({ analyze }), job)).toBe("lost");
    expect(await readAnalysis(store, id)).toBeNull();
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "queued", articles: 4 });
    const next = await claimJob(store, "w", { leaseMs: LEASE });
    expect(next).toMatchObject({ storyId: id, revision: 2 });
  });

  it("runs queued stories in a worker loop until stopped", async () => {
    const ids = [
      (await createStory(store, sampleStory())).id,
      (await createStory(store, sampleStory())).id,
    ];
    const stop = new AbortController();
    const finished: string[] = [];
    const loop = runWorker("loop", {
      ...context(),
      pollMs: 10,
      signal: stop.signal,
      onJob: (job, outcome) => {
        finished.push(`${job.storyId}:${outcome}`);
        if (finished.length === 2) stop.abort();
      },
    });
    await loop;
    expect(finished.sort()).toEqual(ids.map((id) => `${id}:done`).sort());
    for (const id of ids) expect((await readAnalysis(store, id))?.analysis.story.slug).toBe(id);
  });

  it("hands the job back when the worker is stopped mid-analysis", async () => {
    const { id } = await createStory(store, sampleStory());
    const stop = new AbortController();
    const analyze: Analyzer = (_input, hooks) =>
      new Promise((_resolve, reject) => {
        hooks.signal.addEventListener("abort", () => reject(hooks.signal.reason));
        stop.abort(new Error("shutting down"));
      });
    await runWorker("stopping", { ...context({ analyze }), pollMs: 10, signal: stop.signal });
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "queued", stage: "queued" });
    const row = await store.db.selectFrom("jobs").select(["attempts", "worker"]).executeTakeFirst();
    expect(row).toEqual({ attempts: 0, worker: null });
  });
});
