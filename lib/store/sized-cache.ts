/**
 * A cache bounded by entry count and by total size (each entry's size given when it is set): the
 * oldest entries go first, and an entry larger than the whole budget is not kept at all, so what the
 * server holds never grows with what it serves.
 */
export class SizedCache<V> {
  private readonly entries = new Map<string, { size: number; value: V }>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxSize: number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.size;
    this.entries.delete(key);
  }

  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (size > this.maxSize) return;
    this.entries.set(key, { size, value });
    this.total += size;
    // A Map keeps insertion order: the first key is the oldest.
    while (this.entries.size > this.maxEntries || this.total > this.maxSize) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  /** Entries held and their total size (for tests). */
  get usage(): { entries: number; size: number } {
    return { entries: this.entries.size, size: this.total };
  }
}
