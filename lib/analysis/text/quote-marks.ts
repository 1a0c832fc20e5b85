/**
 * Finding quoted spans from quote marks alone: straight and curly double
 * quotes, guillemets (« » and the reversed » «) and low-high marks („ “ or
 * „ ”) as doubles, curly and straight single quotes (told apart from apostrophes),
 * nesting, and the news convention of a quote that runs on into the next
 * paragraph. Unbalanced marks are bounded at the next opener or the end of the
 * paragraph, so a stray mark never swallows an article.
 */

import { isSpace, ParagraphScanner, type QuoteMark, type RawSpan, WORD } from "./paragraph-scanner";

export type { QuoteMark } from "./paragraph-scanner";

/** One quoted passage found from its marks. */
export interface QuotedSpan {
  /** Offsets of the quoted words: marks, edge white space and a trailing comma, semicolon or colon excluded. */
  start: number;
  end: number;
  /**
   * Offset of the opening mark; for a quote that runs on into a paragraph
   * opening without a mark (a capture that broke a quote), the paragraph start.
   */
  open: number;
  /** Offset of the closing mark, or null when the quote was never closed and was bounded. */
  close: number | null;
  mark: QuoteMark;
  /** 0 for a top-level quote, 1 for a quote inside it, and so on. */
  depth: number;
  /** Index in the returned list of the quote this one sits inside. */
  parent: number | null;
  /** Index of the paragraph (in the list given) the quote opens in. */
  paragraph: number;
  /** Index of the previous paragraph's unclosed quote that this one continues. */
  continues: number | null;
}

/**
 * Quoted spans of a text, in order of their opening marks. Paragraphs bound
 * every quote; a quote left open at the end of a paragraph continues into the
 * next one only when that paragraph opens with a quote mark.
 */
export function findQuotedSpans(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): QuotedSpan[] {
  const raws: RawSpan[] = [];
  let counter = 0;
  const nextId = () => (counter += 1);
  let pending: number | null = null;
  paragraphs.forEach((paragraph, index) => {
    const scanner = new ParagraphScanner(text, paragraph.start, paragraph.end, index, raws, nextId);
    scanner.scan(pending);
    pending = scanner.finish();
  });

  const kept: (RawSpan & { start: number; end: number })[] = [];
  for (const raw of raws) {
    let start = raw.marked ? raw.open + 1 : raw.open;
    let end = raw.bound;
    while (start < end && isSpace(text[start] ?? "")) start += 1;
    // A comma or colon inside the closing mark is the outlet's punctuation, not the speaker's words.
    while (end > start && /[\s,;:]/u.test(text[end - 1] ?? "")) end -= 1;
    if (!WORD.test(text.slice(start, end))) continue;
    kept.push({ ...raw, start, end });
  }
  kept.sort((a, b) => a.open - b.open || b.bound - a.bound);

  const position = new Map(kept.map((raw, i) => [raw.id, i]));
  const spans: QuotedSpan[] = [];
  const enclosing: number[] = [];
  kept.forEach((raw, i) => {
    while (enclosing.length > 0) {
      const top = kept[enclosing[enclosing.length - 1] ?? -1];
      if (top && top.bound >= raw.bound && top.open < raw.open) break;
      enclosing.pop();
    }
    const parent = enclosing.length > 0 ? (enclosing[enclosing.length - 1] ?? null) : null;
    const continued = raw.continues === null ? undefined : position.get(raw.continues);
    spans.push({
      start: raw.start,
      end: raw.end,
      open: raw.open,
      close: raw.close,
      mark: raw.mark,
      depth: enclosing.length,
      parent,
      paragraph: raw.paragraph,
      continues: continued ?? null,
    });
    enclosing.push(i);
  });
  return spans;
}
