import type { ArticleAnalysis, Fact, Placement, StoryAnalysis } from "@/lib/analysis";

/** A small hand-made StoryAnalysis for view tests (independent of the engine's heuristics). */
export function makeArticle(
  id: string,
  outletSlug: string | null,
  sentences: string[],
): ArticleAnalysis {
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

/**
 * A fact from `[article, sentence index or null, placement]` triples; cells
 * with no sentence (or "absent") are articles that do not report it, which
 * the analysis does not list. The first reporting cell is the base version.
 */
export function makeFact(
  id: string,
  label: string,
  cells: [string, number | null, Placement][],
): Fact {
  const coverage = cells.flatMap(([article, sentence, placement]) =>
    sentence === null || placement === "absent"
      ? []
      : [{ article, sentence, placement, voice: null }],
  );
  const [base, ...others] = coverage;
  return {
    id,
    label,
    coverage,
    base: { article: base?.article ?? "", sentence: base?.sentence ?? 0 },
    links: others.map((c) => ({ article: c.article, sentence: c.sentence, score: 1, words: [] })),
  };
}

export function makeAnalysis(articles: ArticleAnalysis[], facts: Fact[]): StoryAnalysis {
  return {
    version: 2,
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

/** An article whose paragraphs hold several sentences (joined by a space; paragraphs by a blank line). */
export function makeParagraphArticle(
  id: string,
  outletSlug: string | null,
  paragraphs: string[][],
): ArticleAnalysis {
  const article = makeArticle(id, outletSlug, paragraphs.flat());
  let cursor = 0;
  let index = 0;
  article.paragraphs = [];
  article.sentences = [];
  paragraphs.forEach((sentences, p) => {
    const start = cursor;
    sentences.forEach((text, i) => {
      article.sentences.push({
        index,
        text,
        start: cursor,
        end: cursor + text.length,
        paragraph: p,
      });
      index += 1;
      cursor += text.length + (i < sentences.length - 1 ? 1 : 0);
    });
    article.paragraphs.push({ index: p, start, end: cursor });
    cursor += 2;
  });
  article.text = paragraphs.map((sentences) => sentences.join(" ")).join("\n\n");
  return article;
}

/** The offsets of `needle` in the article's text (the first match at or after `from`); throws when absent. */
export function spanOf(
  article: ArticleAnalysis,
  needle: string,
  from = 0,
): { start: number; end: number } {
  const start = article.text.indexOf(needle, from);
  if (start < 0) throw new Error(`“${needle}” is not in ${article.id}`);
  return { start, end: start + needle.length };
}

/**
 * Two outlets with four blame relations, two voices and two named concepts:
 * - alpha: “Washington blamed Tehran …” (named, attributed) and “… was blamed on Iran” (unattributed, distanced);
 * - beta: “Iran denied any role …” (a denial) and “Iran is behind the unrest.” (the outlet's own voice).
 */
export function makeBlameAnalysis(): StoryAnalysis {
  const a = makeParagraphArticle("a", "alpha", [
    ["Washington blamed Tehran for the attack.", "Protesters marched on Friday."],
    [
      "The attack was blamed on Iran, some said.",
      "Officials said “it was a grave mistake” on Sunday.",
    ],
  ]);
  const b = makeParagraphArticle("b", "beta", [
    ["Iran denied any role in the attack."],
    ["Iran is behind the unrest, a group of attackers shouted."],
  ]);
  const analysis = makeAnalysis([a, b], []);
  analysis.sides = [
    { id: "iran", label: "Iran" },
    { id: "united-states", label: "United States" },
    { id: "unknown", label: "Unknown" },
  ];
  const actor = (id: string, name: string, side: string): StoryAnalysis["actors"][number] => ({
    id,
    name,
    side,
    kind: "government",
    aliases: [],
    source: "gazetteer",
    represents: null,
  });
  analysis.actors = [
    actor("united-states", "United States government", "united-states"),
    actor("iran", "Iranian government", "iran"),
  ];
  const relation = (
    id: string,
    article: typeof a,
    sentence: number,
    accuser: [string | null, string | null],
    accused: [string | null, string | null],
    rest: Pick<StoryAnalysis["blame"][number], "kind" | "voice" | "accuserSource"> & {
      cues: string[];
      span: string;
      confidence?: number;
    },
  ): StoryAnalysis["blame"][number] => {
    const from = article.sentences[sentence]?.start ?? 0;
    const span = spanOf(article, rest.span, from);
    return {
      id,
      article: article.id,
      sentence,
      accuser: { text: accuser[0], actor: accuser[1] },
      accused: { text: accused[0], actor: accused[1] },
      kind: rest.kind,
      matter: null,
      voice: rest.voice,
      voiceCue: null,
      cue: rest.cues.join(" … "),
      start: span.start,
      end: span.end,
      cues: rest.cues.map((cue) => spanOf(article, cue, span.start)),
      quote: null,
      accuserSource: rest.accuserSource,
      confidence: rest.confidence ?? 0.9,
      basis: "test",
    };
  };
  analysis.blame = [
    relation("a:blame-1", a, 0, ["Washington", "united-states"], ["Tehran", "iran"], {
      kind: "blames",
      voice: "attributed",
      accuserSource: "named",
      cues: ["blamed", "for"],
      span: "Washington blamed Tehran for the attack",
    }),
    relation("a:blame-2", a, 2, [null, null], ["Iran", "iran"], {
      kind: "blames",
      voice: "distanced",
      accuserSource: "unattributed",
      cues: ["blamed on"],
      span: "The attack was blamed on Iran",
    }),
    relation("b:blame-1", b, 0, ["Iran", "iran"], ["Iran", "iran"], {
      kind: "denies-responsibility",
      voice: "attributed",
      accuserSource: "named",
      cues: ["denied", "role"],
      span: "Iran denied any role in the attack",
    }),
    relation("b:blame-2", b, 1, [null, null], ["Iran", "iran"], {
      kind: "attributes-responsibility",
      voice: "own",
      accuserSource: "outlet",
      cues: ["behind"],
      span: "Iran is behind the unrest",
    }),
  ];
  const quote = spanOf(a, "it was a grave mistake");
  analysis.quotes = [
    {
      id: "q-a-1",
      article: "a",
      sentence: 3,
      ...quote,
      text: "it was a grave mistake",
      speaker: "Officials",
      speakerActor: "united-states",
      affiliation: null,
      attribution: "X said",
      kind: "partial",
      words: 5,
    },
  ];
  analysis.voices = [
    {
      article: "a",
      actor: "united-states",
      name: "United States government",
      side: "united-states",
      quotes: 1,
      words: 5,
      quoteIds: ["q-a-1"],
      citations: 1,
    },
    {
      article: "b",
      actor: null,
      name: "One official",
      side: "unknown",
      quotes: 0,
      words: 0,
      quoteIds: [],
      citations: 1,
    },
  ];
  const term = (article: typeof a, text: string) => ({
    article: article.id,
    term: text,
    sentence: article.sentences.find((s) => s.text.includes(text))?.index ?? 0,
    ...spanOf(article, text),
  });
  analysis.wordChoice = [
    {
      id: "actor:protesters",
      concept: "protesters",
      kind: "actor",
      terms: [term(a, "Protesters"), term(b, "a group of attackers")],
    },
    { id: "event:unrest", concept: "unrest", kind: "event", terms: [term(b, "unrest")] },
    {
      id: "attribution-verbs",
      concept: "attribution verbs",
      kind: "attribution-verb",
      terms: [term(a, "said"), term(b, "shouted")],
    },
  ];
  analysis.actors.push(actor("protesters", "Protesters / crowd", "unknown"));
  analysis.markedWords = [
    {
      article: "b",
      sentence: 1,
      ...spanOf(b, "behind"),
      word: "behind",
      category: "hedge",
      lexicon: "Test lexicon",
    },
  ];
  return analysis;
}

/** One source of `makeSourcesAnalysis`: where it is quoted, its name, its actor, the words of each quote. */
export interface TestSource {
  article: string;
  name: string;
  actor?: string;
  /** The length in words of each of its quotes in this article. */
  quotes: number[];
  citations?: number;
}

/**
 * A story someone brought, as the engine reads it: no source has a side (every voice is "unknown";
 * a resolved person is an actor of side "unknown"). Each quote is a sentence of its own,
 * `“w1 w2 …,” said <name>.`, so each opens its own evidence.
 */
export function makeSourcesAnalysis(
  articles: [id: string, outletSlug: string][],
  sources: TestSource[],
): StoryAnalysis {
  const quoteText = (words: number) =>
    Array.from({ length: words }, (_, i) => `w${i + 1}`).join(" ");
  const built = articles.map(([id, slug]) =>
    makeArticle(
      id,
      slug,
      sources
        .filter((s) => s.article === id)
        .flatMap((s) => s.quotes.map((words) => `“${quoteText(words)},” said ${s.name}.`)),
    ),
  );
  const analysis = makeAnalysis(built, []);
  for (const article of built) {
    let sentence = 0;
    for (const source of sources.filter((s) => s.article === article.id)) {
      const quoteIds: string[] = [];
      for (const words of source.quotes) {
        const id = `q-${article.id}-${sentence + 1}`;
        const text = quoteText(words);
        analysis.quotes.push({
          id,
          article: article.id,
          sentence,
          ...spanOf(article, text, article.sentences[sentence]?.start ?? 0),
          text,
          speaker: source.name,
          speakerActor: source.actor ?? null,
          affiliation: null,
          attribution: "X said",
          kind: "direct",
          words,
        });
        quoteIds.push(id);
        sentence += 1;
      }
      analysis.voices.push({
        article: article.id,
        actor: source.actor ?? null,
        name: source.name,
        side: "unknown",
        quotes: source.quotes.length,
        words: source.quotes.reduce((sum, n) => sum + n, 0),
        quoteIds,
        citations: source.citations ?? 0,
      });
      if (source.actor && !analysis.actors.some((a) => a.id === source.actor)) {
        analysis.actors.push({
          id: source.actor,
          name: source.name,
          side: "unknown",
          kind: "person",
          aliases: [],
          source: "discovered",
          represents: null,
        });
      }
    }
  }
  return analysis;
}
