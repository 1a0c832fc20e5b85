import { type ArticleActors } from "../actors";
import { keepingSentenceWork } from "../sentence-work";
import type { PreparedArticle } from "../text";
import type { MarkedWord, Quote } from "../schema";
import { lookupMarked } from "./marked-words";
import { quotedAt } from "./word-choice";

/**
 * An article's marked words depend on its tokens and its quotes alone, so they are kept with the
 * article while analyses keep per-sentence work (see sentence-work.ts), for the same quotes only;
 * kept entries are copied out, so no two analyses share objects.
 */
const kept = new WeakMap<PreparedArticle, { quotes: readonly Quote[]; words: MarkedWord[] }>();

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, k) => x === b[k]);

function markedIn(reading: ArticleActors, quotes: readonly Quote[]): MarkedWord[] {
  const known = kept.get(reading.article);
  if (known && sameList(known.quotes, quotes)) return known.words.map((w) => ({ ...w }));
  const id = reading.article.input.id;
  const inQuote = quotedAt(quotes);
  const out: MarkedWord[] = [];
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
  if (keepingSentenceWork())
    kept.set(reading.article, { quotes, words: out.map((w) => ({ ...w })) });
  return out;
}

/** Marked words (hedges, factives, assertives, implicatives, strong negative words) in the outlet's own words. */
export function findMarkedWords(
  articles: readonly ArticleActors[],
  quotes: readonly Quote[],
): MarkedWord[] {
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = quotesOf.get(q.article) ?? [];
    list.push(q);
    quotesOf.set(q.article, list);
  }
  const out: MarkedWord[] = [];
  for (const reading of articles)
    for (const word of markedIn(reading, quotesOf.get(reading.article.input.id) ?? []))
      out.push(word);
  return out;
}
