import {
  ArticleResolver,
  resolveSpeaker,
  toMentions,
  type ActorRegistry,
  type ArticleActors,
  type RawSpan,
  type TitleMemory,
} from "../actors";
import { type PreparedArticle } from "../text";
import type { Quote } from "../schema";

import type { ArticleReading } from "./blame";
import type { QuoteOf } from "./clause-parts";
import { peopleNamedIn } from "./named-in-article";
import type { StoryContext } from "./quote-targets";
import { findFrames, type DocumentMemory } from "./sources";
import { SentenceDistance } from "./voice";

/**
 * One article read for attribution: its mentions resolved (outside quotes, then speakers, then
 * inside quotes), its quotes per sentence and per token, the frames that cite sources, and the
 * people it names itself. The blame and voice finders read only this.
 */

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

export function readArticle(
  article: PreparedArticle,
  spans: readonly (readonly RawSpan[])[],
  quotes: readonly Quote[],
  registry: ActorRegistry,
  titles: TitleMemory,
  story: StoryContext,
): ArticleReading {
  // Each sentence looks its mentions' quotes up among the quotes overlapping it, not among all the article's.
  const quotesIn = quotesBySentence(article, quotes);
  const sentences = article.segmented.sentences.map((_, s) =>
    toMentions(article, s, spans[s] ?? [], quotesIn[s] ?? []),
  );
  const resolver = new ArticleResolver(registry, titles);
  for (const sentence of sentences) resolver.resolveOutside(sentence);
  const speakers: ArticleActors["speakers"] = new Map();
  for (const quote of quotes) {
    speakers.set(quote.id, {
      text: quote.speaker,
      actor: resolveSpeaker(article, quote, sentences, registry),
    });
  }
  resolver.resolveInside(sentences, speakers);
  const quoteOf = quoteLookups(article, quotes);
  const memory: DocumentMemory = { author: null };
  const frames = sentences.map((sentence) =>
    findFrames(sentence, article.analysis.text, quoteOf[sentence.index] ?? (() => null), memory),
  );
  return {
    actors: { article, sentences, speakers },
    quotes,
    frames,
    quoteOf,
    quotesIn,
    distance: new SentenceDistance(article.segmented.sentences),
    story,
    named: peopleNamedIn(sentences, registry),
  };
}

const NO_QUOTES: readonly Quote[] = Object.freeze([]);

/** The quotes overlapping each sentence of an article, in one pass over both (both run in text order); each list in the article's quote order. */
function quotesBySentence(
  article: PreparedArticle,
  quotes: readonly Quote[],
): (readonly Quote[])[] {
  const order = new Map(quotes.map((q, k) => [q, k]));
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let first = 0;
  return article.segmented.sentences.map((sentence) => {
    while (first < sorted.length && (sorted[first]?.end ?? 0) <= sentence.start) first += 1;
    // Most sentences hold no quote: they share one empty list.
    if (first >= sorted.length || (sorted[first]?.start ?? Infinity) >= sentence.end)
      return NO_QUOTES;
    const list: Quote[] = [];
    for (let k = first; k < sorted.length; k += 1) {
      const q = sorted[k];
      if (!q || q.start >= sentence.end) break;
      if (q.end > sentence.start) list.push(q);
    }
    // In the article's own order, so "the first quote that …" means what it meant over all quotes.
    if (list.length > 1) list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return list;
  });
}
