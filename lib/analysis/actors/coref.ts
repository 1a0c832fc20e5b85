import type { ActorRegistry, Mention, SentenceActors } from "./actors";
import { type PreparedArticle } from "../text";
import { resolvePronoun } from "./coref-pronouns";
import type { RecordOf } from "./coref-search";
import { resolveDefinite, type TitleMemory } from "./coref-titles";
import { proxyOf } from "./match";

/**
 * Resolve one article's mentions: pronouns ("he", "its"), definite
 * descriptions ("the official", "the American diplomat") and quote speakers
 * to actors, looking back only a few sentences so a link is made where the
 * text makes it clear. First-person pronouns inside a quote are its speaker.
 */

/** An article's resolved mentions and quote speakers. */
export interface ArticleActors {
  article: PreparedArticle;
  sentences: SentenceActors[];
  /** Quote id → the speaker as written and the actor it resolves to. */
  speakers: Map<string, { text: string | null; actor: string | null }>;
}

export class ArticleResolver {
  private readonly history: Mention[] = [];

  constructor(
    private readonly registry: ActorRegistry,
    private readonly titles: TitleMemory,
  ) {}

  // An arrow so the pronoun and title modules can look records up without the resolver.
  private readonly record: RecordOf = (id) => (id ? this.registry.actors.get(id) : undefined);

  /** Resolve the mentions of one sentence outside quotes, in order, and remember them. */
  resolveOutside(sentence: SentenceActors): void {
    for (const m of sentence.mentions) {
      if (m.quote) continue;
      this.resolveOne(m, this.history, null);
      if (m.actor) this.history.push(m);
    }
  }

  /** Resolve mentions inside quotes once speakers are known. */
  resolveInside(sentences: readonly SentenceActors[], speakers: ArticleActors["speakers"]): void {
    const all: Mention[] = [];
    for (const sentence of sentences) {
      for (const m of sentence.mentions) {
        if (m.quote) {
          const speaker = speakers.get(m.quote);
          if (!m.actor && /^(?:i|me|my|we|our|us)$/.test(m.text.toLowerCase())) {
            if (speaker?.actor) {
              m.actor = speaker.actor;
              m.via = `${m.text} → ${speaker.text ?? ""}`;
            }
          } else {
            this.resolveOne(m, all, speaker?.actor ?? null);
          }
        }
        if (m.actor) all.push(m);
      }
    }
  }

  private resolveOne(m: Mention, pool: Mention[], exclude: string | null): void {
    if (m.actor && m.form !== "definite") return;
    if (m.form === "pronoun") {
      const found = resolvePronoun(this.record, m, m.text.toLowerCase(), pool, exclude);
      if (found) {
        m.actor = found.actor;
        m.via = `${m.text} → ${found.text}`;
      }
    } else if (m.form === "definite") {
      m.actor = resolveDefinite(this.record, this.titles, this.history, m, m.actor);
    } else if (m.form === "proxy" && !m.actor) {
      const owner = resolvePronoun(
        this.record,
        m,
        /their/.test(m.text.toLowerCase()) ? "their" : "its",
        pool,
        exclude,
      );
      const ownerId = owner?.actor ?? null;
      if (ownerId) {
        const proxy = proxyOf(this.registry, ownerId);
        m.actor = this.registry.actors.has(proxy) ? proxy : null;
        m.via = `${m.text} → ${owner?.text ?? ""}`;
      }
    }
  }
}
