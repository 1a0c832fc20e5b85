/**
 * A sliding-window rate limit kept in this process's memory: each app instance counts on its own, which is
 * enough to stop one client from hammering one instance (several instances multiply the allowance; a
 * deployment that needs one shared count puts the limit in its proxy).
 */
export interface RateLimitDecision {
  ok: boolean;
  /** Whole seconds until the next request would be allowed (0 when ok). */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Clients remembered at most; the oldest are forgotten first, so memory stays bounded. */
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.hits.delete(key); // re-inserted last: Map order is then oldest activity first
    this.hits.set(key, recent);
    while (this.hits.size > this.maxKeys) {
      const first = this.hits.keys().next();
      if (first.done) break;
      this.hits.delete(first.value);
    }
    return { ok: true, retryAfterSeconds: 0 };
  }
}

/**
 * Who is asking: the address the nearest proxy saw (the last X-Forwarded-For entry; `next start` sets it to the
 * socket's address when no proxy did), else X-Real-IP. A client talking to `next start` directly can forge the
 * header, which is why link fetching also has a limit per instance.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Link fetches: per client, and for the whole instance (a backstop against forged client addresses). */
export const LINK_FETCH_LIMITS = {
  perClient: { limit: 30, windowMs: 10 * 60_000 },
  perInstance: { limit: 300, windowMs: 10 * 60_000 },
} as const;

const perClient = new RateLimiter(
  LINK_FETCH_LIMITS.perClient.limit,
  LINK_FETCH_LIMITS.perClient.windowMs,
);
const perInstance = new RateLimiter(
  LINK_FETCH_LIMITS.perInstance.limit,
  LINK_FETCH_LIMITS.perInstance.windowMs,
);

/** Count one link fetch for this client; refuses when the client or the instance is over its limit. */
export function takeLinkFetch(client: string): RateLimitDecision {
  const mine = perClient.take(client);
  if (!mine.ok) return mine;
  return perInstance.take("*");
}
