import type { PreparedArticle, Token } from "../text";
import { clauseRanges } from "./clauses";
import { sentenceMemo } from "../sentence-work";
import { isWordLike, type SentenceTerms } from "./terms";

const hasWords = sentenceMemo((tokens) => tokens.some(isWordLike));
const rangesOf = sentenceMemo(clauseRanges);

/**
 * The story's alignment units: its sentences with words, in article and
 * sentence order (sentences of punctuation alone, a "." left over from a
 * tweet, report nothing and are left out). A fact holds whole sentences, so
 * a sentence is in one fact at most by construction.
 */
export interface Units {
  articleOf: Int32Array;
  sentenceOf: Int32Array;
  tokens: Token[][];
  text: string[];
  /** True when the sentence is in its article's lede (see `placement.ts`). */
  lede: Uint8Array;
}

const LETTER = /\p{L}/u;
const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);

/**
 * True when most of a sentence's letters are inside quotation marks. A
 * sentence that closes a quote before opening one continues a quote from the
 * sentence before; straight quotes alternate.
 */
export function mostlyQuoted(text: string): boolean {
  const first = [...text].find((char) => OPENING.has(char) || CLOSING.has(char));
  let inside = first !== undefined && CLOSING.has(first);
  let quoted = 0;
  let letters = 0;
  for (const char of text) {
    if (OPENING.has(char)) inside = true;
    else if (CLOSING.has(char)) inside = false;
    else if (char === '"') inside = !inside;
    else if (LETTER.test(char)) {
      letters += 1;
      if (inside) quoted += 1;
    }
  }
  return letters > 0 && quoted * 2 > letters;
}

export function unitsOf(
  articles: readonly PreparedArticle[],
  isLede: (sentence: { index: number; paragraph: number }) => boolean,
): Units {
  const articleOf: number[] = [];
  const sentenceOf: number[] = [];
  const tokens: Token[][] = [];
  const text: string[] = [];
  const lede: number[] = [];
  articles.forEach((article, a) => {
    for (const sentence of article.segmented.sentences) {
      if (!hasWords(sentence.tokens)) continue;
      const own = article.analysis.sentences[sentence.index];
      articleOf.push(a);
      sentenceOf.push(sentence.index);
      tokens.push(sentence.tokens);
      text.push(own?.text ?? "");
      lede.push(own && isLede(own) ? 1 : 0);
    }
  });
  return {
    articleOf: Int32Array.from(articleOf),
    sentenceOf: Int32Array.from(sentenceOf),
    tokens,
    text,
    lede: Uint8Array.from(lede),
  };
}

/**
 * The clauses of sentences that have two or more (see `clauses.ts`), as
 * extra meaning units after the sentences: `clauses[s]` lists the unit
 * indices of sentence s's clauses (undefined for a one-clause sentence), each
 * clause with the terms whose words fall in it.
 */
export function clauseUnits(
  units: Units,
  terms: readonly SentenceTerms[],
): {
  clauses: (number[] | undefined)[];
  clauseTerms: SentenceTerms[];
  clauseArticles: number[];
} {
  const clauses: (number[] | undefined)[] = [];
  const clauseTerms: SentenceTerms[] = [];
  const clauseArticles: number[] = [];
  units.tokens.forEach((tokens, s) => {
    const ranges = rangesOf(tokens);
    const own = terms[s];
    if (ranges.length < 2 || !own) {
      clauses.push(undefined);
      return;
    }
    const ids: number[] = [];
    for (const [from, to] of ranges) {
      const keep: number[] = [];
      for (let k = 0; k < own.values.length; k += 1) {
        const first = own.spans[2 * k] ?? 0;
        if (first >= from && first < to) keep.push(k);
      }
      ids.push(units.text.length + clauseTerms.length);
      clauseArticles.push(units.articleOf[s] ?? 0);
      clauseTerms.push({
        values: keep.map((k) => own.values[k] ?? ""),
        weights: keep.map((k) => own.weights[k] ?? 1),
        continues: keep.map((k) => own.continues[k] ?? false),
        pos: keep.map((k) => own.pos[k] ?? "X"),
        spans: Int32Array.from(
          keep.flatMap((k) => [own.spans[2 * k] ?? 0, own.spans[2 * k + 1] ?? 0]),
        ),
      });
    }
    clauses.push(ids);
  });
  return { clauses, clauseTerms, clauseArticles };
}
