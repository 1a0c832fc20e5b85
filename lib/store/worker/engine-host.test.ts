import { afterAll, describe, expect, it } from "vitest";
import type { StoryInput } from "@/lib/analysis";
import { AnalysisTimeout, EngineHost } from "./engine-host";

const input: StoryInput = {
  slug: "bridge",
  title: "Bridge",
  date: "2026-11-02",
  articles: [
    {
      id: "herald",
      outlet: "Herald",
      outletSlug: null,
      title: null,
      published: null,
      byline: null,
      raw: "The council closed the bridge on Monday. Residents blamed the council for years of neglect.",
    },
    {
      id: "times",
      outlet: "Times",
      outletSlug: null,
      title: null,
      published: null,
      byline: null,
      raw: "Officials shut the river bridge on Monday. The mayor said the bridge was unsafe.",
    },
  ],
  actors: [],
};

// Each new thread loads the NLP model (seconds on a busy machine).
describe("the engine in its worker thread", { timeout: 120_000 }, () => {
  const host = new EngineHost(120_000);
  afterAll(() => host.close());

  it("analyses a story, reports the stage it is in, and gives a schema-checked analysis back", async () => {
    const stages: string[] = [];
    const analysis = await host.analyze(input, {
      onStage: (stage) => stages.push(stage),
      signal: new AbortController().signal,
    });
    expect(stages).toEqual(["reading", "aligning", "attribution"]);
    expect(analysis.story).toEqual({ slug: "bridge", title: "Bridge", date: "2026-11-02" });
    expect(analysis.articles.map((a) => a.id)).toEqual(["herald", "times"]);
  });

  it("reports an engine error as an error, and keeps working for the next story", async () => {
    const bad = { ...input, articles: [{ ...input.articles[0], id: "" }] } as StoryInput;
    await expect(
      host.analyze(bad, { onStage: () => {}, signal: new AbortController().signal }),
    ).rejects.toThrow(/id/);
    const analysis = await host.analyze(input, {
      onStage: () => {},
      signal: new AbortController().signal,
    });
    expect(analysis.articles).toHaveLength(2);
  });

  it("stops an analysis that runs too long, or is cancelled, and starts afresh afterwards", async () => {
    const impatient = new EngineHost(1);
    await expect(
      impatient.analyze(input, { onStage: () => {}, signal: new AbortController().signal }),
    ).rejects.toBeInstanceOf(AnalysisTimeout);
    const cancel = new AbortController();
    const cancelled = host.analyze(input, {
      onStage: () => cancel.abort(new Error("shutdown")),
      signal: cancel.signal,
    });
    await expect(cancelled).rejects.toThrow("shutdown");
    const analysis = await host.analyze(input, {
      onStage: () => {},
      signal: new AbortController().signal,
    });
    expect(analysis.articles).toHaveLength(2);
    await impatient.close();
  });
});
