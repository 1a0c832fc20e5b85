/**
 * Score rows kept across steps and sentences, each under an exact key of a few integers: a
 * direct-mapped table (a key has one slot; a new key takes it over). A row is an exact integer
 * sum of the features its key stands for, so whether a row is found or made again never changes
 * a score, only the time spent.
 */
export class RowCache {
  readonly rows: Int32Array;
  private readonly keys: Int32Array;
  private readonly filled: Uint8Array;
  private readonly mask: number;
  /** Set by `find`: the row was not there and has been zeroed for the caller to fill. */
  missed = false;

  constructor(
    readonly width: number,
    readonly classes: number,
    bits: number,
  ) {
    const size = 2 ** bits;
    // One more row past the slots: `spare`.
    this.rows = new Int32Array((size + 1) * classes);
    this.keys = new Int32Array(size * width);
    this.filled = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** A zeroed row of no key, for a sum that is used once (its contents last until the next call). */
  spare(): number {
    const row = this.filled.length * this.classes;
    this.rows.fill(0, row, row + this.classes);
    return row;
  }

  /** Where the row of `key` (its first `width` integers) starts in `rows`. */
  find(key: Int32Array): number {
    const width = this.width;
    let h = 0x2545f491;
    for (let i = 0; i < width; i += 1) {
      h = Math.imul(h ^ (key[i] as number), 0x9e3779b1);
      h ^= h >>> 15;
    }
    const slot = (Math.imul(h, 0x85ebca77) >>> 8) & this.mask;
    const at = slot * width;
    const row = slot * this.classes;
    if (this.filled[slot] === 1) {
      let same = true;
      for (let i = 0; i < width; i += 1) {
        if (this.keys[at + i] !== key[i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.missed = false;
        return row;
      }
    }
    this.filled[slot] = 1;
    for (let i = 0; i < width; i += 1) this.keys[at + i] = key[i] as number;
    this.rows.fill(0, row, row + this.classes);
    this.missed = true;
    return row;
  }
}
