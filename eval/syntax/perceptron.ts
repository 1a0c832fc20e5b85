/**
 * A sparse averaged perceptron (Collins 2002) for many classes. Each feature
 * keeps only the classes it was ever updated for; averaging uses the usual
 * lazy totals, so an update costs the same however long training has run.
 */
interface Row {
  classes: number[];
  slots: number[];
  /** Updates that touched this feature (for pruning rare ones). */
  touches: number;
}

export interface AveragedRow {
  classes: number[];
  weights: number[];
  touches: number;
}

export class Perceptron {
  readonly classCount: number;
  /** Open-addressing table from feature key (never 0) to its row; Maps of 32-bit keys were the bottleneck. */
  private keys = new Int32Array(1 << 20);
  private rowOf = new Int32Array(1 << 20);
  private readonly rows: Row[] = [];
  private readonly rowKeys: number[] = [];
  private weights = new Float64Array(1 << 16);
  private totals = new Float64Array(1 << 16);
  private stamps = new Float64Array(1 << 16);
  private used = 0;
  /** Training instances seen (the clock the averages run on). */
  private clock = 0;

  constructor(classCount: number) {
    this.classCount = classCount;
  }

  /** Add the current weights of `count` features to `scores` (zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const { rows, weights } = this;
    for (let i = 0; i < count; i += 1) {
      const index = this.find(features[i] as number);
      if (index < 0) continue;
      const row = rows[index] as Row;
      const { classes, slots } = row;
      for (let j = 0; j < classes.length; j += 1) {
        const cls = classes[j] as number;
        scores[cls] = (scores[cls] as number) + (weights[slots[j] as number] as number);
      }
    }
  }

  /** Count one training instance (call once per configuration, whether or not it updates). */
  tick(): void {
    this.clock += 1;
  }

  /** Reward `truth` and penalise `guess` on these features. */
  update(truth: number, guess: number, features: Int32Array, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const feature = features[i] as number;
      this.nudge(feature, truth, 1);
      this.nudge(feature, guess, -1);
    }
  }

  private nudge(feature: number, cls: number, delta: number): void {
    let index = this.find(feature);
    if (index < 0) index = this.insert(feature);
    const row = this.rows[index] as Row;
    if (delta > 0) row.touches += 1;
    let at = row.classes.indexOf(cls);
    if (at < 0) {
      at = row.classes.length;
      row.classes.push(cls);
      row.slots.push(this.allocate());
    }
    const slot = row.slots[at] as number;
    this.totals[slot] =
      (this.totals[slot] as number) +
      (this.clock - (this.stamps[slot] as number)) * (this.weights[slot] as number);
    this.stamps[slot] = this.clock;
    this.weights[slot] = (this.weights[slot] as number) + delta;
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    for (;;) {
      const stored = this.keys[slot] as number;
      if (stored === key) return this.rowOf[slot] as number;
      if (stored === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  private insert(key: number): number {
    if (this.rows.length * 2 >= this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    const index = this.rows.length;
    this.keys[slot] = key;
    this.rowOf[slot] = index;
    this.rows.push({ classes: [], slots: [], touches: 0 });
    this.rowKeys.push(key);
    return index;
  }

  private rehash(): void {
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    const mask = size - 1;
    this.rowKeys.forEach((key, index) => {
      let slot = key & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.rowOf[slot] = index;
    });
  }

  private allocate(): number {
    if (this.used === this.weights.length) {
      const grow = (old: Float64Array) => {
        const next = new Float64Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    const slot = this.used;
    this.used += 1;
    return slot;
  }

  /**
   * The averaged weights, feature by feature in insertion order (which is
   * deterministic: training visits sentences in a fixed order).
   */
  averaged(): Map<number, AveragedRow> {
    const out = new Map<number, AveragedRow>();
    const clock = Math.max(1, this.clock);
    for (const [index, row] of this.rows.entries()) {
      const feature = this.rowKeys[index] as number;
      const weights = row.slots.map((slot) => {
        const total =
          (this.totals[slot] as number) +
          (this.clock - (this.stamps[slot] as number)) * (this.weights[slot] as number);
        return total / clock;
      });
      out.set(feature, { classes: [...row.classes], weights, touches: row.touches });
    }
    return out;
  }
}
