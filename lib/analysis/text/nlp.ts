import type { ItsFunction } from "wink-nlp";
import { protectSpans } from "./protected-spans";
import { splitBracketMarks } from "./bracket-marks";
import { its, readWith } from "./wink-reader";

/**
 * Sentences and tokens, read with wink-nlp (wink-reader.ts; not Intl.Segmenter, because wink
 * keeps "U.S.", "Mr." and "Sept. 28" inside a sentence). A text always gives the same tokens,
 * whatever was read before it.
 */

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

/** A sentence span and its tokens, offsets relative to the text given to `readText` (plus its `base`). */
export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Normalised forms, memoised: a story repeats a few thousand word forms
 * hundreds of thousands of times, so this saves both the work and one string
 * per token. Cleared when it grows past a bound so a long-running server
 * cannot grow it without limit.
 */
const normals = new Map<string, string>();
const MAX_NORMALS = 200_000;

/** True when lower-casing and straightening change nothing: plain ASCII with no capitals or backticks (most tokens). */
function alreadyNormal(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code === 96 || code > 127) return false;
  }
  return true;
}

function normalise(value: string): string {
  if (alreadyNormal(value)) return value;
  const known = normals.get(value);
  if (known !== undefined) return known;
  if (normals.size >= MAX_NORMALS) normals.clear();
  const normal = value.toLowerCase().replace(/[’‘`´]/g, "'");
  normals.set(value, normal);
  return normal;
}

// wink's typings declare some its-functions with signatures `out` does not accept; they work as its-functions.
const LEMMA = its.lemma as unknown as ItsFunction<string>;
const STOP = its.stopWordFlag as unknown as ItsFunction<boolean>;

/**
 * Read text with wink-nlp: sentences and tokens with exact offsets.
 * Offsets are rebuilt from each token's preceding spaces, which wink keeps;
 * `base` is added to every offset (for text sliced out of a longer one).
 * Each property is read for all tokens at once (one pass each), and each
 * token is a plain object of one shape.
 */
export function readText(text: string, base = 0): SentenceSpan[] {
  if (text.trim().length === 0) return [];
  const known = reads.get(text);
  if (known) return reread(known, base);
  if (reads.size >= MAX_READS) reads.clear();
  const sentences = readFresh(text, base);
  reads.set(text, {
    base,
    tokens: sentences.flatMap((sentence) => sentence.tokens),
    lengths: sentences.map((sentence) => sentence.tokens.length),
  });
  return sentences;
}

/**
 * Texts already read, with the tokens of their first reading: wire copy prints
 * the same paragraphs in article after article, and a text gives the same tokens
 * every time (wink-reader.ts), so a repeat only needs its offsets moved. Bounded like
 * `normals`; tokens are never mutated, so sharing the first reading is safe.
 */
interface Read {
  base: number;
  tokens: Token[];
  /** Tokens per sentence, in order. */
  lengths: number[];
}
const reads = new Map<string, Read>();
const MAX_READS = 20_000;

function reread(read: Read, base: number): SentenceSpan[] {
  const shift = base - read.base;
  const sentences: SentenceSpan[] = [];
  let at = 0;
  for (const length of read.lengths) {
    const tokens = new Array<Token>(length);
    for (let i = 0; i < length; i += 1) {
      const token = read.tokens[at + i] as Token;
      tokens[i] = {
        text: token.text,
        start: token.start + shift,
        end: token.end + shift,
        normal: token.normal,
        lemma: token.lemma,
        pos: token.pos,
        type: token.type,
        stop: token.stop,
      };
    }
    at += length;
    const head = tokens[0] as Token;
    const tail = tokens[length - 1] as Token;
    sentences.push({ start: head.start, end: tail.end, tokens });
  }
  return sentences;
}

function readFresh(text: string, base: number): SentenceSpan[] {
  const shielded = protectSpans(text);
  return readWith(shielded.text, (doc) => {
    const all = doc.tokens();
    const values = all.out();
    const spaces = all.out(its.precedingSpaces) as string[];
    const lemmas = all.out(LEMMA) as string[];
    const pos = all.out(its.pos) as string[];
    const types = all.out(its.type) as string[];
    const stops = all.out(STOP) as unknown as boolean[];
    const tokens: Token[] = new Array<Token>(values.length);
    let cursor = 0;
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] ?? "";
      cursor += (spaces[i] ?? "").length;
      // Defensive: if wink ever normalised a character, find the token in the text instead.
      if (!shielded.text.startsWith(value, cursor)) {
        const found = shielded.text.indexOf(value, cursor);
        if (found >= 0) cursor = found;
      }
      const normal = normalise(value);
      const lemma = lemmas[i] ?? value;
      tokens[i] = {
        text: value,
        start: base + cursor,
        end: base + cursor + value.length,
        normal,
        lemma: lemma === value ? normal : normalise(lemma),
        pos: pos[i] ?? "X",
        type: types[i] ?? "word",
        stop: stops[i] === true,
      };
      cursor += value.length;
    }
    restoreLongRuns(tokens, text, base, shielded.longRuns);
    const sentences: SentenceSpan[] = [];
    for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) {
      const slice = splitBracketMarks(
        restoreHyphens(
          tokens.slice(span[0], span[1] + 1),
          text,
          base,
          shielded.joins,
          shielded.hyphens,
        ),
      );
      const head = slice[0];
      const tail = slice[slice.length - 1];
      if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
    }
    return sentences;
  });
}

/** Long runs read as a placeholder become one token again, with their own text. */
function restoreLongRuns(
  tokens: Token[],
  text: string,
  base: number,
  runs: ReadonlyMap<number, number>,
): void {
  if (runs.size === 0) return;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const length = runs.get(token.start - base);
    if (length === undefined) continue;
    const value = text.slice(token.start - base, token.start - base + length);
    const url = /^(?:https?:|www\.)/i.test(value);
    tokens[i] = {
      text: value,
      start: token.start,
      end: token.start + length,
      normal: value.toLowerCase(),
      lemma: value.toLowerCase(),
      pos: "X",
      type: url ? "url" : "word",
      stop: false,
    };
  }
}

/**
 * Hyphens wink was given as spaces (see protected-spans.ts) come back: "anti" and "U.S." read apart
 * become "anti-U.S." again, one adjective; a party tag's letter and state ("D", "N.Y.") get their
 * hyphen back as a token between them.
 */
function restoreHyphens(
  tokens: Token[],
  text: string,
  base: number,
  joins: ReadonlySet<number>,
  hyphens: ReadonlySet<number>,
): Token[] {
  if (joins.size === 0 && hyphens.size === 0) return tokens;
  const out: Token[] = [];
  for (const token of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === token.start - 1 && hyphens.has(prev.end - base)) {
      out.push({
        text: "-",
        start: prev.end,
        end: token.start,
        normal: "-",
        lemma: "-",
        pos: "PUNCT",
        type: "punctuation",
        stop: false,
      });
      out.push(token);
    } else if (prev && prev.end === token.start - 1 && joins.has(prev.end - base)) {
      const value = text.slice(prev.start - base, token.end - base);
      const normal = normalise(value);
      out[out.length - 1] = {
        ...prev,
        text: value,
        end: token.end,
        normal,
        lemma: normal,
        pos: "ADJ",
      };
    } else out.push(token);
  }
  return out;
}

/** Tokens of a text, without sentence structure. */
export function tokenize(text: string): Token[] {
  return readText(text).flatMap((sentence) => sentence.tokens);
}

/** True for tokens that carry words (not punctuation, symbols or spaces). */
export function isWordToken(token: Token): boolean {
  return (
    token.type === "word" ||
    token.type === "number" ||
    token.type === "hashtag" ||
    token.type === "mention"
  );
}
