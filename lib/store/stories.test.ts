import { sql } from "kysely";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { compressAnalysis, readAnalysis, readAnalysisMeta } from "./analyses";
import { addStoryArticles, getStoryArticles, reanalyseStory, removeStoryArticle } from "./articles";
import type { StoreDb } from "./db/open";
import { hashToken } from "./ids";
import { claimJob, completeJob } from "./queue";
import { takeToken } from "./rate-limit";
import { checkOwner, createStory, deleteStory, getStoryStatus } from "./stories";
import { describeEachDatabase } from "./test-databases";
import { emptyAnalysis, sampleStory } from "./test-fixtures";

describeEachDatabase("store: stories", (database) => {
  let store: StoreDb;
  beforeAll(async () => {
    store = await database.open();
  });
  afterAll(async () => {
    await store?.close();
    await database.cleanup();
  });

  it("creates a story with an unguessable id, a hashed token and a queued job", async () => {
    const { id, token } = await createStory(store, sampleStory());
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const status = await getStoryStatus(store, id);
    expect(status).toMatchObject({
      id,
      url: `/s/${id}`,
      title: "Council closes the river bridge",
      status: "queued",
      stage: "queued",
      error: null,
      articles: 3,
    });
    const stored = await store.db
      .selectFrom("owner_tokens")
      .selectAll()
      .where("story_id", "=", id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toBe(hashToken(token));
    expect(stored[0]?.token_hash).not.toContain(token);
    const story = await store.db
      .selectFrom("stories")
      .select(["listed"])
      .where("id", "=", id)
      .executeTakeFirst();
    expect(Number(story?.listed)).toBe(0);
  });

  it("keeps each article's text exactly as received, in order, with a slug per outlet", async () => {
    const { id } = await createStory(store, sampleStory());
    const articles = await getStoryArticles(store, id);
    expect(articles.map((a) => [a.slug, a.position, a.outlet, a.title, a.published])).toEqual([
      ["riverside-herald", 0, "Riverside Herald", "Bridge shut", "2026-11-02"],
      ["valley-times", 1, "Valley Times", null, null],
      ["riverside-herald-2", 2, "Riverside Herald", null, null],
    ]);
    expect(articles[0]?.raw).toBe(
      "The council closed the bridge on Monday.\n\n  The mayor said repairs would take a month.  ",
    );
    expect(articles[2]).toMatchObject({
      raw: null,
      sourceUrl: "https://example.org/bridge",
      error: null,
    });
  });

  it("refuses input the schema refuses, storing nothing", async () => {
    const before = await store.db.selectFrom("stories").select("id").execute();
    await expect(
      createStory(store, { title: "One", articles: [{ outlet: "A", text: "Only one." }] }),
    ).rejects.toThrow(/at least 2 articles/);
    expect(await store.db.selectFrom("stories").select("id").execute()).toHaveLength(before.length);
  });

  it("checks the owner's token: right, wrong, unknown story, malformed id", async () => {
    const { id, token } = await createStory(store, sampleStory());
    expect(await checkOwner(store, id, token)).toBe("ok");
    expect(await checkOwner(store, id, `${token}x`)).toBe("forbidden");
    expect(await checkOwner(store, id, "")).toBe("forbidden");
    expect(await checkOwner(store, "zzzzzzzzzzzzzzzz", token)).toBe("not-found");
    expect(await checkOwner(store, "../etc", token)).toBe("not-found");
  });

  it("deletes a story and everything stored for it, only with its token", async () => {
    const { id, token } = await createStory(store, sampleStory());
    const job = await claimJob(store, "w", { leaseMs: 60_000 });
    expect(job).not.toBeNull();
    // Finish whichever job was claimed, so an analysis row exists for some story; ours is checked below.
    if (job)
      await completeJob(store, job, await compressAnalysis(emptyAnalysis(job.storyId)), "v-test");
    expect(await deleteStory(store, id, "not-the-token")).toBe("forbidden");
    expect(await getStoryStatus(store, id)).not.toBeNull();
    expect(await deleteStory(store, id, token)).toBe("ok");
    expect(await getStoryStatus(store, id)).toBeNull();
    expect(await getStoryArticles(store, id)).toEqual([]);
    for (const table of ["articles", "analyses", "jobs", "owner_tokens"] as const) {
      const rows = await store.db
        .selectFrom(table)
        .select("story_id")
        .where("story_id", "=", id)
        .execute();
      expect(rows, table).toEqual([]);
    }
    expect(await deleteStory(store, id, token)).toBe("not-found");
  });

  it("stores the analysis gzip-compressed and returns it checked against the schema", async () => {
    const { id } = await createStory(store, sampleStory());
    await store.db
      .updateTable("jobs")
      .set({ run_after: "2000-01-01T00:00:00.000Z" })
      .where("story_id", "=", id)
      .execute();
    const job = await claimJob(store, "w", { leaseMs: 60_000 });
    expect(job?.storyId).toBe(id);
    if (!job) return;
    const analysis = emptyAnalysis(id, "Council closes the river bridge");
    expect(await readAnalysis(store, id)).toBeNull();
    expect(await completeJob(store, job, await compressAnalysis(analysis), "v1-test")).toBe(true);
    const row = await store.db
      .selectFrom("analyses")
      .select("data")
      .where("story_id", "=", id)
      .executeTakeFirst();
    expect([...(row?.data.subarray(0, 2) ?? [])]).toEqual([0x1f, 0x8b]);
    const stored = await readAnalysis(store, id);
    expect(stored?.analysis).toEqual(analysis);
    expect(stored?.engineVersion).toBe("v1-test");
    expect(await readAnalysisMeta(store, id)).toEqual({
      engineVersion: "v1-test",
      createdAt: stored?.createdAt,
    });
    expect(await readAnalysisMeta(store, "no-such-story")).toBeNull();
    expect((await getStoryStatus(store, id))?.status).toBe("done");
    // A stored value the schema rejects is never shown as an analysis: the story is analysed again.
    const bad = await compressAnalysis({ ...analysis, version: 999 } as unknown as typeof analysis);
    await store.db
      .updateTable("analyses")
      .set({ data: bad, created_at: new Date().toISOString() })
      .where("story_id", "=", id)
      .execute();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await readAnalysis(store, id)).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toContain(`stored analysis of story ${id}`);
    warn.mockRestore();
    expect((await getStoryStatus(store, id))?.status).toBe("queued");
  });

  /** A story created and analysed (an empty analysis, by a worker that claimed its job). */
  async function analysedStory(): Promise<{ id: string; token: string }> {
    const created = await createStory(store, sampleStory());
    await store.db
      .updateTable("jobs")
      .set({ run_after: "1999-01-01T00:00:00.000Z" })
      .where("story_id", "=", created.id)
      .execute();
    const job = await claimJob(store, "w", { leaseMs: 60_000 });
    if (job) await completeJob(store, job, await compressAnalysis(emptyAnalysis(created.id)), "v");
    return created;
  }

  it("analyses a story again as it is (owner only): a new revision, its articles unchanged", async () => {
    const { id, token } = await analysedStory();
    const before = (await getStoryArticles(store, id)).map((a) => a.slug);
    expect(await reanalyseStory(store, id, "wrong")).toEqual({ result: "forbidden" });
    expect((await getStoryStatus(store, id))?.status).toBe("done");
    expect(await reanalyseStory(store, id, token)).toEqual({ result: "ok" });
    expect(await getStoryStatus(store, id)).toMatchObject({ status: "queued", stage: "queued" });
    expect(await readAnalysis(store, id)).toBeNull();
    expect(await readAnalysisMeta(store, id)).toBeNull();
    expect((await getStoryArticles(store, id)).map((a) => a.slug)).toEqual(before);
    const revision = await store.db
      .selectFrom("jobs")
      .select("revision")
      .where("story_id", "=", id)
      .executeTakeFirst();
    expect(revision).toEqual({ revision: 2 });
    expect(await reanalyseStory(store, "no-such-story", token)).toEqual({ result: "not-found" });
  });

  it("adds and removes articles (owner only), re-queues the analysis and drops the old one", async () => {
    const { id, token } = await analysedStory();
    expect((await getStoryStatus(store, id))?.status).toBe("done");

    const added = await addStoryArticles(store, id, token, [
      { outlet: "Valley Times", text: "More text." },
    ]);
    expect(added).toEqual({ result: "ok" });
    expect((await getStoryArticles(store, id)).map((a) => a.slug)).toEqual([
      "riverside-herald",
      "valley-times",
      "riverside-herald-2",
      "valley-times-2",
    ]);
    expect(await getStoryStatus(store, id)).toMatchObject({
      status: "queued",
      stage: "queued",
      articles: 4,
    });
    expect(await readAnalysis(store, id)).toBeNull();
    const revision = await store.db
      .selectFrom("jobs")
      .select(["revision", "attempts"])
      .where("story_id", "=", id)
      .executeTakeFirst();
    expect(revision).toEqual({ revision: 2, attempts: 0 });

    expect(await addStoryArticles(store, id, "wrong", [{ outlet: "X", text: "y" }])).toEqual({
      result: "forbidden",
    });
    expect(await addStoryArticles(store, id, token, [{ outlet: "", text: "y" }])).toEqual({
      result: "invalid",
      field: "articles.0.outlet",
      message: "is required",
    });
    const many = Array.from({ length: 17 }, (_, i) => ({ outlet: `O${i}`, text: "t" }));
    expect(await addStoryArticles(store, id, token, many)).toMatchObject({
      result: "invalid",
      field: "articles",
    });

    const [first] = await getStoryArticles(store, id);
    expect(await removeStoryArticle(store, id, token, first?.id ?? "")).toEqual({ result: "ok" });
    expect(await removeStoryArticle(store, id, token, "no-such-article")).toEqual({
      result: "not-found",
    });
    expect((await getStoryArticles(store, id)).map((a) => a.slug)).toEqual([
      "valley-times",
      "riverside-herald-2",
      "valley-times-2",
    ]);
    const remaining = await getStoryArticles(store, id);
    await removeStoryArticle(store, id, token, remaining[0]?.id ?? "");
    expect(await removeStoryArticle(store, id, token, remaining[1]?.id ?? "")).toMatchObject({
      result: "invalid",
      field: "articles",
    });
  });

  it("limits requests with a token bucket shared through the database", async () => {
    const limit = { burst: 2, perHour: 3600 };
    const t0 = new Date("2026-12-01T10:00:00.000Z");
    expect(await takeToken(store, "test:client", limit, t0)).toEqual({
      ok: true,
      retryAfterSeconds: 0,
    });
    expect(await takeToken(store, "test:client", limit, t0)).toEqual({
      ok: true,
      retryAfterSeconds: 0,
    });
    expect(await takeToken(store, "test:client", limit, t0)).toEqual({
      ok: false,
      retryAfterSeconds: 1,
    });
    expect(await takeToken(store, "test:other", limit, t0)).toMatchObject({ ok: true });
    const later = new Date(t0.getTime() + 1000);
    expect(await takeToken(store, "test:client", limit, later)).toMatchObject({ ok: true });
    expect(await takeToken(store, "test:client", limit, later)).toMatchObject({ ok: false });
  });

  it("opens an existing database again without re-running its migrations", async () => {
    const again = await database.open();
    try {
      const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
        again.db,
      );
      expect(migrations.rows.map((m) => m.name)).toEqual(["0001_user_stories"]);
    } finally {
      await again.close();
    }
  });
});
