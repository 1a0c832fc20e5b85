import { readText, type Token } from "./nlp";
import type { Paragraph, Sentence } from "../schema";

/** A sentence with its tokens; token offsets index the cleaned text. */
export interface SegmentedSentence extends Sentence {
  tokens: Token[];
}

export interface Segmented {
  text: string;
  paragraphs: Paragraph[];
  sentences: SegmentedSentence[];
}

/** Sentences longer than this many tokens (text without punctuation) are cut into pieces. */
export const MAX_SENTENCE_TOKENS = 120;

const TERMINAL = /[.!?…:;"”’')\]]\s*$/;

/**
 * Paragraph spans of a text. Each non-blank line is a paragraph, as pages are
 * captured one block per line, except that hard-wrapped prose (a line with no
 * closing punctuation followed by a line starting in lower case) is joined.
 */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + lead;
    lines.push({ start, end: start + trimmed.length });
  }
  const paragraphs: { start: number; end: number }[] = [];
  for (const line of lines) {
    const previous = paragraphs[paragraphs.length - 1];
    if (previous) {
      const gap = text.slice(previous.end, line.start);
      const prevText = text.slice(previous.start, previous.end);
      const firstChar = text[line.start] ?? "";
      const wrapped =
        !gap.includes("\n\n") && !TERMINAL.test(prevText) && /\p{Ll}/u.test(firstChar);
      if (wrapped) {
        previous.end = line.end;
        continue;
      }
    }
    paragraphs.push({ ...line });
  }
  return paragraphs;
}

function isOnlyClosers(tokens: Token[]): boolean {
  return tokens.every((token) => /^[”"’')\]»]+$/.test(token.text));
}

/** Cut a run of tokens with no sentence boundary into pieces of at most `max` tokens. */
function cut(tokens: Token[], max: number): Token[][] {
  if (tokens.length <= max) return [tokens];
  const pieces: Token[][] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(tokens.length, from + max);
    if (to < tokens.length) {
      // Prefer to cut after a comma or dash in the second half of the window.
      for (let i = to - 1; i > from + max / 2; i -= 1) {
        if (/^[,;:—–-]$/.test(tokens[i]?.text ?? "")) {
          to = i + 1;
          break;
        }
      }
    }
    pieces.push(tokens.slice(from, to));
    from = to;
  }
  return pieces;
}

/** Split cleaned text into paragraphs and sentences with exact offsets. */
export function segment(text: string): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: SegmentedSentence[] = [];
  for (const span of splitParagraphs(text)) {
    const paragraphIndex = paragraphs.length;
    paragraphs.push({ index: paragraphIndex, start: span.start, end: span.end });
    // Offsets come back already shifted to the whole text: no per-token copy.
    const local = readText(text.slice(span.start, span.end), span.start);
    const groups: Token[][] = [];
    for (const sentence of local) {
      const tokens = sentence.tokens;
      const last = groups[groups.length - 1];
      // wink sometimes leaves a closing quote mark as a sentence of its own.
      if (last && isOnlyClosers(tokens)) last.push(...tokens);
      else groups.push(...cut(tokens, MAX_SENTENCE_TOKENS));
    }
    for (const tokens of groups) {
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) continue;
      sentences.push({
        index: sentences.length,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        paragraph: paragraphIndex,
        tokens,
      });
    }
  }
  return { text, paragraphs, sentences };
}
