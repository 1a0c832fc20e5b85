import { type ActorRegistry, type ArticleActors } from "../actors";
import { keepingSentenceWork } from "../sentence-work";
import type { PreparedArticle } from "../text";

import { type EventFamily } from "../lang";
import type { Quote, WordChoice } from "../schema";
import { isAttributionVerb } from "./sources";
import { lang } from "../lang";

/**
 * Word choice across outlets: the label each article uses for an actor or an
 * event several articles name ("protesters" / "demonstrators" / "a group of
 * attackers"), the attribution verbs each uses (said, claimed, insisted …),
 * and marked words from published lexicons (lexicon.ts) in the outlet's own
 * words (quoted speech is the speaker's choice, not the outlet's).
 */

type Term = WordChoice["terms"][number];

/** The event families compiled for one story: the built-in ones with the story's own wording added. */
interface EventVocabulary {
  lemmaFamily: Map<string, string>;
  phrases: { concept: string; pattern: RegExp }[];
  /** Any of the phrases: one test per sentence, so most sentences skip the per-phrase scans. */
  anyPhrase: RegExp | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The last story's compiled families, by their wording: one object while the story's families stay the same. */
let lastEvents: { key: string; events: EventVocabulary } | null = null;

function compileEvents(extra: readonly EventFamily[]): EventVocabulary {
  const key = JSON.stringify(extra);
  if (lastEvents?.key !== key) lastEvents = { key, events: compileFamilies(extra) };
  return lastEvents.events;
}

function compileFamilies(extra: readonly EventFamily[]): EventVocabulary {
  const families = new Map<string, { lemmas: string[]; phrases: string[] }>();
  for (const family of [...lang.events.families, ...extra]) {
    const known = families.get(family.concept) ?? { lemmas: [], phrases: [] };
    known.lemmas.push(...family.lemmas.filter((l) => !known.lemmas.includes(l)));
    known.phrases.push(...family.phrases.filter((p) => !known.phrases.includes(p)));
    families.set(family.concept, known);
  }
  const lemmaFamily = new Map<string, string>();
  for (const [concept, family] of families)
    for (const lemma of family.lemmas) if (!lemmaFamily.has(lemma)) lemmaFamily.set(lemma, concept);
  const all = [...families].flatMap(([concept, f]) => f.phrases.map((p) => ({ concept, p })));
  return {
    lemmaFamily,
    phrases: all.map(({ concept, p }) => ({
      concept,
      pattern: new RegExp(`\\b${escape(p)}\\b`, "gi"),
    })),
    anyPhrase: all.length
      ? new RegExp(`\\b(?:${all.map(({ p }) => escape(p)).join("|")})\\b`, "i")
      : null,
  };
}

const labels = new Map<string, string>();

/** An actor label for comparison ("The protesters" → "protesters"); memoised, as mentions repeat. */
function label(text: string): string {
  let value = labels.get(text);
  if (value === undefined) {
    value = text
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, "")
      .replace(/[’]/g, "'")
      .trim();
    if (labels.size < 100_000) labels.set(text, value);
  }
  return value;
}

/** A test for "is this offset inside a (non-scare) quote?", by binary search over the quotes' spans. */
export function quotedAt(quotes: readonly Quote[]): (offset: number) => boolean {
  const spans = quotes.filter((q) => q.kind !== "scare").sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = spans[mid];
      if (!q) return false;
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function byArticle(quotes: readonly Quote[]): Map<string, Quote[]> {
  const map = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = map.get(q.article) ?? [];
    list.push(q);
    map.set(q.article, list);
  }
  return map;
}

/** An article's attribution verbs and event words outside quotes, in text order. */
interface ArticleWords {
  verbs: Term[];
  events: { concept: string; term: Term }[];
}

/**
 * Attribution verbs and event words depend on the article, its quotes and the story's event
 * families alone (not on the actors), so they are kept with the article while analyses keep
 * per-sentence work (see sentence-work.ts), for the same quotes and families only. Kept terms
 * are copied out, so no analysis shares objects with another.
 */
const keptWords = new WeakMap<
  PreparedArticle,
  { quotes: readonly Quote[]; events: EventVocabulary; words: ArticleWords }
>();

const copyWords = (words: ArticleWords): ArticleWords => ({
  verbs: words.verbs.map((t) => ({ ...t })),
  events: words.events.map(({ concept, term }) => ({ concept, term: { ...term } })),
});

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, k) => x === b[k]);

function articleWords(
  reading: ArticleActors,
  quotes: readonly Quote[],
  events: EventVocabulary,
): ArticleWords {
  const known = keptWords.get(reading.article);
  if (known && known.events === events && sameList(known.quotes, quotes))
    return copyWords(known.words);
  const words = scanArticleWords(reading, quotes, events);
  if (keepingSentenceWork())
    keptWords.set(reading.article, { quotes, events, words: copyWords(words) });
  return words;
}

function scanArticleWords(
  reading: ArticleActors,
  quotes: readonly Quote[],
  events: EventVocabulary,
): ArticleWords {
  const id = reading.article.input.id;
  const text = reading.article.analysis.text;
  const inQuote = quotedAt(quotes);
  const seenEvent = new Set<string>();
  const verbs: Term[] = [];
  const found: ArticleWords["events"] = [];
  for (const sentence of reading.sentences) {
    for (const token of sentence.tokens) {
      // The cheap word tests first: only a verb or an event word needs the (binary-search) quote test.
      const verb = isAttributionVerb(token);
      const concept = events.lemmaFamily.get(token.lemma) ?? events.lemmaFamily.get(token.normal);
      if ((!verb && !concept) || inQuote(token.start)) continue;
      if (verb)
        verbs.push({
          article: id,
          term: token.text,
          sentence: sentence.index,
          start: token.start,
          end: token.end,
        });
      if (concept && !seenEvent.has(`${concept}|${token.lemma}`)) {
        seenEvent.add(`${concept}|${token.lemma}`);
        found.push({
          concept,
          term: {
            article: id,
            term: token.text,
            sentence: sentence.index,
            start: token.start,
            end: token.end,
          },
        });
      }
    }
    const seg = reading.article.segmented.sentences[sentence.index];
    if (!seg || !events.anyPhrase?.test(seg.text)) continue;
    for (const { concept, pattern } of events.phrases) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(seg.text); match; match = pattern.exec(seg.text)) {
        const start = seg.start + match.index;
        if (seenEvent.has(`${concept}|${match[0].toLowerCase()}`) || inQuote(start)) continue;
        seenEvent.add(`${concept}|${match[0].toLowerCase()}`);
        found.push({
          concept,
          term: {
            article: id,
            term: text.slice(start, start + match[0].length),
            sentence: sentence.index,
            start,
            end: start + match[0].length,
          },
        });
      }
    }
  }
  return { verbs, events: found };
}

/** Word choice for actors, events and attribution verbs across the story's articles. */
export function findWordChoice(
  articles: readonly ArticleActors[],
  quotes: readonly Quote[],
  registry: ActorRegistry,
  storyEvents: readonly EventFamily[] = [],
): WordChoice[] {
  const events = compileEvents(storyEvents);
  const actorTerms = new Map<string, Term[]>();
  const eventTerms = new Map<string, Term[]>();
  const verbs: Term[] = [];
  const quotesOf = byArticle(quotes);
  for (const reading of articles) {
    const id = reading.article.input.id;
    const seenActor = new Set<string>();
    for (const sentence of reading.sentences) {
      for (const m of sentence.mentions) {
        if (!m.actor || m.form === "pronoun" || m.quote) continue;
        if (registry.actors.get(m.actor)?.kind === "media") continue;
        const key = `${m.actor}|${label(m.text)}`;
        if (seenActor.has(key)) continue;
        seenActor.add(key);
        const list = actorTerms.get(m.actor) ?? [];
        list.push({
          article: id,
          term: m.text,
          sentence: sentence.index,
          start: m.start,
          end: m.end,
        });
        actorTerms.set(m.actor, list);
      }
    }
    const own = articleWords(reading, quotesOf.get(id) ?? [], events);
    for (const verb of own.verbs) verbs.push(verb);
    for (const { concept, term } of own.events) {
      const list = eventTerms.get(concept) ?? [];
      list.push(term);
      eventTerms.set(concept, list);
    }
  }
  const out: WordChoice[] = [];
  const several = (terms: readonly Term[]) => new Set(terms.map((t) => t.article)).size >= 2;
  for (const [actor, terms] of [...actorTerms].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (several(terms)) out.push({ id: `actor:${actor}`, concept: actor, kind: "actor", terms });
  }
  for (const [concept, terms] of [...eventTerms].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (several(terms))
      out.push({ id: `event:${concept.replace(/\s+/g, "-")}`, concept, kind: "event", terms });
  }
  if (verbs.length > 0)
    out.push({
      id: "attribution-verbs",
      concept: "attribution verbs",
      kind: "attribution-verb",
      terms: verbs,
    });
  return out;
}
