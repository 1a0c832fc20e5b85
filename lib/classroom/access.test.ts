import { describe, expect, it } from "vitest";
import { accessToken, checkToken, TOKEN_LENGTH } from "./access";

const SECRET = "test-secret-0123456789abcdef0123456789";

describe("classroom access tokens", () => {
  it("are short url-safe strings, the same for the same class (nothing to store)", () => {
    const token = accessToken(SECRET, "teacher", "story", "k3f9");
    expect(token).toMatch(new RegExp(`^[A-Za-z0-9_-]{${TOKEN_LENGTH}}$`));
    expect(accessToken(SECRET, "teacher", "story", "k3f9")).toBe(token);
  });

  it("differ by secret, story, class code and what they open", () => {
    const tokens = new Set([
      accessToken(SECRET, "teacher", "story", "k3f9"),
      accessToken(`${SECRET}x`, "teacher", "story", "k3f9"),
      accessToken(SECRET, "teacher", "other", "k3f9"),
      accessToken(SECRET, "teacher", "story", "k3f8"),
      accessToken(SECRET, "teacher", "story", null),
      accessToken(SECRET, "reveal", "story", "k3f9"),
    ]);
    expect(tokens.size).toBe(6);
  });

  it("opens only what it was made for", () => {
    const teacher = accessToken(SECRET, "teacher", "story", "k3f9");
    const reveal = accessToken(SECRET, "reveal", "story", "k3f9");
    expect(checkToken(SECRET, "teacher", "story", "k3f9", teacher)).toBe(true);
    expect(checkToken(SECRET, "reveal", "story", "k3f9", reveal)).toBe(true);
    // A reveal link given to students does not open the key, nor the reverse (no need, but no leak).
    expect(checkToken(SECRET, "teacher", "story", "k3f9", reveal)).toBe(false);
    expect(checkToken(SECRET, "reveal", "story", "k3f9", teacher)).toBe(false);
    // Another class, another story, another install.
    expect(checkToken(SECRET, "teacher", "story", "abc", teacher)).toBe(false);
    expect(checkToken(SECRET, "teacher", "other", "k3f9", teacher)).toBe(false);
    expect(
      checkToken("another-install-secret-0123456789", "teacher", "story", "k3f9", teacher),
    ).toBe(false);
  });

  it("rejects missing, malformed and near-miss tokens", () => {
    const teacher = accessToken(SECRET, "teacher", "story", "k3f9");
    for (const token of [
      undefined,
      null,
      "",
      teacher.slice(1),
      `${teacher}A`,
      `${teacher.slice(0, -1)}${teacher.endsWith("A") ? "B" : "A"}`,
      teacher.toUpperCase() === teacher ? teacher.toLowerCase() : teacher.toUpperCase(),
      "é".repeat(TOKEN_LENGTH),
    ])
      expect(checkToken(SECRET, "teacher", "story", "k3f9", token)).toBe(false);
  });
});
