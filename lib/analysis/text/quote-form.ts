import { isWordToken } from "./nlp";
import { type QuoteContext, usable, windowAfter, windowBefore } from "./quote-context";
import { isSpeechVerb } from "./speech-verbs";
import { lang } from "../lang";

/** How a quote sits in its sentence: the facts that decide its kind. */
export interface QuoteForm {
  /** Nothing but punctuation before the opening mark in its sentence. */
  initial: boolean;
  /** Opened by punctuation after a speech verb or a colon ("said, “", "retort: “"). */
  introducedByMark: boolean;
  /** Opened right after a speech verb or "said that". */
  introducedByVerb: boolean;
  /** No words of the outlet's own after the closing mark in its sentence. */
  quoteOnly: boolean;
  /** The quoted words form a clause (they have a finite verb). */
  clauseLike: boolean;
  /** The quote sits in a headline-like line (short, no closing punctuation). */
  titleLike: boolean;
  /** A capitalised name of a work or show quoted mid-sentence ("Meet the Press"). */
  titleCase: boolean;
  words: number;
}

function wordsIn(ctx: QuoteContext, lo: number, hi: number, level: number): number {
  let count = 0;
  for (let i = lo; i < hi; i += 1) {
    const token = ctx.tokens[i];
    if (token && token.depth === level && isWordToken(token)) count += 1;
  }
  return count;
}

function clauseLike(ctx: QuoteContext, first: number, last: number, level: number): boolean {
  const inner = ctx.tokens.slice(first, last).filter((token) => token.depth === level);
  if (inner.filter(isWordToken).length < 3) return false;
  return inner.some((token, k) => {
    if (token.pos === "AUX" && token.normal !== "to") return true;
    const prev = inner[k - 1];
    if (token.pos !== "VERB" || !prev || /ing$/.test(token.normal)) return false;
    return (
      prev.pos === "NOUN" ||
      prev.pos === "PROPN" ||
      (prev.pos === "PRON" && lang.functionWords.pronounSubjects.has(prev.normal))
    );
  });
}

/** Per article, whether each paragraph asked about is headline-like: quotes in one paragraph share the answer. */
const titleLikeCache = new WeakMap<QuoteContext, Map<number, boolean>>();

function titleLikeLine(ctx: QuoteContext, paragraph: number): boolean {
  let known = titleLikeCache.get(ctx);
  if (!known) {
    known = new Map();
    titleLikeCache.set(ctx, known);
  }
  const cached = known.get(paragraph);
  if (cached !== undefined) return cached;
  const answer = readsAsTitle(ctx, paragraph);
  known.set(paragraph, answer);
  return answer;
}

function readsAsTitle(ctx: QuoteContext, paragraph: number): boolean {
  const bounds = ctx.paragraphs[paragraph];
  if (!bounds) return false;
  // Trailing closers trimmed by a loop from the end: an end-anchored regex retries from every offset.
  let end = bounds.end;
  while (end > bounds.start && /[\s”"’'»)]/u.test(ctx.text[end - 1] ?? "")) end -= 1;
  const line = ctx.text.slice(bounds.start, end);
  // A headline is one short sentence with no closing punctuation (cheapest test first).
  const last = line[line.length - 1] ?? "";
  if (last !== "" && ".!?…:;,".includes(last)) return false;
  if (/[.!?…][”"’']*\s/u.test(line)) return false;
  return (line.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 25;
}

function titleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length === 0 || words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? "")) return false;
  return words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

/** Work out how quote `index` sits in its sentence. */
export function quoteForm(ctx: QuoteContext, index: number): QuoteForm {
  const span = ctx.spans[index];
  const at = ctx.spanTokens[index];
  if (!span || !at) {
    return {
      initial: false,
      introducedByMark: false,
      introducedByVerb: false,
      quoteOnly: false,
      clauseLike: false,
      titleLike: false,
      titleCase: false,
      words: 0,
    };
  }
  const before = windowBefore(ctx, index);
  const initial = wordsIn(ctx, before.lo, before.hi, span.depth) === 0;
  const prevIndex = before.hi - 1;
  const prev = usable(ctx, before, prevIndex) ? ctx.tokens[prevIndex] : undefined;
  // "said, “", "saying, “", "said Friday, “": a comma right after a speech verb (and a time word or two).
  const verbBefore = ctx.tokens
    .slice(Math.max(before.lo, prevIndex - 3), prevIndex)
    .some((token) => isSpeechVerb(token));
  const introducedByMark =
    prev !== undefined && (prev.text === ":" || (prev.text === "," && verbBefore));
  let introducedByVerb = prev !== undefined && isSpeechVerb(prev);
  if (prev?.normal === "that") {
    for (let k = prevIndex - 1; k >= Math.max(before.lo, prevIndex - 4); k -= 1) {
      const token = ctx.tokens[k];
      if (token && isSpeechVerb(token)) introducedByVerb = true;
    }
  }
  // "saying “…” and “…”": a quote joined to an introduced one is introduced too.
  if (prev && /^(and|or)$/.test(prev.normal) && !introducedByVerb) {
    const joined = ctx.closers.get(prevIndex - 1);
    if (joined !== undefined && joined < index) {
      const other = quoteForm(ctx, joined);
      introducedByVerb = other.introducedByVerb || other.introducedByMark;
    }
  }
  const after = windowAfter(ctx, index);
  const quoteOnly = at.close === null || wordsIn(ctx, after.lo, after.hi, span.depth) === 0;
  const text = ctx.text.slice(span.start, span.end);
  const words = ctx.tokens.slice(at.first, at.last).filter(isWordToken).length;
  return {
    initial,
    introducedByMark,
    introducedByVerb,
    quoteOnly,
    clauseLike: clauseLike(ctx, at.first, at.last, span.depth + 1),
    titleLike: span.depth === 0 && titleLikeLine(ctx, span.paragraph),
    titleCase: !initial && !introducedByMark && !introducedByVerb && titleCase(text),
    words,
  };
}
