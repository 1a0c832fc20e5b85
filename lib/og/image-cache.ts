/**
 * Rendered link-preview images, kept in memory. Rendering one card with
 * next/og takes tens of milliseconds of CPU; the content only changes with a
 * new build, so each distinct card is drawn once per server process. Keys are
 * canonical (a story and its chosen articles, never the raw query string), and
 * the least recently used card is dropped past `limit`, so odd URLs cannot
 * fill the memory.
 */
export class ImageCache {
  private readonly entries = new Map<string, Promise<ArrayBuffer>>();

  constructor(private readonly limit: number) {}

  /** The cached bytes for `key`, rendering them once (concurrent callers share one render). */
  get(key: string, render: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert to mark it as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = render();
    this.entries.set(key, pending);
    // A failed render is not remembered: the next request tries again.
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One hour in browsers, a day in shared caches; a new build may redraw the card. */
export const PREVIEW_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400";

/** A PNG response for cached bytes; `headers` may replace the Cache-Control (an unlisted story's). */
export function pngResponse(bytes: ArrayBuffer, headers: Record<string, string> = {}): Response {
  return new Response(bytes, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": PREVIEW_CACHE_CONTROL,
      ...headers,
    },
  });
}
