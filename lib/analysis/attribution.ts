import { buildRegistry, discoverActors, findArticleSpans, sidesOf, type ActorRegistry } from "./actors";
import type { PreparedArticle } from "./article";
import { findBlame, type ArticleReading } from "./blame";
import type { QuoteOf } from "./clause-parts";
import { ArticleResolver, buildTitleMemory, resolveSpeaker, toMentions, type ArticleActors, type TitleMemory } from "./coref";
import type { RawSpan } from "./actor-match";
import type {
  Actor, ActorMention, Blame, Fact, MarkedWord, Quote, QuotedVoice, StoryInput, Voice, VoiceSummary, WordChoice,
} from "./schema";
import { findFrames, type DocumentMemory } from "./sources";
import { sentenceVoice } from "./voice";
import { findVoices } from "./voices";
import { findMarkedWords, findWordChoice } from "./word-choice";

/**
 * Attributed blame for a story: actors and their mentions, blame relations
 * with voice, who each outlet quotes, word choice and marked words, and the
 * voice of each fact in each article. Pure and deterministic; linear in text
 * size (per-sentence scans, alias index by first word).
 */

export interface AttributionResult {
  sides: { id: string; label: string }[];
  actors: Actor[];
  mentions: ActorMention[];
  blame: Blame[];
  voices: QuotedVoice[];
  voiceSummary: VoiceSummary[];
  wordChoice: WordChoice[];
  markedWords: MarkedWord[];
  /** The quotes with `speakerActor` filled. */
  quotes: Quote[];
  /** The facts with `coverage[].voice` filled. */
  facts: Fact[];
}

type StoryActor = NonNullable<StoryInput["actors"]>[number];

const NO_QUOTE: QuoteOf = () => null;

/** For each sentence, a token → quote id lookup. */
function quoteLookups(article: PreparedArticle, quotes: readonly Quote[]): QuoteOf[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let k = 0;
  // Sentences and quotes both run in text order: one pass with two pointers.
  return article.segmented.sentences.map((sentence) => {
    while (k < sorted.length && (sorted[k]?.end ?? 0) <= sentence.start) k += 1;
    const next = sorted[k];
    // Most sentences hold no quote: they share one lookup and allocate nothing.
    if (!next || next.start >= sentence.end) return NO_QUOTE;
    const ids = sentence.tokens.map((token) => {
      while (k < sorted.length && (sorted[k]?.end ?? 0) <= token.start) k += 1;
      const q = sorted[k];
      return q && q.start <= token.start && token.start < q.end ? q.id : null;
    });
    return (i: number) => ids[i] ?? null;
  });
}

function readArticle(
  article: PreparedArticle,
  spans: readonly (readonly RawSpan[])[],
  quotes: readonly Quote[],
  registry: ActorRegistry,
  titles: TitleMemory,
): ArticleReading {
  const sentences = article.segmented.sentences.map((_, s) => toMentions(article, s, spans[s] ?? [], quotes));
  const resolver = new ArticleResolver(registry, titles);
  for (const sentence of sentences) resolver.resolveOutside(sentence);
  const speakers: ArticleActors["speakers"] = new Map();
  for (const quote of quotes) {
    speakers.set(quote.id, { text: quote.speaker, actor: resolveSpeaker(article, quote, sentences, registry) });
  }
  resolver.resolveInside(sentences, speakers);
  const quoteOf = quoteLookups(article, quotes);
  const memory: DocumentMemory = { author: null };
  const frames = sentences.map((sentence) => findFrames(sentence, article.analysis.text, quoteOf[sentence.index] ?? (() => null), memory));
  return { actors: { article, sentences, speakers }, quotes, frames, quoteOf };
}

function countVoices(voices: readonly (Voice | null)[]): { own: number; attributed: number; distanced: number } {
  const counts = { own: 0, attributed: 0, distanced: 0 };
  for (const voice of voices) if (voice) counts[voice] += 1;
  return counts;
}

/** Analyse actors, blame, voice and word choice for a story's prepared articles. */
export function analyzeAttribution(
  articles: readonly PreparedArticle[],
  quotes: readonly Quote[],
  storyActors: readonly StoryActor[],
  facts: readonly Fact[],
): AttributionResult {
  const registry = buildRegistry(storyActors);
  const spans = findArticleSpans(registry, articles);
  discoverActors(registry, articles, spans);
  const titles = buildTitleMemory(spans);
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) quotesOf.set(q.article, [...(quotesOf.get(q.article) ?? []), q]);
  const readings = articles.map((article, a) => readArticle(article, spans[a] ?? [], quotesOf.get(article.input.id) ?? [], registry, titles));
  const blame = readings.flatMap((reading) => findBlame(reading, registry));
  const voices = readings.flatMap((reading) => findVoices(reading.actors, reading.quotes, reading.frames, registry));
  const byArticle = new Map(readings.map((r) => [r.actors.article.input.id, r]));
  const voiceOf = (article: string, sentence: number): Voice | null => {
    const reading = byArticle.get(article);
    const seg = reading?.actors.article.segmented.sentences;
    const current = seg?.[sentence];
    if (!reading || !seg || !current) return null;
    const frames = reading.frames[sentence] ?? [];
    const inSentence = reading.quotes.filter((q) => q.start < current.end && q.end > current.start);
    const scare = inSentence.find((q) => q.kind === "scare");
    return sentenceVoice(
      { sentence: current.text, next: seg[sentence + 1]?.text, frame: null, quote: null, scare: scare ? `“${scare.text}”` : null },
      frames,
      inSentence,
    ).voice;
  };
  const voicedFacts: Fact[] = facts.map((fact) => ({
    ...fact,
    coverage: fact.coverage.map((c) => ({ ...c, voice: c.sentence === null ? null : voiceOf(c.article, c.sentence) })),
  }));
  const blameVoices = new Map<string, Voice[]>();
  for (const b of blame) blameVoices.set(b.article, [...(blameVoices.get(b.article) ?? []), b.voice]);
  const factVoices = new Map<string, (Voice | null)[]>();
  for (const c of voicedFacts.flatMap((f) => f.coverage)) factVoices.set(c.article, [...(factVoices.get(c.article) ?? []), c.voice]);
  const voiceSummary: VoiceSummary[] = articles.map((article) => ({
    article: article.input.id,
    blame: countVoices(blameVoices.get(article.input.id) ?? []),
    facts: countVoices(factVoices.get(article.input.id) ?? []),
  }));
  const mentions: ActorMention[] = readings.flatMap((reading) =>
    reading.actors.sentences.flatMap((sentence) =>
      sentence.mentions.flatMap((m) =>
        m.actor ? [{ article: reading.actors.article.input.id, sentence: m.sentence, start: m.start, end: m.end, text: m.text, actor: m.actor }] : [],
      ),
    ),
  );
  const speakerActor = new Map(readings.flatMap((r) => [...r.actors.speakers].map(([id, s]) => [id, s.actor] as const)));
  const used = new Set<string>([
    ...mentions.map((m) => m.actor),
    ...blame.flatMap((b) => [b.accuser.actor, b.accused.actor].filter((x): x is string => x !== null)),
    ...storyActors.map((a) => a.id),
  ]);
  for (const id of [...used]) {
    const represents = registry.actors.get(id)?.represents;
    if (represents) used.add(represents);
  }
  const actors: Actor[] = [...registry.actors.values()]
    .filter((a) => used.has(a.id))
    .map(({ id, name, side, kind, aliases, source, represents }) => ({ id, name, side, kind, aliases, source, represents }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    sides: sidesOf(actors),
    actors,
    mentions,
    blame,
    voices,
    voiceSummary,
    wordChoice: findWordChoice(readings.map((r) => r.actors), quotes, registry),
    markedWords: findMarkedWords(readings.map((r) => r.actors), quotes),
    quotes: quotes.map((q) => ({ ...q, speakerActor: speakerActor.get(q.id) ?? q.speakerActor })),
    facts: voicedFacts,
  };
}
