/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011),
 * with the root as the last buffer item (Ballesteros and Nivre 2013).
 *
 * Three moves: SHIFT pushes the buffer's front word; LEFT makes the buffer's
 * front the head of the stack's top and pops it; RIGHT makes the word under
 * the top its head and pops it. A LEFT onto the root is only allowed when one
 * word is left on the stack, so every parse has exactly one root.
 *
 * Classes number the labelled moves: 0 is SHIFT, 1..L are LEFT with label
 * l - 1, L + 1..2L are RIGHT with label l - L - 1.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class ParseState {
  /** Words in the sentence; index n is the root, n + 1 "nothing". */
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Front of the buffer (n when only the root is left). */
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost children. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  /** Number of left and right children. */
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Sets of the labels of left and right children, as bits (labels mod 32). */
  readonly lset: Int32Array;
  readonly rset: Int32Array;

  constructor(n: number, noLabel: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    const none = n + 1;
    this.heads = new Int32Array(n + 2).fill(-1);
    this.labels = new Int32Array(n + 2).fill(noLabel);
    this.l1 = new Int32Array(n + 2).fill(none);
    this.l2 = new Int32Array(n + 2).fill(none);
    this.r1 = new Int32Array(n + 2).fill(none);
    this.r2 = new Int32Array(n + 2).fill(none);
    this.nl = new Int32Array(n + 2);
    this.nr = new Int32Array(n + 2);
    this.lset = new Int32Array(n + 2);
    this.rset = new Int32Array(n + 2);
  }

  get done(): boolean {
    return this.sp === 0 && this.b >= this.n;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  /** LEFT is possible; onto the root only as the last move. */
  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp > 1;
  }

  /** Apply a move with a label (ignored for SHIFT). */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp] = this.b;
      this.sp += 1;
      this.b += 1;
      return;
    }
    const dependent = this.stack[this.sp - 1] as number;
    this.sp -= 1;
    if (move === LEFT) {
      const head = this.b;
      this.heads[dependent] = head;
      this.labels[dependent] = label;
      // Left children arrive right to left: the newest is the leftmost.
      this.l2[head] = this.l1[head] as number;
      this.l1[head] = dependent;
      this.nl[head] = (this.nl[head] as number) + 1;
      this.lset[head] = (this.lset[head] as number) | (1 << (label & 31));
    } else {
      const head = this.stack[this.sp - 1] as number;
      this.heads[dependent] = head;
      this.labels[dependent] = label;
      // Right children arrive left to right: the newest is the rightmost.
      this.r2[head] = this.r1[head] as number;
      this.r1[head] = dependent;
      this.nr[head] = (this.nr[head] as number) + 1;
      this.rset[head] = (this.rset[head] as number) | (1 << (label & 31));
    }
  }
}

/** The move and label of a class, given the number of labels. */
export function moveOf(cls: number, labels: number): number {
  return cls === 0 ? SHIFT : cls <= labels ? LEFT : RIGHT;
}

export function labelOf(cls: number, labels: number): number {
  return cls === 0 ? -1 : cls <= labels ? cls - 1 : cls - labels - 1;
}

export function classOf(move: number, label: number, labels: number): number {
  return move === SHIFT ? 0 : move === LEFT ? 1 + label : 1 + labels + label;
}
