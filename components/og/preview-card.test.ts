import { describe, expect, it } from "vitest";
import { clip } from "./preview-card";

describe("clip", () => {
  it("keeps short text and cuts long text at a word, without trailing punctuation", () => {
    expect(clip("US closes its consulate", 40)).toBe("US closes its consulate");
    expect(clip("US closes its consulate in Basra, citing threats from Iran", 36)).toBe(
      "US closes its consulate in Basra…",
    );
    expect(clip("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});
