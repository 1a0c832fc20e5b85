import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A story id: 16 characters of [a-z0-9] from the system's secure random source (about 82 bits), so a
 * link cannot be guessed and is easy to read aloud or copy from a projector.
 */
export function newStoryId(length = 16): string {
  let id = "";
  for (let i = 0; i < length; i += 1) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

/** An internal row id (articles, jobs). */
export function newRowId(): string {
  return randomBytes(12).toString("base64url");
}

/** Story ids as written by newStoryId (old and future lengths between 10 and 40 accepted). */
export const STORY_ID_PATTERN = /^[a-z0-9]{10,40}$/;

/** The secret edit token handed to the story's creator (256 bits, URL-safe). */
export function newOwnerToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the store keeps instead of the token. A plain hash suffices: the token is 256 random bits. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compare a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  // Both are SHA-256 digests; a corrupt stored value is a mismatch, never an exception.
  if (stored.length !== presented.length) return false;
  return timingSafeEqual(presented, stored);
}
