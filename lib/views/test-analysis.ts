import type { ArticleAnalysis, Fact, Placement, StoryAnalysis } from "@/lib/analysis";

/** A small hand-made StoryAnalysis for view tests (independent of the engine's heuristics). */
export function makeArticle(id: string, outletSlug: string | null, sentences: string[]): ArticleAnalysis {
  let cursor = 0;
  const spans = sentences.map((text, index) => {
    const start = cursor;
    cursor += text.length + 2;
    return { index, text, start, end: start + text.length, paragraph: index };
  });
  return {
    id,
    outlet: outletSlug ? outletSlug.replace(/-/g, " ") : id,
    outletSlug,
    title: `${id} headline`,
    published: null,
    byline: null,
    text: sentences.join("\n\n"),
    removed: [],
    paragraphs: spans.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    sentences: spans,
    wordCount: sentences.join(" ").split(/\s+/).length,
  };
}

/** A fact from `[article, sentence index or null, placement]` triples. */
export function makeFact(id: string, label: string, cells: [string, number | null, Placement][]): Fact {
  return {
    id,
    label,
    members: cells.filter(([, s]) => s !== null).map(([article, sentence]) => ({ article, sentence: sentence ?? 0 })),
    coverage: cells.map(([article, sentence, placement]) => ({
      article,
      placement,
      sentence,
      paragraph: sentence,
      position: sentence === null ? null : 0,
      voice: null,
    })),
    pairs: [],
  };
}

export function makeAnalysis(articles: ArticleAnalysis[], facts: Fact[]): StoryAnalysis {
  return {
    version: 1,
    story: { slug: "test-story", title: "Test story", date: "2020-01-01" },
    articles,
    facts,
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
    notes: [],
  };
}
