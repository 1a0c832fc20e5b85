import {
  type ActorRecord,
  type ActorRegistry,
  type Mention,
  type RawSpan,
  type SentenceActors,
} from "../actors";

import { mentionAt, type QuoteOf } from "./clause-parts";
import { anyOf, lang } from "../lang";

/** "the administration", "this administration's": a government named by its administration. */
const ADMINISTRATION = new RegExp(
  `^(?:(?:${anyOf(lang.functionWords.determiners)})\\s+)?administration(?:'s|’s)?$`,
  "i",
);

/**
 * Whom a critical quote is aimed at when the quote does not name them: the
 * people a quote is about are often named only around it. The rules here are
 * general and read only the text:
 *
 * - the story's head of government ("President Varga") stands for "the
 *   administration" (the gazetteer's alias of the government);
 * - "you"/"your" in a quote is the addressee its attribution names ("X told
 *   Y", "X wrote to Y", "a letter to Y");
 * - a partial quote is aimed at the subject of the clause it completes
 *   ("the mayor has given the city “a terrible budget”");
 * - otherwise, the article's topic: the person or organisation its text
 *   mentions most (pronouns included; the story's mentions add to it), other
 *   than the speaker, the speaker's own body and the speaker's side.
 */

/** Story-wide facts the quote rules need, computed once per story. */
export interface StoryContext {
  /** Mentions per actor in the whole story, pronouns included. */
  counts: ReadonlyMap<string, number>;
  /** The same actors, most mentioned first (ties by id): topics not in an article are found by walking this. */
  ranked: readonly string[];
  articles: number;
  /** The head of government the story names ("President Varga"), or null. */
  president: string | null;
  /** The government the head of government leads, when known. */
  government: string | null;
}

/** Titles that name a head of government ("President", "U.S. President"). */
const HEAD_TITLE = /^(?:(?:u\.s\.|us|american|united states)\s+)?president$/;
/** The gazetteer's government whose head "President X" names, in the news this engine reads. */
export const PRESIDENTIAL_GOVERNMENT = "united-states";

/**
 * Mentions per actor over some sentences, pronouns included: a person the
 * text keeps calling "he" is what it is about, and programmes or places
 * named often ("Medicare") are never "he" or "she".
 */
export function countMentions(
  sentences: readonly SentenceActors[],
  into = new Map<string, number>(),
): Map<string, number> {
  for (const sentence of sentences) {
    for (const m of sentence.mentions) {
      if (m.actor) into.set(m.actor, (into.get(m.actor) ?? 0) + 1);
    }
  }
  return into;
}

/** The person the story most often titles "President", for "the administration". */
export function headOfGovernment(
  spans: readonly (readonly (readonly RawSpan[])[])[],
  registry: ActorRegistry,
): string | null {
  const titled = new Map<string, number>();
  for (const article of spans) {
    for (const sentence of article) {
      for (const span of sentence) {
        if (!span.actor || !HEAD_TITLE.test(span.title)) continue;
        if (registry.actors.get(span.actor)?.kind !== "person") continue;
        titled.set(span.actor, (titled.get(span.actor) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [actor, count] of titled) {
    if (count > bestCount) {
      best = actor;
      bestCount = count;
    }
  }
  return best;
}

/** The targets the quote rules may choose, per article. */
export class QuoteTargets {
  private readonly articleCounts: Map<string, number>;

  constructor(
    sentences: readonly SentenceActors[],
    private readonly registry: ActorRegistry,
    private readonly story: StoryContext,
  ) {
    this.articleCounts = countMentions(sentences);
  }

  private record(id: string | null): ActorRecord | undefined {
    return id ? this.registry.actors.get(id) : undefined;
  }

  /** The institution an actor speaks for, the head of government counting as speaking for the government. */
  private body(id: string): string | null {
    if (id === this.story.president) return this.story.government;
    return this.record(id)?.represents ?? null;
  }

  /** True when the speaker may criticise this actor: not itself, its own body, a member of it, nor a medium. */
  eligible(actor: string | null, speaker: string | null): boolean {
    if (!actor || actor === speaker) return false;
    const record = this.record(actor);
    if (!record || record.kind === "media") return false;
    if (!speaker) return true;
    return this.body(speaker) !== actor && this.body(actor) !== speaker;
  }

  /** "the administration" in a story that names its president: that president. */
  administration(m: Mention): string | null {
    if (m.actor !== this.story.government || m.head !== "administration" || !this.story.president)
      return null;
    return ADMINISTRATION.test(m.text) ? this.story.president : null;
  }

  /**
   * The article's topic for a speaker: the person or organisation mentioned
   * most (article count, plus the story's average per article), other than
   * the speaker, its body, its members and its side. Null when no actor is
   * mentioned at least twice.
   */
  topicFor(speaker: string | null): string | null {
    const key = speaker ?? "";
    const cached = this.topics.get(key);
    if (cached !== undefined) return cached;
    const topic = this.findTopic(speaker);
    this.topics.set(key, topic);
    return topic;
  }

  private readonly topics = new Map<string, string | null>();

  /** True when an actor may be a topic for this speaker: a person or a non-governmental organisation, on another side. */
  private candidate(actor: string, speaker: string | null, side: string): boolean {
    const record = this.record(actor);
    if (!record || (record.kind !== "person" && record.kind !== "organisation")) return false;
    // A government's own bodies ("Congress") are the government, which is no topic either: people and parties are.
    if (
      record.kind === "organisation" &&
      record.represents &&
      this.record(record.represents)?.kind === "government"
    )
      return false;
    return this.eligible(actor, speaker) && (side === "unknown" || record.side !== side);
  }

  private findTopic(speaker: string | null): string | null {
    const side = this.record(speaker)?.side ?? "unknown";
    const perArticle = (actor: string) =>
      (this.story.counts.get(actor) ?? 0) / Math.max(1, this.story.articles);
    let best: string | null = null;
    let bestScore = 0;
    const consider = (actor: string, score: number) => {
      // Ties go to the actor first in id order, so the result never depends on map order.
      if (score > bestScore || (score === bestScore && best !== null && actor < best)) {
        best = actor;
        bestScore = score;
      }
    };
    for (const [actor, own] of this.articleCounts) {
      if (this.candidate(actor, speaker, side)) consider(actor, own + perArticle(actor));
    }
    // Actors the article never names score their story share only: the first eligible one in story order is the best of them.
    for (const actor of this.story.ranked) {
      if (perArticle(actor) < bestScore) break;
      if (!this.articleCounts.has(actor) && this.candidate(actor, speaker, side)) {
        consider(actor, perArticle(actor));
        break;
      }
    }
    return bestScore >= 2 ? best : null;
  }
}

/** True when a quote's tokens in this sentence address someone as "you". */
export function addressesYou(sentence: SentenceActors, quoteOf: QuoteOf, quote: string): boolean {
  return sentence.tokens.some(
    (t, k) => lang.functionWords.secondPerson.has(t.normal) && quoteOf(k) === quote,
  );
}

/** The addressee the attribution names outside quotes: "X told Y", "X wrote to Y", "in a letter to Y". */
export function addresseeIn(sentence: SentenceActors, quoteOf: QuoteOf): Mention | null {
  const { tokens } = sentence;
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (!token || quoteOf(k)) continue;
    if (token.lemma === "tell" && token.pos === "VERB") {
      const m = mentionAt(sentence, k + 1);
      if (m?.actor) return m;
    }
    if (token.normal === "to" && lang.speech.addressingWords.has(tokens[k - 1]?.lemma ?? "")) {
      const m = mentionAt(sentence, k + 1) ?? mentionAt(sentence, k + 2);
      if (m?.actor) return m;
    }
  }
  return null;
}
