import { z } from "zod";
import type { BucketLimit } from "../rate-limit";

/**
 * Who is asking: the last X-Forwarded-For entry, i.e. the address the nearest proxy saw (`next start`
 * fills the header with the socket's address when no proxy did). Set PARALLAX_PROXY_HOPS to the number
 * of proxies in front of the app that append to the header (default 0 counts from the right: the
 * nearest one; 1 skips it). A client talking to `next start` directly can forge the header, which is
 * why creation also has a limit shared by all clients.
 */
export function clientAddress(headers: Headers, hops = proxyHops()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1 - hops) ?? entries[0] ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}

function proxyHops(): number {
  const parsed = z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .safeParse(process.env.PARALLAX_PROXY_HOPS ?? 0);
  return parsed.success ? parsed.data : 0;
}

const perHour = (name: string, fallback: number): number => {
  const parsed = z.coerce
    .number()
    .int()
    .min(1)
    .safeParse(process.env[name] ?? fallback);
  return parsed.success ? parsed.data : fallback;
};

/**
 * Story creation limits, kept in the store so every instance shares them: per client
 * PARALLAX_STORIES_PER_HOUR (default 20, all of them at once if need be), and for everyone together
 * PARALLAX_STORIES_PER_HOUR_ALL (default 500), a backstop against forged client addresses.
 */
export function createLimits(): { perClient: BucketLimit; all: BucketLimit } {
  const client = perHour("PARALLAX_STORIES_PER_HOUR", 20);
  const all = perHour("PARALLAX_STORIES_PER_HOUR_ALL", 500);
  return { perClient: { burst: client, perHour: client }, all: { burst: all, perHour: all } };
}

export function retryMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 90 ? `${seconds} seconds` : `${minutes} minutes`;
  return `Too many comparisons were created from here in a short time. Try again in ${wait}.`;
}
