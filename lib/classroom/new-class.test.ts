import { describe, expect, it } from "vitest";
import { newClassCode } from "./new-class";
import { SEED_PATTERN } from "./seed";

describe("new class codes", () => {
  it("are short unambiguous codes, different each time", () => {
    const codes = Array.from({ length: 50 }, () => newClassCode());
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-hj-km-np-z]{6}$/);
      expect(code).toMatch(SEED_PATTERN);
    }
    expect(new Set(codes).size).toBeGreaterThan(45);
  });
});
