import type { StoryAnalysis } from "@/lib/analysis";
import type { NewStory } from "./new-story";

/** A story as a person would send it: two pasted articles and one link. */
export function sampleStory(overrides: Partial<NewStory> = {}): NewStory {
  return {
    title: "Council closes the river bridge",
    articles: [
      {
        outlet: "Riverside Herald",
        title: "Bridge shut",
        published: "2026-11-02",
        text: "The council closed the bridge on Monday.\n\n  The mayor said repairs would take a month.  ",
      },
      {
        outlet: "Valley Times",
        text: "Officials shut the river bridge. Residents blamed the council for years of neglect.",
      },
      { outlet: "Riverside Herald", url: "https://example.org/bridge" },
    ],
    ...overrides,
  };
}

/** The smallest analysis the engine's schema accepts, for tests that only move it around. */
export function emptyAnalysis(slug: string, title = "t"): StoryAnalysis {
  return {
    version: 2,
    story: { slug, title, date: "2026-11-02" },
    articles: [],
    facts: [],
    reuse: [],
    reusePairs: [],
    quotes: [],
    quoteGroups: [],
    sides: [],
    actors: [],
    mentions: [],
    blame: [],
    voices: [],
    voiceSummary: [],
    wordChoice: [],
    markedWords: [],
    notes: ["made by a test"],
  };
}
