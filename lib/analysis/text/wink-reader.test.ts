import { describe, expect, it } from "vitest";
import { its, learnedEntries, readWith, renewReader } from "./wink-reader";

const words = (text: string): string[] =>
  readWith(text, (doc) => doc.tokens().out(its.value) as string[]);

describe("readWith", () => {
  it("reads a text the same whatever was read before it", () => {
    const later = "She served as Mayor Tavrenko’s chief of staff.";
    const alone = words(later);
    // Unpatched, wink learns "Tavrenko’s" here as one word, and then keeps it whole in `later`.
    words("In the end the decision was Tavrenko’s.");
    expect(words(later)).toEqual(alone);
    expect(alone).toEqual([
      "She",
      "served",
      "as",
      "Mayor",
      "Tavrenko",
      "’s",
      "chief",
      "of",
      "staff",
      ".",
    ]);
  });

  it("forgets the words a text taught wink even when reading it fails", () => {
    const before = learnedEntries();
    expect(() =>
      readWith("Quillonbert met Vasharelle.", () => {
        throw new Error("reader failed");
      }),
    ).toThrow("reader failed");
    expect(learnedEntries()).toBeGreaterThan(before);
    // Forgotten: read again, the words are learned again as new entries.
    const after = learnedEntries();
    words("Quillonbert met Vasharelle.");
    expect(learnedEntries()).toBeGreaterThan(after);
  });

  it("reads the same with a renewed instance", () => {
    const text = "Mayor Tavrenko’s aides said the ferry was late. “It wasn't,” she said.";
    const first = words(text);
    renewReader();
    expect(learnedEntries()).toBe(0);
    expect(words(text)).toEqual(first);
  });
});
