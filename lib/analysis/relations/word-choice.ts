import { type ActorRegistry, type ArticleActors } from "../actors";

import { lookupMarked } from "../lang/en/lexicon";
import type { MarkedWord, Quote, WordChoice } from "../schema";
import { isAttributionVerb } from "./sources";

/**
 * Word choice across outlets: the label each article uses for an actor or an
 * event several articles name ("protesters" / "demonstrators" / "a group of
 * attackers"), the attribution verbs each uses (said, claimed, insisted …),
 * and marked words from published lexicons (lexicon.ts) in the outlet's own
 * words (quoted speech is the speaker's choice, not the outlet's).
 */

type Term = WordChoice["terms"][number];

/** Event families named by lemma or phrase; a term is the article's wording. */
const EVENT_FAMILIES: readonly {
  concept: string;
  lemmas: readonly string[];
  phrases: readonly string[];
}[] = [
  {
    concept: "withdrawal or closure",
    lemmas: [
      "close",
      "closure",
      "closing",
      "shut",
      "shutter",
      "evacuate",
      "evacuation",
      "relocate",
      "relocation",
      "withdraw",
      "withdrawal",
      "drawdown",
    ],
    phrases: ["ordered departure", "pull out", "pulls diplomats"],
  },
  {
    concept: "unrest",
    lemmas: [
      "protest",
      "unrest",
      "riot",
      "clash",
      "demonstration",
      "uprising",
      "turmoil",
      "violence",
    ],
    phrases: ["civil unrest"],
  },
  {
    concept: "arson or storming",
    lemmas: ["torch", "torching", "burn", "burning", "ransack", "storm", "arson"],
    phrases: ["set fire", "set alight", "set on fire"],
  },
  {
    concept: "armed attack",
    lemmas: [
      "attack",
      "rocket",
      "mortar",
      "shelling",
      "bombing",
      "strike",
      "aggression",
      "assault",
    ],
    phrases: ["indirect fire", "incidents of fire", "rocket fire"],
  },
  {
    concept: "sanctions",
    lemmas: ["sanction", "sanctions", "embargo", "penalty"],
    phrases: [],
  },
];

const LEMMA_FAMILY = new Map<string, string>();
for (const family of EVENT_FAMILIES)
  for (const lemma of family.lemmas) LEMMA_FAMILY.set(lemma, family.concept);
const PHRASES = EVENT_FAMILIES.flatMap((f) =>
  f.phrases.map((p) => ({ concept: f.concept, pattern: new RegExp(`\\b${p}\\b`, "gi") })),
);
/** Any of the phrases: one test per sentence, so most sentences skip the per-phrase scans. */
const ANY_PHRASE = new RegExp(
  `\\b(?:${EVENT_FAMILIES.flatMap((f) => f.phrases).join("|")})\\b`,
  "i",
);

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

/** Word choice for actors, events and attribution verbs across the story's articles. */
export function findWordChoice(
  articles: readonly ArticleActors[],
  quotes: readonly Quote[],
  registry: ActorRegistry,
): WordChoice[] {
  const actorTerms = new Map<string, Term[]>();
  const eventTerms = new Map<string, Term[]>();
  const verbs: Term[] = [];
  const quotesOf = byArticle(quotes);
  for (const reading of articles) {
    const id = reading.article.input.id;
    const text = reading.article.analysis.text;
    const inQuote = quotedAt(quotesOf.get(id) ?? []);
    const seenActor = new Set<string>();
    const seenEvent = new Set<string>();
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
      for (const token of sentence.tokens) {
        // The cheap word tests first: only a verb or an event word needs the (binary-search) quote test.
        const verb = isAttributionVerb(token);
        const concept = LEMMA_FAMILY.get(token.lemma) ?? LEMMA_FAMILY.get(token.normal);
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
          const list = eventTerms.get(concept) ?? [];
          list.push({
            article: id,
            term: token.text,
            sentence: sentence.index,
            start: token.start,
            end: token.end,
          });
          eventTerms.set(concept, list);
        }
      }
      const seg = reading.article.segmented.sentences[sentence.index];
      if (!seg || !ANY_PHRASE.test(seg.text)) continue;
      for (const { concept, pattern } of PHRASES) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(seg.text); match; match = pattern.exec(seg.text)) {
          const start = seg.start + match.index;
          if (seenEvent.has(`${concept}|${match[0].toLowerCase()}`) || inQuote(start)) continue;
          seenEvent.add(`${concept}|${match[0].toLowerCase()}`);
          const list = eventTerms.get(concept) ?? [];
          list.push({
            article: id,
            term: text.slice(start, start + match[0].length),
            sentence: sentence.index,
            start,
            end: start + match[0].length,
          });
          eventTerms.set(concept, list);
        }
      }
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

/** Marked words (hedges, factives, assertives, implicatives, strong negative words) in the outlet's own words. */
export function findMarkedWords(
  articles: readonly ArticleActors[],
  quotes: readonly Quote[],
): MarkedWord[] {
  const out: MarkedWord[] = [];
  const quotesOf = byArticle(quotes);
  for (const reading of articles) {
    const id = reading.article.input.id;
    const inQuote = quotedAt(quotesOf.get(id) ?? []);
    for (const sentence of reading.sentences) {
      for (const token of sentence.tokens) {
        if (token.pos === "PROPN" || token.type !== "word") continue;
        const entry = lookupMarked(token.normal, token.lemma);
        if (!entry || inQuote(token.start)) continue;
        out.push({
          article: id,
          sentence: sentence.index,
          start: token.start,
          end: token.end,
          word: token.text,
          category: entry.category,
          lexicon: entry.lexicon,
        });
      }
    }
  }
  return out;
}
