import { describe, expect, it } from "vitest";
import { markDistinctWords } from "./headline-words";

describe("markDistinctWords", () => {
  it("marks the words other headlines do not use, ignoring case and punctuation", () => {
    const words = markDistinctWords("US closes its consulate, citing ‘security concerns’", [
      "U.S. to close consulate, citing threats",
    ]);
    expect(words.filter((w) => w.distinct).map((w) => w.text)).toEqual([
      "closes",
      "its",
      "‘security",
      "concerns’",
    ]);
    expect(words.map((w) => w.text).join("")).toBe(
      "US closes its consulate, citing ‘security concerns’",
    );
  });
});
