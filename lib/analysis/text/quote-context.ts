import type { PreparedArticle } from "./article";
import type { Token } from "./nlp";
import { findQuotedSpans, type QuotedSpan } from "./quote-marks";

/** A token of the article with where it sits: sentence, paragraph and how deep inside quotes. */
export interface ContextToken extends Token {
  index: number;
  sentence: number;
  paragraph: number;
  /** How many quoted spans contain the token: 0 for the outlet's own words. */
  depth: number;
}

/** Token positions of one quoted span. */
export interface SpanTokens {
  /** The opening mark's token, or null if wink glued the mark to a word. */
  open: number | null;
  /** First content token and one past the last. */
  first: number;
  last: number;
  /** The closing mark's token, or null for an unclosed quote. */
  close: number | null;
}

/** Everything attribution needs about an article: tokens, quoted spans and their token positions. */
export interface QuoteContext {
  text: string;
  tokens: ContextToken[];
  spans: QuotedSpan[];
  spanTokens: SpanTokens[];
  /** Token index → span index, for opening-mark tokens. */
  openers: Map<number, number>;
  /** Token index → span index, for closing-mark tokens. */
  closers: Map<number, number>;
  sentenceCount: number;
  /**
   * Each sentence's own token list, as segmented (the key of its one cached parse), and where its
   * first token sits in `tokens`.
   */
  sentences: readonly { tokens: readonly Token[]; first: number }[];
  paragraphs: PreparedArticle["analysis"]["paragraphs"];
}

/** Index of the first token starting at or after `offset`. */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markToken(tokens: readonly Token[], offset: number): number | null {
  const i = tokenFrom(tokens, offset);
  const token = tokens[i];
  return token && token.start === offset && token.end === offset + 1 ? i : null;
}

/** Build the attribution context of an article. */
export function buildQuoteContext(article: PreparedArticle): QuoteContext {
  const { analysis, segmented } = article;
  const tokens: ContextToken[] = [];
  const sentences: { tokens: readonly Token[]; first: number }[] = [];
  for (const sentence of segmented.sentences) {
    sentences.push({ tokens: sentence.tokens, first: tokens.length });
    for (const token of sentence.tokens) {
      // Fields listed one by one (not spread): one object shape, and no slow generic copy per token.
      tokens.push({
        text: token.text,
        start: token.start,
        end: token.end,
        normal: token.normal,
        lemma: token.lemma,
        pos: token.pos,
        type: token.type,
        stop: token.stop,
        index: tokens.length,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        depth: 0,
      });
    }
  }
  const spans = findQuotedSpans(analysis.text, analysis.paragraphs);
  const openers = new Map<number, number>();
  const closers = new Map<number, number>();
  const spanTokens = spans.map((span, index): SpanTokens => {
    const first = tokenFrom(tokens, span.start);
    const last = tokenFrom(tokens, span.end);
    for (let i = first; i < last; i += 1) {
      const token = tokens[i];
      if (token) token.depth += 1;
    }
    const open = markToken(tokens, span.open);
    const close = span.close === null ? null : markToken(tokens, span.close);
    if (open !== null) openers.set(open, index);
    if (close !== null) closers.set(close, index);
    return { open, first, last, close };
  });
  return {
    text: analysis.text,
    tokens,
    spans,
    spanTokens,
    openers,
    closers,
    sentenceCount: segmented.sentences.length,
    sentences,
    paragraphs: analysis.paragraphs,
  };
}

const FINAL = /^[.!?…]+$/;
const CLOSING_MARK = /^[”"’'»“]$/;

/** True when a token ends a sentence: final punctuation followed by white space, a closing mark or the end. */
export function endsSentence(ctx: QuoteContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || !FINAL.test(token.text)) return false;
  const after = ctx.text[token.end] ?? "";
  return after === "" || /\s/.test(after) || CLOSING_MARK.test(after);
}

/** True when token i closes a quote whose words end a sentence ("…attacks.”"). */
export function closesSentence(ctx: QuoteContext, i: number): boolean {
  const span = ctx.closers.get(i);
  if (span === undefined) return false;
  const inner = ctx.spans[span];
  if (!inner) return false;
  return /[.!?]$/.test(ctx.text.slice(inner.start, inner.end));
}

/** Token range [lo, hi) a quote's attribution may come from: its own level, inside its parent. */
export interface Window {
  lo: number;
  hi: number;
  /** Quote depth of the span: tokens deeper than this are quoted words. */
  level: number;
}

function parentBounds(ctx: QuoteContext, spanIndex: number): { lo: number; hi: number } {
  const span = ctx.spans[spanIndex];
  const parent = span?.parent ?? null;
  const bounds = parent === null ? null : ctx.spanTokens[parent];
  return bounds ? { lo: bounds.first, hi: bounds.last } : { lo: 0, hi: ctx.tokens.length };
}

/** Tokens before a quote's opening mark, back to the start of its sentence (quoted words skipped over). */
export function windowBefore(ctx: QuoteContext, spanIndex: number): Window {
  const span = ctx.spans[spanIndex];
  const at = ctx.spanTokens[spanIndex];
  if (!span || !at) return { lo: 0, hi: 0, level: 0 };
  const bounds = parentBounds(ctx, spanIndex);
  const hi = at.open ?? at.first;
  let lo = hi;
  while (lo > bounds.lo) {
    const token = ctx.tokens[lo - 1];
    if (!token || token.paragraph !== span.paragraph || lo - 1 < hi - 60) break;
    if (token.depth <= span.depth && (endsSentence(ctx, lo - 1) || closesSentence(ctx, lo - 1)))
      break;
    lo -= 1;
  }
  return { lo, hi, level: span.depth };
}

/** Tokens after a quote's closing mark, up to the end of its sentence or the next quote at its level. */
export function windowAfter(ctx: QuoteContext, spanIndex: number): Window {
  const span = ctx.spans[spanIndex];
  const at = ctx.spanTokens[spanIndex];
  if (!span || !at || at.close === null) return { lo: 0, hi: 0, level: span?.depth ?? 0 };
  const lo = at.close + 1;
  // Words ending in a full stop end the sentence: what follows is a new sentence, not an attribution.
  if (/\.$/.test(ctx.text.slice(span.start, span.end))) return { lo, hi: lo, level: span.depth };
  const bounds = parentBounds(ctx, spanIndex);
  let hi = lo;
  while (hi < bounds.hi && hi < lo + 45) {
    const token = ctx.tokens[hi];
    if (!token || token.paragraph !== span.paragraph) break;
    if (token.depth <= span.depth && ctx.openers.has(hi)) break;
    hi += 1;
    if (token.depth <= span.depth && endsSentence(ctx, hi - 1)) break;
  }
  return { lo, hi, level: span.depth };
}

/** True when token i is one of the window's own words (not inside a quote deeper than the window). */
export function usable(ctx: QuoteContext, window: Window, i: number): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && i >= window.lo && i < window.hi && token.depth === window.level;
}

/** The sentence-like window around token i at its own quote depth (for speech verbs outside quotes). */
export function windowAround(ctx: QuoteContext, i: number): Window {
  const token = ctx.tokens[i];
  if (!token) return { lo: i, hi: i, level: 0 };
  const level = token.depth;
  const same = (k: number) => {
    const other = ctx.tokens[k];
    return (
      other !== undefined &&
      other.paragraph === token.paragraph &&
      (other.depth >= level || level === 0)
    );
  };
  let lo = i;
  while (lo > 0 && lo > i - 60 && same(lo - 1)) {
    const prev = ctx.tokens[lo - 1];
    if (prev && prev.depth <= level && (endsSentence(ctx, lo - 1) || closesSentence(ctx, lo - 1)))
      break;
    if (level > 0 && prev && prev.depth < level) break;
    lo -= 1;
  }
  let hi = i + 1;
  while (hi < ctx.tokens.length && hi < i + 60 && same(hi)) {
    const next = ctx.tokens[hi];
    if (level > 0 && next && next.depth < level) break;
    hi += 1;
    if (next && next.depth <= level && endsSentence(ctx, hi - 1)) break;
  }
  return { lo, hi, level };
}
