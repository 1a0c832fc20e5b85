import { findSpans, type RawSpan } from "./actor-match";
import type { ActorRecord, ActorRegistry, Mention, SentenceActors } from "./actors";
import type { PreparedArticle } from "./article";
import { DEMONYMS, PERSON_HEADS } from "./gazetteer";
import { tokenize } from "./nlp";
import type { Quote } from "./schema";

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

/** Story-wide memory of titles: "president" → the person introduced as "President Obama". */
export type TitleMemory = ReadonlyMap<string, string>;

const ORGANISED = new Set([
  "government",
  "organisation",
  "agency",
  "armed-group",
  "media",
  "crowd",
]);
const PRONOUN_WINDOW = 3;
const DEFINITE_WINDOW = 12;

function personLike(m: Mention, actor: ActorRecord | undefined): boolean {
  if (m.plural) return false;
  if (actor?.kind === "person") return true;
  return !!m.head && PERSON_HEADS.has(m.head);
}

/**
 * Build the title memory from all spans of the story: the most frequent
 * bearer of a title wins, the first one on ties. A story about a sitting
 * president may name a predecessor first ("President George W. Bush began
 * the war"), but "the president" means the one it keeps titling so.
 */
export function buildTitleMemory(
  spans: readonly (readonly (readonly RawSpan[])[])[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of spans) {
    for (const sentence of article) {
      for (const span of sentence) {
        if (!span.actor || !span.title) continue;
        for (const word of span.title.split(/\s+/)) {
          if (!PERSON_HEADS.has(word)) continue;
          const bearers = counts.get(word) ?? new Map<string, number>();
          bearers.set(span.actor, (bearers.get(span.actor) ?? 0) + 1);
          counts.set(word, bearers);
        }
      }
    }
  }
  const memory = new Map<string, string>();
  for (const [word, bearers] of counts) {
    let best = 0;
    // Map order is first-seen order: a strict "more" keeps the first bearer on ties.
    for (const [actor, count] of bearers) {
      if (count > best) {
        best = count;
        memory.set(word, actor);
      }
    }
  }
  return memory;
}

export class ArticleResolver {
  private readonly history: Mention[] = [];

  constructor(
    private readonly registry: ActorRegistry,
    private readonly titles: TitleMemory,
  ) {}

  private record(id: string | null): ActorRecord | undefined {
    return id ? this.registry.actors.get(id) : undefined;
  }

  /** Last mention before `at` that fits, within `window` sentences. */
  private find(
    at: Mention,
    window: number,
    fits: (m: Mention, a: ActorRecord | undefined) => boolean,
    pool = this.history,
  ): Mention | null {
    for (let k = pool.length - 1; k >= 0; k -= 1) {
      const m = pool[k];
      if (!m) continue;
      if (m.sentence < at.sentence - window) break;
      // Quotes are resolved after the whole article: the history then holds later mentions too.
      if (m.sentence > at.sentence || (m.sentence === at.sentence && m.start >= at.start)) continue;
      if (m.actor && fits(m, this.record(m.actor))) return m;
    }
    return null;
  }

  /** Like `find`, but the actor mentioned most often in the window wins; the latest on ties. */
  private salient(
    at: Mention,
    window: number,
    fits: (m: Mention, a: ActorRecord | undefined) => boolean,
    pool = this.history,
  ): Mention | null {
    const counts = new Map<string, { count: number; latest: Mention }>();
    let best: { count: number; latest: Mention } | null = null;
    for (let k = pool.length - 1; k >= 0; k -= 1) {
      const m = pool[k];
      if (!m) continue;
      if (m.sentence < at.sentence - window) break;
      if (m.sentence > at.sentence || (m.sentence === at.sentence && m.start >= at.start)) continue;
      if (!m.actor || !fits(m, this.record(m.actor))) continue;
      // Walking back, the first mention of an actor met is its latest.
      const entry = counts.get(m.actor) ?? { count: 0, latest: m };
      entry.count += 1;
      counts.set(m.actor, entry);
      if (!best || entry.count > best.count) best = entry;
    }
    return best?.latest ?? null;
  }

  /** Resolve a pronoun to an earlier mention; `exclude` keeps a quote's speaker out of "he" inside the quote. */
  pronoun(
    m: Mention,
    pronoun: string,
    pool: Mention[],
    exclude: string | null = null,
  ): Mention | null {
    const other = (x: Mention) => x.actor !== exclude && x !== m;
    // Inside a quote "he" is whom the talk is about, not merely the last man named.
    const look = m.quote ? this.salient.bind(this) : this.find.bind(this);
    if (/^(?:he|him|his)$/.test(pronoun)) {
      return look(
        m,
        PRONOUN_WINDOW,
        (x, a) => other(x) && personLike(x, a) && a?.gender !== "f",
        pool,
      );
    }
    if (/^(?:she|her)$/.test(pronoun)) {
      return look(
        m,
        PRONOUN_WINDOW,
        (x, a) => other(x) && personLike(x, a) && a?.gender !== "m",
        pool,
      );
    }
    if (/^(?:they|them|their)$/.test(pronoun)) {
      const own = m.quote ? this.ownGroup(exclude) : null;
      return this.find(
        m,
        2,
        (x, a) =>
          other(x) &&
          !personLike(x, a) &&
          (x.plural || ORGANISED.has(a?.kind ?? "")) &&
          !(own && a && own(a)),
        pool,
      );
    }
    if (/^(?:it|its)$/.test(pronoun)) {
      return this.find(
        m,
        2,
        (x, a) => other(x) && !x.plural && !personLike(x, a) && ORGANISED.has(a?.kind ?? ""),
        pool,
      );
    }
    return null;
  }

  /**
   * A quote's speaker calls their own party or body "we": "they" in the quote
   * is someone else. Null when the speaker's side and body are unknown.
   */
  private ownGroup(speaker: string | null): ((a: ActorRecord) => boolean) | null {
    const record = this.record(speaker);
    if (!record) return null;
    const side = record.side !== "unknown" && record.side !== "media" ? record.side : null;
    const body = record.represents;
    if (!side && !body) return null;
    return (a) => (side !== null && a.side === side) || a.id === body;
  }

  /** Resolve "the official", "the American diplomat", "the president". */
  definite(m: Mention, demonym: string | null): string | null {
    const head = m.head ?? "";
    const side = demonym ? this.record(demonym)?.side : undefined;
    // "the Iraqi official" must not resolve to an American one; the same head noun wins over a titled person.
    const compatible = (x: Mention, a: ActorRecord | undefined) =>
      x !== m && x.form !== "pronoun" && (!side || a?.side === side);
    const found =
      this.find(m, DEFINITE_WINDOW, (x, a) => compatible(x, a) && x.head === head) ??
      this.find(m, DEFINITE_WINDOW, (x, a) => {
        if (!compatible(x, a) || a?.kind !== "person") return false;
        if (x.text.toLowerCase().includes(head)) return true;
        return side !== undefined && (head === "diplomat" || head === "official");
      });
    if (found) {
      m.via = `${m.text} → ${found.text}`;
      return found.actor;
    }
    return demonym ?? this.titles.get(head) ?? null;
  }

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
      const found = this.pronoun(m, m.text.toLowerCase(), pool, exclude);
      if (found) {
        m.actor = found.actor;
        m.via = `${m.text} → ${found.text}`;
      }
    } else if (m.form === "definite") {
      m.actor = this.definite(m, m.actor);
    } else if (m.form === "proxy" && !m.actor) {
      const owner = this.pronoun(
        m,
        /their/.test(m.text.toLowerCase()) ? "their" : "its",
        pool,
        exclude,
      );
      const ownerId = owner?.actor ?? null;
      if (ownerId) {
        const proxy = ownerId === "iran" ? "iran-aligned-militias" : `${ownerId}-backed-groups`;
        m.actor = this.registry.actors.has(proxy) ? proxy : null;
        m.via = `${m.text} → ${owner?.text ?? ""}`;
      }
    }
  }
}

/** Build the mentions of one sentence from its spans. */
export function toMentions(
  article: PreparedArticle,
  sentence: number,
  spans: readonly RawSpan[],
  quotes: readonly Quote[],
): SentenceActors {
  const seg = article.segmented.sentences[sentence];
  const tokens = seg?.tokens ?? [];
  const at = tokens.map(() => -1);
  const mentions: Mention[] = [];
  for (const span of spans) {
    const start = tokens[span.first]?.start ?? 0;
    const end = tokens[span.last]?.end ?? start;
    const quote = quotes.find((q) => q.start <= start && end <= q.end) ?? null;
    const demonym = span.form === "definite" ? span.actor : null;
    mentions.push({
      sentence,
      first: span.first,
      last: span.last,
      start,
      end,
      text: article.analysis.text.slice(start, end),
      actor: span.form === "definite" ? demonym : span.actor,
      form: span.form,
      head: span.head,
      plural: span.plural,
      quote: quote?.id ?? null,
      via: null,
    });
    for (let k = span.first; k <= span.last; k += 1) at[k] = mentions.length - 1;
  }
  return { index: sentence, tokens, mentions, at };
}

/** Resolve a speaker as written ("the official", "Mike Pompeo") near its quote. */
export function resolveSpeaker(
  article: PreparedArticle,
  quote: Quote,
  sentences: readonly SentenceActors[],
  registry: ActorRegistry,
): string | null {
  const speaker = quote.speaker;
  if (!speaker) return null;
  const text = article.analysis.text;
  const from = Math.max(
    0,
    (article.segmented.sentences[quote.sentence - 1] ?? article.segmented.sentences[quote.sentence])
      ?.start ?? 0,
  );
  const to = Math.min(text.length, quote.end + 400);
  const region = text.slice(from, to);
  let best = -1;
  let bestDistance = Infinity;
  for (let k = region.indexOf(speaker); k >= 0; k = region.indexOf(speaker, k + 1)) {
    const at = from + k;
    if (at >= quote.start && at < quote.end) continue;
    const distance = at < quote.start ? quote.start - at : at - quote.end;
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  }
  if (best >= 0) {
    const end = best + speaker.length;
    // Only the sentences around the name can hold its mention: scanning every sentence per quote grew with the square of the article.
    const seg = article.segmented.sentences;
    for (
      let s = firstSentenceEndingAfter(seg, best);
      s < sentences.length && (seg[s]?.start ?? Infinity) < end;
      s += 1
    ) {
      for (const m of sentences[s]?.mentions ?? []) {
        if (m.actor && m.start < end && m.end > best && !m.quote) return m.actor;
      }
    }
  }
  return lookupName(speaker, registry);
}

/** Index of the first sentence whose end is after `offset` (sentences are in text order), by binary search. */
function firstSentenceEndingAfter(sentences: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const nameCache = new WeakMap<ActorRegistry, Map<string, string | null>>();

/** An actor for a name as written, without context: known aliases, then discovered names and surnames. Memoised per registry. */
export function lookupName(name: string, registry: ActorRegistry): string | null {
  let cache = nameCache.get(registry);
  if (!cache) {
    cache = new Map();
    nameCache.set(registry, cache);
  }
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const found = lookupNameUncached(name, registry);
  cache.set(name, found);
  return found;
}

/** Discovered actors by their lower-case name and persons by surname, first discovered first. */
interface DiscoveredIndex {
  byName: Map<string, { id: string; order: number }>;
  bySurname: Map<string, string>;
}

const discoveredCache = new WeakMap<ActorRegistry, DiscoveredIndex>();

/** Index the discovered actors once per registry, instead of scanning them all for every name looked up. */
function discoveredIndex(registry: ActorRegistry): DiscoveredIndex {
  let index = discoveredCache.get(registry);
  if (index) return index;
  index = { byName: new Map(), bySurname: new Map() };
  let order = 0;
  for (const actor of registry.actors.values()) {
    if (actor.source !== "discovered") continue;
    const own = actor.name.toLowerCase();
    if (!index.byName.has(own)) index.byName.set(own, { id: actor.id, order });
    order += 1;
    const surname = own.split(/\s+/).pop() ?? "";
    if (actor.kind === "person" && !index.bySurname.has(surname))
      index.bySurname.set(surname, actor.id);
  }
  discoveredCache.set(registry, index);
  return index;
}

function lookupNameUncached(name: string, registry: ActorRegistry): string | null {
  const spans = findSpans(tokenize(name), registry.aliases, registry.personIds);
  for (const span of [...spans].reverse())
    if (span.actor && span.form !== "definite") return span.actor;
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  const surname = words[words.length - 1] ?? "";
  // The first discovered actor whose name ends the one looked up ("Gov. Rick Perry" → "Rick Perry"): every suffix is a candidate.
  const index = discoveredIndex(registry);
  let found: { id: string; order: number } | null = null;
  for (let k = 0; k < lower.length; k += 1) {
    const hit = index.byName.get(lower.slice(k));
    if (hit && (!found || hit.order < found.order)) found = hit;
  }
  if (found) return found.id;
  const bySurname = index.bySurname.get(surname);
  if (bySurname) return bySurname;
  const demonym = words.map((w) => DEMONYMS.get(w)).find(Boolean);
  return demonym ?? null;
}
