/**
 * Seeded order for blind reading: one short code in the URL fixes which outlet
 * becomes "Outlet A", "Outlet B"…, so a whole class shares one order from one link.
 */

/** Seeds are short codes students can type: letters and digits. */
export const SEED_PATTERN = /^[a-z0-9]{1,16}$/;

/** Letters used for fresh seeds: no 0/o, 1/l/i, so a code read off a projector is typed right. */
const SEED_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export const FRESH_SEED_LENGTH = 6;

/** A 32-bit hash of a string (FNV-1a followed by a murmur3 finaliser for good spread). */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic PRNG, uniform in [0, 1). */
export function mulberry32(state: number): () => number {
  let t = state >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates shuffle driven by the seed. The same seed and the same items
 * always give the same order; no seed (null) is a fixed default order too.
 */
export function seededShuffle<T>(items: readonly T[], seed: string | null): T[] {
  const out = [...items];
  const random = mulberry32(hashString(`parallax-classroom:${seed ?? ""}`));
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** 0 → "A", 25 → "Z", 26 → "AA": spreadsheet-style letters for any number of outlets. */
export function letterFor(index: number): string {
  let n = index;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** A fresh seed from any source of random numbers in [0, 1) (the server passes crypto). */
export function freshSeed(random: () => number): string {
  let seed = "";
  for (let i = 0; i < FRESH_SEED_LENGTH; i += 1) {
    seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length) % SEED_ALPHABET.length];
  }
  return seed;
}
