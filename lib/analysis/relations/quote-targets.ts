import {
  type ActorRecord,
  type ActorRegistry,
  type Mention,
  type RawSpan,
  type SentenceActors,
} from "../actors";

import type { QuoteOf } from "./clause-parts";
import { mentionOn } from "./parse-parties";
import { anyOf, lang } from "../lang";

/** "the administration", "this administration's": a government named by its administration. */
const ADMINISTRATION = new RegExp(
  `^(?:(?:${anyOf(lang.functionWords.determiners)})\\s+)?administration(?:'s|’s)?$`,
  "i",
);

/**
 * Whom a critical quote may be aimed at, beyond what its grammar names:
 *
 * - the story's head of government ("President Varga") stands for "the administration" — only in
 *   an article that names that person: coreference never reaches an actor the article does not
 *   mention;
 * - "you"/"your" in a quote is the addressee its attribution names ("X told Y", "a letter to Y");
 * - never the speaker, the speaker's own body or one of its members, nor a medium.
 */

/** Story-wide facts the quote rules need, computed once per story. */
export interface StoryContext {
  /** The head of government the story names ("President Varga"), or null. */
  president: string | null;
  /** The government the head of government leads, when known. */
  government: string | null;
}

/** Titles that name the head of government "the administration" stands for (English data). */
const HEAD_TITLE = lang.gazetteer.headOfAdministrationTitle;

/** The actor counted most often, ties to the first counted; null for none. */
function most(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [actor, count] of counts) {
    if (count > bestCount) {
      best = actor;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The story's head of government, for "the administration": the person the story most often titles
 * "President", and the government that person leads — the one the actor record names, else the
 * government the story's own "administration" mentions resolve to. Nothing is assumed about which
 * country a story is about: with no such mention and no record, the government is unknown.
 */
export function headOfGovernment(
  spans: readonly (readonly (readonly RawSpan[])[])[],
  registry: ActorRegistry,
): StoryContext {
  const titled = new Map<string, number>();
  const administrations = new Map<string, number>();
  for (const article of spans) {
    for (const sentence of article) {
      for (const span of sentence) {
        if (!span.actor) continue;
        const kind = registry.actors.get(span.actor)?.kind;
        if (kind === "person" && HEAD_TITLE.test(span.title))
          titled.set(span.actor, (titled.get(span.actor) ?? 0) + 1);
        if (kind === "government" && span.head === "administration")
          administrations.set(span.actor, (administrations.get(span.actor) ?? 0) + 1);
      }
    }
  }
  const president = most(titled);
  if (!president) return { president: null, government: null };
  const represents = registry.actors.get(president)?.represents ?? null;
  const government =
    represents && registry.actors.get(represents)?.kind === "government"
      ? represents
      : most(administrations);
  return { president, government };
}

/** The targets the quote rules may choose, per article. */
export class QuoteTargets {
  private readonly named: ReadonlySet<string>;

  constructor(
    sentences: readonly SentenceActors[],
    private readonly registry: ActorRegistry,
    private readonly story: StoryContext,
  ) {
    const named = new Set<string>();
    for (const sentence of sentences)
      for (const m of sentence.mentions) if (m.actor && m.form !== "pronoun") named.add(m.actor);
    this.named = named;
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

  /** "the administration" in a story that names its president, in an article that names that president too. */
  administration(m: Mention): string | null {
    const president = this.story.president;
    if (m.actor !== this.story.government || m.head !== "administration" || !president) return null;
    if (!this.named.has(president)) return null;
    return ADMINISTRATION.test(m.text) ? president : null;
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
      const m = mentionOn(sentence, k + 1);
      if (m?.actor) return m;
    }
    if (token.normal === "to" && lang.speech.addressingWords.has(tokens[k - 1]?.lemma ?? "")) {
      const m = mentionOn(sentence, k + 1) ?? mentionOn(sentence, k + 2);
      if (m?.actor) return m;
    }
  }
  return null;
}
