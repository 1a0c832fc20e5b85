import { compileAliases, findSpans, type RawSpan, type SpanLookups } from "./match";
import { type PreparedArticle, type Token } from "../text";
import { GAZETTEER } from "./gazetteer";
import type { Actor, StoryInput } from "../schema";
import { lang } from "../lang";
import { nameSpanFacts, type SpanFacts } from "./span-facts";
import { genderFits, titleGender } from "./names";

/**
 * The actors of a story: the gazetteer, the story's own actors merged over it,
 * and names discovered in the text (proper-name runs typed by the lexicon,
 * grouped by surname across the story). Actors keep the institution they
 * speak for (`represents`) and a gender when known, for "he"/"she".
 */

/** An actor with what resolution needs beyond the output contract. */
export interface ActorRecord extends Actor {
  represents: string | null;
  gender: "m" | "f" | null;
}

export interface ActorRegistry extends SpanLookups {
  actors: Map<string, ActorRecord>;
}

type StoryActor = NonNullable<StoryInput["actors"]>[number];

let gazetteerEntries: { actor: string; alias: string; priority: number }[] | null = null;

/** Gazetteer and story actors, with one alias index (story aliases win ties). */
export function buildRegistry(storyActors: readonly StoryActor[]): ActorRegistry {
  const actors = new Map<string, ActorRecord>();
  for (const entry of GAZETTEER) {
    actors.set(entry.id, {
      id: entry.id,
      name: entry.name,
      side: entry.side,
      kind: entry.kind,
      aliases: [...entry.aliases],
      source: "gazetteer",
      represents: entry.represents ?? null,
      gender: entry.gender ?? null,
    });
  }
  gazetteerEntries ??= GAZETTEER.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((alias) => ({ actor: entry.id, alias, priority: 0 })),
  );
  const storyEntries: { actor: string; alias: string; priority: number }[] = [];
  for (const entry of storyActors) {
    const known = actors.get(entry.id);
    actors.set(entry.id, {
      id: entry.id,
      name: entry.name,
      side: entry.side,
      kind: entry.kind ?? known?.kind ?? "other",
      aliases: [...new Set([...(known?.aliases ?? []), ...(entry.aliases ?? [])])],
      source: "story",
      represents: entry.represents ?? known?.represents ?? null,
      gender: entry.gender ?? known?.gender ?? null,
    });
    for (const alias of [entry.name, ...(entry.aliases ?? [])])
      storyEntries.push({ actor: entry.id, alias, priority: 1 });
  }
  const personIds = new Set(
    [...actors.values()].filter((a) => a.kind === "person").map((a) => a.id),
  );
  // "Ruritania-backed rebels", "its proxies": the groups a story says an actor backs.
  const proxies = new Map<string, string>();
  for (const entry of storyActors) if (entry.backedBy) proxies.set(entry.backedBy, entry.id);
  return {
    actors,
    aliases: compileAliases([...gazetteerEntries, ...storyEntries]),
    personIds,
    proxies,
  };
}

/** A resolved mention: where it is, what it says, and which actor it names (null: shown as written). */
export interface Mention {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  actor: string | null;
  form: RawSpan["form"];
  head: string | null;
  plural: boolean;
  /** Id of the quote the mention sits in, if any. */
  quote: string | null;
  /** How a pronoun or description was resolved ("he → Tomas Berg"). */
  via: string | null;
  /**
   * True for a name used as a modifier of the noun after it ("Tea Party supporters", "a Sanders
   * delegate"): the noun, not the name, is what a later "they" or "it" means.
   */
  modifier?: boolean;
  /**
   * True for an "it" that stands for a clause later in the sentence ("it is wrong to imply …",
   * "it's clear that …"): it means no one.
   */
  expletive?: boolean;
}

/** The mentions of one sentence, and which mention each token belongs to. */
export interface SentenceActors {
  index: number;
  tokens: Token[];
  mentions: Mention[];
  /** Token index → mention index in `mentions`, or -1. */
  at: number[];
}

export function slugify(value: string): string {
  return (
    value
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "actor"
  );
}

interface NameGroup {
  key: string;
  name: string;
  kind: Actor["kind"];
  represents: string | null;
  gender: "m" | "f" | null;
  active: boolean;
  spans: { article: number; sentence: number; span: RawSpan }[];
}

/** A person's grouping key: the name without middle initials ("John Q. Ostrom" and "John Ostrom" are one person). */
function personKey(words: readonly string[]): string {
  const kept = words.filter(
    (word, k) => k === 0 || k === words.length - 1 || !/^\p{L}\.?$/u.test(word),
  );
  return kept.join(" ").toLowerCase();
}

/** An acronym written with dots: "A.C.L.U.", "F.B.I.". */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/**
 * Turn discovered name spans into actors, story-wide: "Ned Ashby", "Ashby"
 * and "Mr. Ashby" are one person; names typed neither person nor
 * organisation count only when they act (a verb follows, or "by X").
 */
export function discoverActors(
  registry: ActorRegistry,
  articles: readonly PreparedArticle[],
  spans: readonly (readonly RawSpan[])[][],
): void {
  const groups = new Map<string, NameGroup>();
  // Surname → the keys of the persons written in full with it, first seen first.
  const surnames = new Map<string, string[]>();
  const singles: {
    article: number;
    sentence: number;
    span: RawSpan;
    name: string;
    facts: SpanFacts;
  }[] = [];
  const addTo = (
    key: string,
    name: string,
    where: { article: number; sentence: number; span: RawSpan },
    facts: SpanFacts,
  ) => {
    const { span } = where;
    const group = groups.get(key) ?? {
      key,
      name,
      kind: "other" as Actor["kind"],
      represents: null,
      gender: null,
      active: false,
      spans: [],
    };
    if (name.length > group.name.length) group.name = name;
    if (span.nameKind === "person") group.kind = "person";
    else if (span.nameKind === "organisation" && group.kind !== "person")
      group.kind = "organisation";
    group.represents ??= facts.placed;
    group.gender ??= span.gender ?? titleGender(span.title);
    group.active ||= facts.active;
    group.spans.push(where);
    groups.set(key, group);
  };
  articles.forEach((article, a) => {
    const facts = nameSpanFacts(article, spans[a] ?? []);
    let k = 0;
    spans[a]?.forEach((list, s) => {
      const sentence = article.segmented.sentences[s];
      for (const span of list) {
        if (span.form !== "name" || !span.name || !sentence) continue;
        const own = facts[k++] as SpanFacts;
        const words = span.name.split(/\s+/);
        if (words.length === 1) {
          singles.push({ article: a, sentence: s, span, name: span.name, facts: own });
          continue;
        }
        const key = span.nameKind === "person" ? personKey(words) : span.name.toLowerCase();
        if (span.nameKind === "person") {
          const surname = (words[words.length - 1] ?? "").toLowerCase();
          const keys = surnames.get(surname) ?? [];
          if (!keys.includes(key)) keys.push(key);
          surnames.set(surname, keys);
        }
        addTo(key, span.name, { article: a, sentence: s, span }, own);
      }
    });
  });
  for (const single of singles) {
    // "A.C.L.U." (one house style) and "ACLU" (another) are one name: grouped and shown without the dots.
    const name = DOTTED_ACRONYM.test(single.name) ? single.name.replace(/\./g, "") : single.name;
    const lower = name.toLowerCase();
    const key =
      surnameHolder(surnames.get(lower) ?? [], titleGender(single.span.title), groups) ?? lower;
    addTo(key, groups.get(key)?.name ?? name, single, single.facts);
  }
  const used = new Set(registry.actors.keys());
  for (const group of [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    if (group.kind === "other" && !group.active) continue;
    let id = slugify(group.name);
    for (let n = 2; used.has(id); n += 1) id = `${slugify(group.name)}-${n}`;
    used.add(id);
    const side = group.represents
      ? (registry.actors.get(group.represents)?.side ?? "unknown")
      : "unknown";
    registry.actors.set(id, {
      id,
      name: group.name,
      side,
      kind: group.kind,
      aliases: [],
      source: "discovered",
      represents: group.represents,
      gender: group.gender,
    });
    for (const { span } of group.spans) span.actor = id;
  }
}

/**
 * Which person written in full a surname alone names: the first of that surname whose gender the
 * surname's title fits ("Mrs. Lane" is not Tom Lane when Ann Lane is named too), one of the same
 * gender before one of unknown gender; null when the title fits none of them ("Mrs. Lane" with only
 * Tom Lane named is someone else). With no gendered title, the first one, as before.
 */
function surnameHolder(
  keys: readonly string[],
  gender: "m" | "f" | null,
  groups: ReadonlyMap<string, NameGroup>,
): string | null {
  if (gender === null) return keys[0] ?? null;
  const holderGender = (key: string) => groups.get(key)?.gender ?? null;
  return (
    keys.find((key) => holderGender(key) === gender) ??
    keys.find((key) => genderFits(holderGender(key), gender)) ??
    null
  );
}

/** Find raw spans for every sentence of every article. */
export function findArticleSpans(
  registry: ActorRegistry,
  articles: readonly PreparedArticle[],
): RawSpan[][][] {
  return articles.map((article) =>
    article.segmented.sentences.map((sentence) => findSpans(sentence.tokens, registry)),
  );
}

/** Side labels for the actors in use, in a stable order. */
export function sidesOf(actors: readonly Actor[]): { id: string; label: string }[] {
  const ids = [...new Set(actors.map((a) => a.side))].sort();
  return ids.map((id) => ({
    id,
    label:
      lang.gazetteer.sideLabels[id] ?? id.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase()),
  }));
}
