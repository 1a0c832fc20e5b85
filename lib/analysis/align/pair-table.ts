/**
 * A hash table from ordered pairs of small non-negative integers (word ids)
 * to numbers, in typed arrays with open addressing: a story's word-pair
 * matches, millions of lookups, without a Map's per-entry objects.
 */
export class PairTable {
  private xs: Int32Array;
  private ys: Int32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.xs = new Int32Array(size).fill(-1);
    this.ys = new Int32Array(size);
    this.values = new Float64Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(x: number, y: number): number {
    // Mix both ids into all 32 bits (a product's low bits depend on the factors' low bits only).
    let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 16;
    h = Math.imul(h, 0x45d9f3b);
    h ^= h >>> 16;
    let at = h & this.mask;
    while (this.xs[at] !== -1 && (this.xs[at] !== x || this.ys[at] !== y))
      at = (at + 1) & this.mask;
    return at;
  }

  /** The value of (x, y), or undefined. */
  get(x: number, y: number): number | undefined {
    const at = this.slot(x, y);
    return this.xs[at] === -1 ? undefined : this.values[at];
  }

  has(x: number, y: number): boolean {
    return this.xs[this.slot(x, y)] !== -1;
  }

  set(x: number, y: number, value: number): void {
    const at = this.slot(x, y);
    if (this.xs[at] === -1) {
      this.xs[at] = x;
      this.ys[at] = y;
      this.count += 1;
    }
    this.values[at] = value;
    // Keep the table at most half full, so probes stay short.
    if (this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { xs, ys, values } = this;
    const size = (this.mask + 1) * 2;
    this.xs = new Int32Array(size).fill(-1);
    this.ys = new Int32Array(size);
    this.values = new Float64Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < xs.length; i += 1) {
      if (xs[i] !== -1) this.set(xs[i] as number, ys[i] as number, values[i] as number);
    }
  }
}
