import winkNLP, { type Document, type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The one place that loads the NLP model. wink-nlp is used (not Intl.Segmenter)
 * because it keeps "U.S.", "Mr." and "Sept. 28" inside a sentence.
 */
const nlp = winkNLP(model);
const its = nlp.its;

/** A token with offsets into the text it was read from. */
export interface Token {
  /** The token exactly as written. */
  text: string;
  start: number;
  end: number;
  /** Lower-cased, with curly apostrophes straightened. */
  normal: string;
  /** Dictionary form ("blamed" → "blame"), lower-cased. */
  lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, PUNCT …). */
  pos: string;
  /** wink's token type: word, number, punctuation, email, url, hashtag, mention, emoji … */
  type: string;
  stop: boolean;
}

/** A sentence span and its tokens, offsets relative to the text given to `readText`. */
export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
}

function normalise(value: string): string {
  return value.toLowerCase().replace(/[’‘`´]/g, "'");
}

/**
 * Read text with wink-nlp: sentences and tokens with exact offsets.
 * Offsets are rebuilt from each token's preceding spaces, which wink keeps.
 */
export function readText(text: string): SentenceSpan[] {
  if (text.trim().length === 0) return [];
  const doc: Document = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  // wink's typings declare `lemma` with an add-on signature `out` does not accept; it works as an its-function.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const pos = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? "";
    cursor += (spaces[i] ?? "").length;
    // Defensive: if wink ever normalised a character, find the token in the text instead.
    if (text.slice(cursor, cursor + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    tokens.push({
      text: value,
      start: cursor,
      end: cursor + value.length,
      normal: normalise(value),
      lemma: normalise(lemmas[i] ?? value),
      pos: pos[i] ?? "X",
      type: types[i] ?? "word",
      stop: stops[i] === true,
    });
    cursor += value.length;
  }
  const sentences: SentenceSpan[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const slice = tokens.slice(first, last + 1);
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
  });
  return sentences;
}

/** Tokens of a text, without sentence structure. */
export function tokenize(text: string): Token[] {
  return readText(text).flatMap((sentence) => sentence.tokens);
}

/** True for tokens that carry words (not punctuation, symbols or spaces). */
export function isWordToken(token: Token): boolean {
  return token.type === "word" || token.type === "number" || token.type === "hashtag" || token.type === "mention";
}
