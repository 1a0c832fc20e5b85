/**
 * Looking along one paragraph from a quote mark: what a mark's sides say (opener or closer) and
 * which marks come next. The per-character reading the paragraph scanner decides with, apart so
 * that the scanner keeps only the decisions and the stack of open quotes.
 */

export const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
export const OPENS_BEFORE = /[\s([{\u2014\u2013\-/“‘"'«„]/u;
export const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-’”'"…»]/u;

export const isWord = (ch: string) => ch !== "" && WORD.test(ch);
export const isSpace = (ch: string) => ch !== "" && SPACE.test(ch);

export class MarkReader {
  constructor(
    protected readonly text: string,
    protected readonly from: number,
    protected readonly to: number,
  ) {}

  protected char(i: number): string {
    return i >= this.from && i < this.to ? (this.text[i] ?? "") : "";
  }

  /** True when the first of the marks `wanted` or `other` after i is one of `wanted`. */
  protected nextMarkIs(i: number, wanted: string, other: string): boolean {
    for (let j = i + 1; j < this.to; j += 1) {
      const ch = this.char(j);
      if (wanted.includes(ch)) return true;
      if (other.includes(ch)) return false;
    }
    return false;
  }

  /**
   * True when the double mark at i reads as a closer by its sides: it touches the word or
   * punctuation before it and a space, punctuation or the paragraph end follows ("…,“ he said").
   */
  protected closesBySides(i: number): boolean {
    const prev = this.char(i - 1);
    const next = this.char(i + 1);
    return prev !== "" && !OPENS_BEFORE.test(prev) && (next === "" || CLOSES_BEFORE.test(next));
  }

  /**
   * True when the next two double marks after i both close: "“A “B” C”", a quote set inside a
   * quote of the same style. A straight mark or an opener first means it is not that shape.
   */
  protected nestsSameStyle(i: number): boolean {
    let closers = 0;
    for (let j = i + 1; j < this.to && closers < 2; j += 1) {
      const ch = this.char(j);
      if (ch === "”" || (ch === "“" && this.closesBySides(j))) closers += 1;
      else if (ch === "“" || ch === '"') return false;
    }
    return closers === 2;
  }

  /** True when a later single closer exists before the next double mark (for "workers’ rights’"). */
  protected laterSingleCloser(i: number): boolean {
    for (let j = i + 1; j < this.to; j += 1) {
      const ch = this.char(j);
      if (ch === "“" || ch === "”" || ch === '"') return false;
      if ((ch === "’" || ch === "'") && !isSpace(this.char(j - 1)) && !isWord(this.char(j + 1)))
        return true;
    }
    return false;
  }

  /**
   * A paragraph that follows an unclosed quote, opens with no mark and has a
   * closing mark before any opener: the capture broke the quote here. Returns
   * where that closing mark is, or -1.
   */
  protected brokenQuoteEnd(first: number): number {
    const opener = this.char(first);
    if (opener === "“" || opener === '"') return -1;
    for (let i = first; i < this.to; i += 1) {
      const ch = this.char(i);
      if (ch === "“") return -1;
      const closer =
        !isSpace(this.char(i - 1)) &&
        (this.char(i + 1) === "" || CLOSES_BEFORE.test(this.char(i + 1)));
      if (ch === "”" || (ch === '"' && closer)) return i;
      if (ch === '"') return -1;
    }
    return -1;
  }
}
