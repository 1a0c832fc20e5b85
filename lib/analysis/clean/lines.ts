import type { RemovalReason } from "../schema";
import { countWords, decodeEntities, normalizeSpace } from "./text";

/**
 * Turns raw page text into blocks (one per paragraph) with exact offsets into
 * the raw text, taking out any HTML pasted in with it on the way.
 */

/** A piece of the raw text taken out, with offsets into the raw text. */
export interface Cut {
  start: number;
  end: number;
  reason: RemovalReason;
  detail: string;
}

/** One paragraph of the page: its visible text and where it sits in the raw text. */
export interface Block {
  /** Visible text with markup removed, entities decoded and spaces normalised. */
  text: string;
  /** Offset of the first visible character in the raw text. */
  start: number;
  /** Offset just after the last visible character in the raw text. */
  end: number;
  words: number;
}

type Separator = "start" | "newline" | "blank" | "block";

interface Line extends Block {
  /** What separates this line from the previous visible one. */
  before: Separator;
}

/** Elements that start a new paragraph where they open or close. */
const BLOCK_TAGS = new Set(
  (
    "address article aside blockquote body br caption center dd details div dl dt fieldset figcaption figure footer " +
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead title tr ul"
  ).split(" "),
);
/** Elements that sit inside running text. */
const INLINE_TAGS = new Set(
  (
    "a abbr b bdi bdo big button cite code data del dfn em font i img input ins kbd label mark meta link picture q s " +
    "samp small source span strong sub sup time track u var video audio wbr"
  ).split(" "),
);
/** Elements whose content is never article text. */
const DROPPED: Record<string, { reason: RemovalReason; detail: string }> = {
  script: { reason: "markup", detail: "A script element pasted in with the page: code, not text." },
  style: {
    reason: "markup",
    detail: "A style element pasted in with the page: layout rules, not text.",
  },
  noscript: {
    reason: "markup",
    detail: "A noscript element: the page's fallback notice, not text.",
  },
  template: { reason: "markup", detail: "A template element: page machinery, not text." },
  svg: { reason: "markup", detail: "An SVG image pasted in with the page." },
  iframe: { reason: "embed", detail: "An iframe: content embedded from another page." },
  head: { reason: "markup", detail: "The page's head element: metadata, not text." },
  nav: { reason: "navigation", detail: "A nav element: the page's navigation menu." },
  figcaption: { reason: "caption", detail: "A figcaption element: the caption of a picture." },
};

const TAG_DETAIL =
  "HTML markup pasted in with the text (tags or comments): taken out, while the words between tags are kept.";
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^<>]*>|<\/?([A-Za-z][A-Za-z0-9]*)(?:[\s/][^<>]*)?>/g;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /[\s\u200B\uFEFF]/.test(char);
}

const STRENGTH: Record<Separator, number> = { newline: 0, blank: 1, block: 1, start: 2 };

/** Builds lines from visible raw ranges, recording where each line starts and ends in the raw text. */
class LineBuilder {
  readonly lines: Line[] = [];
  private parts: { start: number; end: number }[] = [];
  private separator: Separator = "start";

  constructor(private readonly raw: string) {}

  /** Add visible raw text [from, to), breaking lines at newlines (\n, \r\n or \r). */
  text(from: number, to: number): void {
    // Search only inside [from, to): searching the whole rest of the text each time would be quadratic.
    const chunk = this.raw.slice(from, to);
    const pattern = /\r\n?|\n/g;
    let cursor = from;
    for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
      const at = from + match.index;
      if (at > cursor) this.parts.push({ start: cursor, end: at });
      this.end("newline");
      cursor = at + match[0].length;
    }
    if (to > cursor) this.parts.push({ start: cursor, end: to });
  }

  /** Close the current line; `kind` is what separates it from the next one. */
  end(kind: Exclude<Separator, "start">): void {
    const parts = this.parts;
    this.parts = [];
    const joined = parts.map((part) => this.raw.slice(part.start, part.end)).join("");
    const text = normalizeSpace(decodeEntities(joined));
    if (text.length === 0) {
      const blank: Separator = kind === "newline" ? "blank" : kind;
      if (STRENGTH[blank] > STRENGTH[this.separator]) this.separator = blank;
      return;
    }
    let start = -1;
    for (const part of parts) {
      for (let i = part.start; i < part.end && start < 0; i += 1)
        if (!isSpace(this.raw[i])) start = i;
      if (start >= 0) break;
    }
    let end = -1;
    for (let p = parts.length - 1; p >= 0 && end < 0; p -= 1) {
      const part = parts[p];
      if (!part) continue;
      for (let i = part.end - 1; i >= part.start && end < 0; i -= 1)
        if (!isSpace(this.raw[i])) end = i + 1;
    }
    this.lines.push({ text, start, end, words: countWords(text), before: this.separator });
    this.separator = kind;
  }
}

/**
 * Where an element's content ends (after its closing tag), or -1 when it is
 * never closed. Remembers the last answer per element name, so that many
 * unclosed tags of one kind cost one search, not one search each.
 */
function closingFinder(lower: string): (name: string, from: number) => number {
  const cache = new Map<string, { from: number; close: number }>();
  return (name, from) => {
    const known = cache.get(name);
    let close: number;
    if (known && from >= known.from && (known.close < 0 || known.close >= from))
      close = known.close;
    else {
      close = lower.indexOf(`</${name}`, from);
      cache.set(name, { from, close });
    }
    if (close < 0) return -1;
    const gt = lower.indexOf(">", close);
    return gt < 0 ? lower.length : gt + 1;
  };
}

/** Split raw text into visible lines, taking out markup (recorded in `cuts`). */
function scan(raw: string): { lines: Line[]; cuts: Cut[] } {
  const builder = new LineBuilder(raw);
  const cuts: Cut[] = [];
  // Only text that contains a tag-like "<" needs the markup scan.
  if (!/<[A-Za-z!/]/.test(raw)) {
    builder.text(0, raw.length);
    builder.end("newline");
    return { lines: builder.lines, cuts };
  }
  const closingEnd = closingFinder(raw.toLowerCase());
  let cursor = 0;
  const pattern = new RegExp(MARKUP.source, "g");
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    const name = match[1]?.toLowerCase();
    let end = match.index + match[0].length;
    let reason: RemovalReason = "markup";
    let detail = TAG_DETAIL;
    let breaks = !name || BLOCK_TAGS.has(name);
    if (
      name !== undefined &&
      !BLOCK_TAGS.has(name) &&
      !INLINE_TAGS.has(name) &&
      !(name in DROPPED)
    ) {
      // "<Hama>" or "a<b" is text, not markup: only known element names count.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const dropped = name !== undefined && !match[0].startsWith("</") ? DROPPED[name] : undefined;
    if (dropped && name) {
      const close = match[0].endsWith("/>") ? end : closingEnd(name, end);
      // An unclosed element drops only its tag: where its content would end is unknown.
      if (close >= 0) {
        end = close;
        ({ reason, detail } = dropped);
        breaks = true;
      }
    }
    builder.text(cursor, match.index);
    if (breaks) builder.end("block");
    cuts.push({ start: match.index, end, reason, detail });
    cursor = end;
    pattern.lastIndex = end;
  }
  builder.text(cursor, raw.length);
  builder.end("newline");
  return { lines: builder.lines, cuts: mergeCuts(raw, cuts) };
}

/** Join markup cuts separated only by whitespace, so a run of tags is one removal. */
function mergeCuts(raw: string, cuts: Cut[]): Cut[] {
  const merged: Cut[] = [];
  for (const cut of cuts) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.reason === "markup" &&
      cut.reason === "markup" &&
      raw.slice(last.end, cut.start).trim() === ""
    ) {
      last.end = cut.end;
    } else {
      merged.push({ ...cut });
    }
  }
  return merged;
}

/** Same test as segment.ts: a line ending like this is not hard-wrapped prose. */
const TERMINAL = /[.!?…:;"”’')\]]\s*$/;

/**
 * Split raw text into blocks, one per paragraph: each visible line, except that
 * hard-wrapped prose (a line without closing punctuation followed, after a
 * single line break, by a line starting in lower case) is joined, as segment.ts
 * joins it. `keepApart` names lines that never take a continuation (the headline).
 */
export function toBlocks(
  raw: string,
  keepApart: (text: string) => boolean = () => false,
): { blocks: Block[]; cuts: Cut[] } {
  const { lines, cuts } = scan(raw);
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    if (
      previous &&
      line.before === "newline" &&
      !TERMINAL.test(previous.text) &&
      /^\p{Ll}/u.test(line.text) &&
      !keepApart(previous.text)
    ) {
      previous.text = `${previous.text} ${line.text}`;
      previous.end = line.end;
      previous.words += line.words;
      continue;
    }
    blocks.push({ text: line.text, start: line.start, end: line.end, words: line.words });
  }
  return { blocks, cuts };
}
