import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStory } from "@/lib/analysis";
import { getStory } from "@/lib/content";
import { compressAnalysis } from "@/lib/store/analyses";
import { addStoryArticles, getStoryArticles } from "@/lib/store/articles";
import type { StoreDb } from "@/lib/store/db/open";
import { claimJob, completeJob, failJob } from "@/lib/store/queue";
import { createStory, deleteStory } from "@/lib/store/stories";
import { describeEachDatabase } from "@/lib/store/test-databases";
import { toStoryInput } from "@/lib/store/worker/job-input";
import { loadStoryFrom } from "./load";

const SEED = "basra-consulate-2018";

/** For loads that must never open the store (curated stories, bad collections). */
const noStore = () => Promise.reject(new Error("the store was opened"));

describe("loadStoryFrom: curated stories and bad routes", () => {
  it("loads a curated story from content/ with its analysis, at its old address", async () => {
    const loaded = await loadStoryFrom("stories", SEED, noStore);
    expect(loaded?.state).toBe("ready");
    if (loaded?.state !== "ready") return;
    const { story, analysis } = loaded;
    const source = getStory(SEED);
    expect(story).toMatchObject({
      collection: "stories",
      slug: SEED,
      href: `/stories/${SEED}`,
      key: SEED,
      listed: true,
      title: source?.title,
      date: "2018-09-28",
      summary: source?.summary,
      leftOut: [],
    });
    expect(story.articles.map((a) => a.slug)).toEqual(source?.articles.map((a) => a.slug));
    const wsj = story.articles.find((a) => a.slug === "wsj-via-eifa");
    expect(wsj?.provenance).toMatchObject({ kind: "reprint" });
    expect(wsj?.outlet.slug).toBe("eifa");
    expect(analysis.articles).toHaveLength(5);
    expect(loaded.version).toBe("content");
  });

  it("answers null for an unknown curated slug", async () => {
    expect(await loadStoryFrom("stories", "no-such-story", noStore)).toBeNull();
    expect(await loadStoryFrom("stories", "", noStore)).toBeNull();
  });

  it("answers null for any other collection, without opening the store", async () => {
    for (const collection of ["outlets", "api", "S", "story", "", "_parallax", "stories "]) {
      expect(await loadStoryFrom(collection, SEED, noStore)).toBeNull();
    }
  });
});

describeEachDatabase("loadStoryFrom: user stories", (database) => {
  let store: StoreDb;
  beforeAll(async () => {
    store = await database.open();
  });
  afterAll(async () => {
    await store?.close();
    await database.cleanup();
  });
  const fromStore = () => Promise.resolve(store);

  /** What the worker does, in one step: claim the story's job and store the engine's analysis. */
  async function analyse(id: string): Promise<void> {
    const job = await claimJob(store, "test", { leaseMs: 60_000 });
    if (job?.storyId !== id) throw new Error(`expected the job of ${id}, claimed ${job?.storyId}`);
    const row = await store.db
      .selectFrom("stories")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const analysis = analyzeStory(toStoryInput(row, await getStoryArticles(store, id)));
    expect(await completeJob(store, job, await compressAnalysis(analysis), "test")).toBe(true);
  }

  const bridge = {
    title: "Council closes the river bridge",
    articles: [
      {
        outlet: "press  tv",
        title: "Bridge shut for a month",
        published: "2026-11-03",
        text: "The council closed the river bridge on Monday. Mayor Jane Smith said repairs would take a month.",
      },
      {
        outlet: "Valley Times",
        published: "2026-11-02",
        text: "Officials shut the river bridge on Monday. Critics accused the council of ignoring warnings.",
      },
      { outlet: "Hill Gazette", url: "https://example.org/bridge" },
    ],
  };

  it("shows a queued story as pending, with its status and its address under /s/", async () => {
    const { id } = await createStory(store, bridge);
    const loaded = await loadStoryFrom("s", id, fromStore);
    expect(loaded).toMatchObject({
      state: "pending",
      story: { collection: "s", slug: id, href: `/s/${id}`, title: bridge.title },
    });
    if (loaded?.state === "pending") expect(loaded.story.status.status).toBe("queued");
    expect(await loadStoryFrom("stories", id, fromStore)).toBeNull();
    await analyse(id);
  });

  it("loads an analysed story: unlisted, keyed apart from curated slugs, outlets matched to profiles", async () => {
    const { id } = await createStory(store, bridge);
    await analyse(id);
    const loaded = await loadStoryFrom("s", id, fromStore);
    expect(loaded?.state).toBe("ready");
    if (loaded?.state !== "ready") return;
    const { story, analysis } = loaded;
    expect(story).toMatchObject({
      collection: "s",
      slug: id,
      href: `/s/${id}`,
      key: `s/${id}`,
      listed: false,
      title: bridge.title,
      // No date was given: the earliest article's, never the day it was sent.
      date: "2026-11-02",
      summary: null,
      summaryLine: "2 outlets compared: facts, quotes, who blames whom.",
      tags: [],
      questions: [],
    });
    expect(story.articles).toEqual([
      {
        slug: "press-tv",
        // The profile applies; the name stays as typed, as the analysis has it.
        outlet: { slug: "press-tv", name: "press  tv", type: "state-broadcaster" },
        title: "Bridge shut for a month",
        published: "2026-11-03",
        url: null,
        byline: null,
        provenance: null,
        raw: bridge.articles[0]?.text,
      },
      {
        slug: "valley-times",
        outlet: { slug: null, name: "Valley Times", type: "unknown" },
        title: null,
        published: "2026-11-02",
        url: null,
        byline: null,
        provenance: null,
        raw: bridge.articles[1]?.text,
      },
    ]);
    // The link was never fetched here: it is named as left out, not dropped silently.
    expect(story.leftOut).toEqual([
      { outlet: "Hill Gazette", url: "https://example.org/bridge", reason: expect.any(String) },
    ]);
    expect(analysis.articles.map((a) => a.id)).toEqual(["press-tv", "valley-times"]);
  });

  it("changes its version when the story is analysed again, and is pending in between", async () => {
    const { id, token } = await createStory(store, bridge);
    await analyse(id);
    const first = await loadStoryFrom("s", id, fromStore);
    const added = await addStoryArticles(store, id, token, [
      { outlet: "Harbour Post", text: "The harbour bridge was closed by the council on Monday." },
    ]);
    expect(added).toEqual({ result: "ok" });
    expect((await loadStoryFrom("s", id, fromStore))?.state).toBe("pending");
    await analyse(id);
    const second = await loadStoryFrom("s", id, fromStore);
    expect(first?.state === "ready" && second?.state === "ready").toBe(true);
    if (first?.state !== "ready" || second?.state !== "ready") return;
    expect(second.version).not.toBe(first.version);
    expect(second.story.articles.map((a) => a.slug)).toContain("harbour-post");
  });

  it("shows a failed story as pending with its error", async () => {
    const { id } = await createStory(store, bridge);
    const job = await claimJob(store, "test", { leaseMs: 60_000 });
    expect(job?.storyId).toBe(id);
    if (job) await failJob(store, job, "Only 1 of 3 articles could be read.");
    const loaded = await loadStoryFrom("s", id, fromStore);
    expect(loaded?.state).toBe("pending");
    if (loaded?.state === "pending") {
      expect(loaded.story.status).toMatchObject({
        status: "failed",
        error: "Only 1 of 3 articles could be read.",
      });
    }
  });

  it("answers null once the story is deleted, and for ids that are unknown or malformed", async () => {
    const { id, token } = await createStory(store, bridge);
    await analyse(id);
    expect((await loadStoryFrom("s", id, fromStore))?.state).toBe("ready");
    expect(await deleteStory(store, id, token)).toBe("ok");
    expect(await loadStoryFrom("s", id, fromStore)).toBeNull();
    expect(await loadStoryFrom("s", "abcdefghij0123456789", fromStore)).toBeNull();
    expect(await loadStoryFrom("s", "deleted", fromStore)).toBeNull();
    expect(await loadStoryFrom("s", "../etc/passwd", fromStore)).toBeNull();
    expect(await loadStoryFrom("s", "ABCDEFGHIJ012345", fromStore)).toBeNull();
  });
});
