/**
 * Reading one paragraph's quote marks, character by character: which mark opens, which closes,
 * which straight or single mark is an apostrophe, and where an unclosed quote is bounded. Apart
 * from quote-marks.ts, which runs the scanner over an article's paragraphs and nests the spans,
 * because the per-character decisions are the part that changes with each new kind of mark (the
 * looking along the paragraph those decisions use is in mark-reader.ts).
 */

import { CLOSES_BEFORE, isSpace, isWord, MarkReader, OPENS_BEFORE, WORD } from "./mark-reader";

export { isSpace, WORD } from "./mark-reader";

export type QuoteMark = "double" | "single";

interface OpenMark {
  id: number;
  mark: QuoteMark;
  at: number;
  continues: number | null;
  /** The opening character: „ is closed by “ as well as ”, a guillemet by its mirror. */
  char?: string;
  /** Opened by a straight mark ": a curly quote inside it is of the other style. */
  straight?: boolean;
}

export interface RawSpan {
  id: number;
  /** False when there is no opening mark (a paragraph that starts mid-quote). */
  marked: boolean;
  mark: QuoteMark;
  open: number;
  close: number | null;
  /** Where the quoted words stop: the closing mark, or the bound of an unclosed quote. */
  bound: number;
  paragraph: number;
  continues: number | null;
}

export class ParagraphScanner extends MarkReader {
  private readonly stack: OpenMark[] = [];

  constructor(
    text: string,
    from: number,
    to: number,
    private readonly paragraph: number,
    private readonly raws: RawSpan[],
    private readonly nextId: () => number,
  ) {
    super(text, from, to);
  }

  private has(mark: QuoteMark): boolean {
    return this.stack.some((entry) => entry.mark === mark);
  }

  private emit(entry: OpenMark, close: number | null, bound: number): void {
    this.raws.push({
      id: entry.id,
      marked: true,
      mark: entry.mark,
      open: entry.at,
      close,
      bound,
      paragraph: this.paragraph,
      continues: entry.continues,
    });
  }

  /**
   * Pop everything above `keep` entries: doubles are bounded at `at`; unclosed singles
   * (likely apostrophes) and unclosed guillemets or „ (likely arrows, "« Back") are dropped.
   */
  private unwind(keep: number, at: number): void {
    while (this.stack.length > keep) {
      const entry = this.stack.pop();
      const plain = entry?.char === undefined;
      if (entry && entry.mark === "double" && plain) this.emit(entry, null, at);
    }
  }

  open(
    mark: QuoteMark,
    at: number,
    continues: number | null = null,
    char?: string,
    straight = false,
  ): void {
    if (mark === "double") {
      // A second double opener while one is open: the first was never closed; bound it here.
      const index = this.stack.findIndex((entry) => entry.mark === "double");
      if (index >= 0) this.unwind(index, at);
    }
    this.stack.push({ id: this.nextId(), mark, at, continues, char, straight });
  }

  /** The innermost open double quote, if any. */
  private innermostDouble(): OpenMark | undefined {
    for (let k = this.stack.length - 1; k >= 0; k -= 1) {
      const entry = this.stack[k];
      if (entry?.mark === "double") return entry;
    }
    return undefined;
  }

  /**
   * True when words stand between the innermost open double quote's mark and i: a mark touching
   * the one before it ('"“You…') is a doubled mark, not a quote that opens with a quote.
   */
  private wordsSinceDouble(i: number): boolean {
    const outer = this.innermostDouble();
    return outer !== undefined && WORD.test(this.text.slice(outer.at + 1, i));
  }

  /** Nest a quote inside the open one, which stays open (no unwinding). */
  private nest(at: number, straight = false): void {
    this.stack.push({ id: this.nextId(), mark: "double", at, continues: null, straight });
  }

  /** The opening character of the innermost open double quote, if any. */
  private openDouble(): string | undefined {
    for (let k = this.stack.length - 1; k >= 0; k -= 1) {
      const entry = this.stack[k];
      if (entry?.mark === "double") return entry.char ?? "“";
    }
    return undefined;
  }

  /**
   * « » „: each closes the quote its mirror opened, and opens one only before words
   * (French « spaced », reversed »German«), so "Home » News" breadcrumbs open nothing.
   */
  private otherDouble(i: number, ch: string): void {
    const open = this.openDouble();
    const closes = (ch === "»" && open === "«") || (ch === "«" && open === "»");
    if (closes) {
      this.close("double", i);
      return;
    }
    const next = this.char(i + 1);
    const spaced = ch === "«" && isSpace(next) && isWord(this.char(i + 2));
    if (isWord(next) || spaced) this.open("double", i, null, ch);
  }

  close(mark: QuoteMark, at: number): void {
    let index = -1;
    for (let k = this.stack.length - 1; k >= 0; k -= 1) {
      if (this.stack[k]?.mark === mark) {
        index = k;
        break;
      }
    }
    if (index < 0) return;
    this.unwind(index + 1, at);
    const entry = this.stack.pop();
    if (entry) this.emit(entry, at, at);
  }

  /**
   * A left double mark “. German style closes „ with it; some sites type it as the closer too
   * ("…,“ he said"), which read as an opener swallowed the words between two quotes and bounded
   * the quote before. One that closes by its sides closes the open quote, or is dropped when none
   * is open (opening there would swallow the rest of the paragraph). One inside an open quote
   * nests in it when the two quotes' closers follow; otherwise the first was never closed.
   */
  private leftDouble(i: number, carry: number | null): void {
    const open = this.openDouble();
    if (open === "„") this.close("double", i);
    else if (this.closesBySides(i)) {
      if (open !== undefined) this.close("double", i);
    } else if (!this.wordsSinceDouble(i)) this.open("double", i, carry);
    else if (this.nestsSameStyle(i)) this.nest(i);
    else if (this.innermostDouble()?.straight && this.nextMarkIs(i, "”", '"')) this.nest(i);
    else this.open("double", i, carry);
  }

  /** True when a double quote opened inside the innermost single one: "‘a “players’ vote”’" (’ is an apostrophe). */
  private doubleInsideSingle(): boolean {
    for (let k = this.stack.length - 1; k >= 0; k -= 1) {
      const entry = this.stack[k];
      if (entry?.mark === "single") return false;
      if (entry?.mark === "double") return this.has("single");
    }
    return false;
  }

  private straightDouble(i: number): void {
    const prev = this.char(i - 1);
    const next = this.char(i + 1);
    const opener = (prev === "" || OPENS_BEFORE.test(prev)) && next !== "" && !isSpace(next);
    const closer = prev !== "" && !isSpace(prev) && (next === "" || CLOSES_BEFORE.test(next));
    const outer = this.innermostDouble();
    // '“He called it "nonsense," she said.”': a straight quote inside a curly one, closed before it.
    const nests =
      outer !== undefined &&
      !outer.straight &&
      outer.char === undefined &&
      this.wordsSinceDouble(i);
    if (opener && !closer && nests && this.nextMarkIs(i, '"', "”“")) this.nest(i, true);
    else if (opener && !closer) this.open("double", i, null, undefined, true);
    else if (closer && !opener) this.close("double", i);
    else if (this.has("double")) this.close("double", i);
    else this.open("double", i, null, undefined, true);
  }

  private single(i: number, ch: string): void {
    const prev = this.char(i - 1);
    const next = this.char(i + 1);
    if (ch === "‘") {
      // ‘90s and rock‘n’roll are apostrophes, not openers.
      if (isWord(prev) || /\d/.test(next) || next === "" || isSpace(next)) return;
      this.open("single", i);
      return;
    }
    if (isWord(prev) && isWord(next)) return; // Ruritania’s, we’ll, Ba’ath
    const closerLike = prev !== "" && !isSpace(prev) && !isWord(next);
    if (closerLike && this.has("single") && !this.doubleInsideSingle()) {
      // "the workers’ rights’": a plural possessive inside a single quote, if a later closer exists.
      if (/[sS]/.test(prev) && isSpace(next) && this.laterSingleCloser(i)) return;
      this.close("single", i);
      return;
    }
    const openerLike = (prev === "" || OPENS_BEFORE.test(prev)) && /\p{L}/u.test(next);
    if (ch === "'" && openerLike) this.open("single", i);
  }

  scan(continues: number | null): void {
    let first = this.from;
    while (first < this.to && isSpace(this.char(first))) first += 1;
    let from = this.from;
    const broken = continues === null ? -1 : this.brokenQuoteEnd(first);
    if (broken >= 0) {
      this.raws.push({
        id: this.nextId(),
        marked: false,
        mark: "double",
        open: first,
        close: broken,
        bound: broken,
        paragraph: this.paragraph,
        continues,
      });
      from = broken + 1;
    }
    // Jump from mark to mark: every other character is skipped, so the scan costs one regex pass.
    const part = this.text.slice(from, this.to);
    const marks = /[“”"‘’'«»„]/g;
    for (let found = marks.exec(part); found; found = marks.exec(part)) {
      const i = from + found.index;
      const ch = found[0];
      const carry = i === first ? continues : null;
      if (ch === "“") this.leftDouble(i, carry);
      else if (ch === "«" || ch === "»" || ch === "„") this.otherDouble(i, ch);
      else if (ch === "”") {
        // Some sites type ” for both marks: treat one that opens a word after a space as an opener.
        const sloppyOpener =
          !this.has("double") &&
          (i === first || isSpace(this.char(i - 1))) &&
          isWord(this.char(i + 1));
        if (sloppyOpener) this.open("double", i, carry);
        else this.close("double", i);
      } else if (ch === '"') {
        const before = this.stack.length;
        this.straightDouble(i);
        const top = this.stack[this.stack.length - 1];
        if (carry !== null && top && this.stack.length > before && top.at === i)
          top.continues = carry;
      } else if (ch === "‘" || ch === "’" || ch === "'") this.single(i, ch);
    }
  }

  /** Close the paragraph: bound what is still open. Returns the id of an unclosed top-level double quote. */
  finish(): number | null {
    const bottom = this.stack[0];
    const pending = bottom && bottom.mark === "double" ? bottom.id : null;
    this.unwind(0, this.to);
    return pending;
  }
}
