import { readText } from "@/lib/analysis/text";
import { toWords, type Word } from "@/lib/analysis/syntax/training";
import type { TreebankSentence } from "./conllu";

/**
 * wink-nlp's reading of a treebank sentence, lined up with the treebank's
 * words by character offsets. wink reads the sentence's raw text and tokenizes
 * it its own way; the engine's own token-to-word step (`toWords`) then splits
 * it as the parser will at run time; each treebank word takes the tag and lemma
 * of the wink word that covers most of it. So the parser trains on the tags it
 * will see, with the treebank's trees.
 */

export interface Span {
  start: number;
  end: number;
}

export interface WinkReading {
  /** wink's tag and lemma for each treebank word. */
  tags: string[];
  lemmas: string[];
  /** The wink words (as the parser would get them at run time), their spans and wink sentences. */
  words: Word[];
  spans: Span[];
  sentences: number[];
  /** For each treebank word, the wink word with exactly its span, or -1. */
  exact: number[];
  /** Treebank words whose text could not be found in the sentence text. */
  unplaced: number;
}

/** Character spans of the treebank's words in the sentence text. */
export function treebankSpans(sentence: TreebankSentence): { spans: Span[]; unplaced: number } {
  const { text } = sentence;
  const spans: Span[] = sentence.words.map(() => ({ start: 0, end: 0 }));
  let cursor = 0;
  let unplaced = 0;
  for (const token of sentence.tokens) {
    const at = text.indexOf(token.form, cursor);
    if (at < 0) {
      unplaced += token.last - token.first + 1;
      for (let w = token.first; w <= token.last; w += 1) spans[w] = { start: cursor, end: cursor };
      continue;
    }
    const end = at + token.form.length;
    if (token.first === token.last) spans[token.first] = { start: at, end };
    else {
      // A multiword token: find each word inside it, or give each the whole token.
      const lower = token.form.toLowerCase();
      let inner = 0;
      for (let w = token.first; w <= token.last; w += 1) {
        const form = (sentence.words[w]?.form ?? "").toLowerCase();
        const found = form.length > 0 ? lower.indexOf(form, inner) : -1;
        if (found < 0) spans[w] = { start: at, end };
        else {
          spans[w] = { start: at + found, end: at + found + form.length };
          inner = found + form.length;
        }
      }
    }
    cursor = end;
  }
  return { spans, unplaced };
}

/** wink's words for a text, with absolute spans and the wink sentence each is in. */
export function winkWords(text: string): { words: Word[]; spans: Span[]; sentences: number[] } {
  const read = readText(text);
  const tokens = read.flatMap((sentence) => sentence.tokens);
  const sentenceOfToken = read.flatMap((sentence, s) => sentence.tokens.map(() => s));
  const words = toWords(tokens);
  const spans = words.map((word) => {
    const token = tokens[word.token];
    const start = (token?.start ?? 0) + word.from;
    return { start, end: start + (word.to - word.from) };
  });
  return { words, spans, sentences: words.map((word) => sentenceOfToken[word.token] ?? 0) };
}

export function readWithWink(sentence: TreebankSentence): WinkReading {
  const { spans: gold, unplaced } = treebankSpans(sentence);
  const { words, spans, sentences } = winkWords(sentence.text);
  const tags: string[] = [];
  const lemmas: string[] = [];
  const exact: number[] = [];
  let from = 0;
  for (const [w, span] of gold.entries()) {
    let best = -1;
    let bestOverlap = 0;
    for (let k = from; k < spans.length; k += 1) {
      const other = spans[k] as Span;
      if (other.start >= span.end && other.start > span.start) break;
      const overlap = Math.min(span.end, other.end) - Math.max(span.start, other.start);
      if (overlap > bestOverlap) {
        best = k;
        bestOverlap = overlap;
      }
    }
    const word = best >= 0 ? words[best] : undefined;
    const match = best >= 0 ? (spans[best] as Span) : undefined;
    const isExact = match !== undefined && match.start === span.start && match.end === span.end;
    const form = sentence.words[w]?.form ?? "";
    tags.push(word?.pos ?? "X");
    lemmas.push(isExact && word ? word.lemma : form.toLowerCase());
    exact.push(isExact ? best : -1);
    // Later words start at or after this one; keep scanning from the last overlap.
    if (best >= 0) from = Math.max(0, best - 1);
  }
  return { tags, lemmas, words, spans, sentences, exact, unplaced };
}
