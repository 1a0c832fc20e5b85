import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Teacher links without accounts or storage. A class is its code (the seed);
 * what opens the key or the reveal for it is an HMAC of the story, the code
 * and what is opened, under the server's secret. Students get the code only:
 * they cannot compute a token, and a token for the reveal cannot open the key.
 */

/** What a token opens: the teacher's key (names, answers, the reveal controls), or the reveal alone. */
export type Access = "teacher" | "reveal";

/** Characters of base64url kept: 22 carry 132 bits, far beyond guessing, short enough for a link. */
export const TOKEN_LENGTH = 22;

/** The token opening `access` for one class of one story. Same inputs, same token: nothing is stored. */
export function accessToken(
  secret: string,
  access: Access,
  story: string,
  seed: string | null,
): string {
  return createHmac("sha256", secret)
    .update(`parallax-classroom/v1\u0000${access}\u0000${story}\u0000${seed ?? ""}`)
    .digest("base64url")
    .slice(0, TOKEN_LENGTH);
}

/** Whether `token` opens `access` for this class, compared in constant time. */
export function checkToken(
  secret: string,
  access: Access,
  story: string,
  seed: string | null,
  token: string | null | undefined,
): boolean {
  if (typeof token !== "string" || token.length !== TOKEN_LENGTH) return false;
  const expected = Buffer.from(accessToken(secret, access, story, seed));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
