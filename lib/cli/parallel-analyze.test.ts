import { describe, expect, it } from "vitest";
import { analyzeStory } from "@/lib/analysis/analyze";
import { getStory } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { buildStory, sentencePool } from "./bench-story";
import { analyzeStoryParallel } from "./parallel-analyze";

// A real worker thread each time: slower than a unit test should be, but this is the check
// that the two-thread analysis is the analysis.
describe("analyzeStoryParallel", () => {
  it("gives exactly analyzeStory's result on the seed story, forced onto two threads", async () => {
    const story = getStory("basra-consulate-2018");
    if (!story) throw new Error("seed story missing");
    const input = toStoryInput(story);
    const parallel = await analyzeStoryParallel(input, { threads: 2, minArticles: 0 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(analyzeStory(input)));
  }, 60_000);

  it("gives exactly analyzeStory's result on 40 articles with reuse (batches read on both threads)", async () => {
    const input = buildStory(40, sentencePool(), 7);
    // One article per claim, so the worker reads some once it is up.
    const parallel = await analyzeStoryParallel(input, { threads: 2, minArticles: 0, batch: 1 });
    const single = analyzeStory(input);
    expect(parallel.reuse.length).toBeGreaterThan(0);
    expect(parallel.quoteGroups.length).toBeGreaterThan(0);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  }, 60_000);

  it("stays on one thread when asked to, or when the story is small", async () => {
    const input = buildStory(5, sentencePool(), 3);
    expect(JSON.stringify(await analyzeStoryParallel(input, { threads: 1, minArticles: 0 }))).toBe(
      JSON.stringify(analyzeStory(input)),
    );
    expect(JSON.stringify(await analyzeStoryParallel(input))).toBe(
      JSON.stringify(analyzeStory(input)),
    );
  });

  it("rejects an invalid story before starting anything", async () => {
    await expect(
      analyzeStoryParallel({ slug: "x", title: "x", date: "x" } as never),
    ).rejects.toThrow(/articles/);
  });
});
