import { buildRegistry, buildTitleMemory, discoverActors, sidesOf } from "../actors";
import { type PreparedArticle } from "../text";

import { findBlame, type ArticleReading } from "./blame";
import type {
  Actor,
  ActorMention,
  Blame,
  Fact,
  FactCoverage,
  MarkedWord,
  Quote,
  QuotedVoice,
  StoryInput,
  Voice,
  VoiceSummary,
  WordChoice,
} from "../schema";
import { sentenceVoice } from "./voice";
import { findVoices } from "./voices";
import { headOfGovernment } from "./quote-targets";
import { readArticle } from "./read-article";
import { cachedArticleSpans } from "./article-spans";
import { findWordChoice } from "./word-choice";
import { findMarkedWords } from "./marked-in-article";
import type { EventFamily } from "../lang";

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

type VoiceCounts = VoiceSummary["blame"];

const emptyCounts = (): VoiceCounts => ({ own: 0, attributed: 0, distanced: 0 });

function countVoice(counts: Map<string, VoiceCounts>, article: string, voice: Voice | null): void {
  if (!voice) return;
  let entry = counts.get(article);
  if (!entry) {
    entry = emptyCounts();
    counts.set(article, entry);
  }
  entry[voice] += 1;
}

/** Each fact's coverage with its voice filled, and the voices counted per article. */
function voiceFacts(
  readings: readonly ArticleReading[],
  facts: readonly Fact[],
): { facts: Fact[]; counts: Map<string, VoiceCounts> } {
  const byArticle = new Map(readings.map((r) => [r.actors.article.input.id, r]));
  const counts = new Map<string, VoiceCounts>();
  const voiceOf = (article: string, sentence: number): Voice | null => {
    const reading = byArticle.get(article);
    const seg = reading?.actors.article.segmented.sentences;
    const current = seg?.[sentence];
    if (!reading || !seg || !current) return null;
    const inSentence = reading.quotesIn[sentence] ?? [];
    const scare = inSentence.find((q) => q.kind === "scare");
    return sentenceVoice(
      {
        sentence,
        distance: reading.distance,
        frame: null,
        quote: null,
        scare: scare ? `“${scare.text}”` : null,
      },
      reading.frames[sentence] ?? [],
      inSentence,
    ).voice;
  };
  const voiceEntry = (c: FactCoverage): FactCoverage => {
    const voice = voiceOf(c.article, c.sentence);
    countVoice(counts, c.article, voice);
    return { ...c, voice };
  };
  // Coverage lists only the articles that report the fact: linear in the facts' sentences.
  const voiced = facts.map((fact) => ({ ...fact, coverage: fact.coverage.map(voiceEntry) }));
  return { facts: voiced, counts };
}

/** Analyse actors, blame, voice and word choice for a story's prepared articles. */
export function analyzeAttribution(
  articles: readonly PreparedArticle[],
  quotes: readonly Quote[],
  storyActors: readonly StoryActor[],
  facts: readonly Fact[],
  storyEvents: readonly EventFamily[] = [],
): AttributionResult {
  const registry = buildRegistry(storyActors);
  const spans = cachedArticleSpans(registry, articles, storyActors);
  discoverActors(registry, articles, spans);
  const titles = buildTitleMemory(spans);
  const quotesOf = new Map<string, Quote[]>();
  // Push, not spread: copying the list per quote made this quadratic in an article's quotes.
  for (const q of quotes) {
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }
  const story = headOfGovernment(spans, registry);
  const readings = articles.map((article, a) =>
    readArticle(
      article,
      spans[a] ?? [],
      quotesOf.get(article.input.id) ?? [],
      registry,
      titles,
      story,
    ),
  );
  const blame = readings.flatMap((reading) => findBlame(reading, registry));
  const voices = readings.flatMap((reading) =>
    findVoices(reading.actors, reading.quotes, reading.frames, registry),
  );
  const { facts: voicedFacts, counts: factCounts } = voiceFacts(readings, facts);
  const blameCounts = new Map<string, VoiceCounts>();
  for (const b of blame) countVoice(blameCounts, b.article, b.voice);
  const voiceSummary: VoiceSummary[] = articles.map((article) => ({
    article: article.input.id,
    blame: blameCounts.get(article.input.id) ?? emptyCounts(),
    facts: factCounts.get(article.input.id) ?? emptyCounts(),
  }));
  const mentions: ActorMention[] = [];
  for (const reading of readings) {
    const article = reading.actors.article.input.id;
    for (const sentence of reading.actors.sentences) {
      for (const m of sentence.mentions) {
        if (m.actor)
          mentions.push({
            article,
            sentence: m.sentence,
            start: m.start,
            end: m.end,
            text: m.text,
            actor: m.actor,
          });
      }
    }
  }
  const speakerActor = new Map(
    readings.flatMap((r) => [...r.actors.speakers].map(([id, s]) => [id, s.actor] as const)),
  );
  const used = new Set<string>([
    ...mentions.map((m) => m.actor),
    ...blame.flatMap((b) =>
      [b.accuser.actor, b.accused.actor].filter((x): x is string => x !== null),
    ),
    ...storyActors.map((a) => a.id),
  ]);
  for (const id of [...used]) {
    const represents = registry.actors.get(id)?.represents;
    if (represents) used.add(represents);
  }
  const actors: Actor[] = [...registry.actors.values()]
    .filter((a) => used.has(a.id))
    .map(({ id, name, side, kind, aliases, source, represents }) => ({
      id,
      name,
      side,
      kind,
      aliases,
      source,
      represents,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    sides: sidesOf(actors),
    actors,
    mentions,
    blame,
    voices,
    voiceSummary,
    wordChoice: findWordChoice(
      readings.map((r) => r.actors),
      quotes,
      registry,
      storyEvents,
    ),
    markedWords: findMarkedWords(
      readings.map((r) => r.actors),
      quotes,
    ),
    quotes: quotes.map((q) => ({ ...q, speakerActor: speakerActor.get(q.id) ?? q.speakerActor })),
    facts: voicedFacts,
  };
}
