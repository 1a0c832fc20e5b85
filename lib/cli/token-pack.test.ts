import { describe, expect, it } from "vitest";
import { readText } from "@/lib/analysis/nlp";
import { packTokens, unpackTokens } from "./token-pack";

describe("token packs", () => {
  it("give back exactly the tokens they were made from, sentence by sentence", () => {
    const sentences = readText("Mr. Smith said the U.S. “won’t leave.” Then 3 people left…", 7).map(
      (sentence) => sentence.tokens,
    );
    expect(sentences.length).toBe(2);
    expect(unpackTokens(packTokens(sentences))).toEqual(sentences);
  });

  it("store each distinct string once and keep empty sentences", () => {
    const [tokens = []] = readText("the cat and the dog and the bird").map((s) => s.tokens);
    const pack = packTokens([tokens, [], tokens]);
    expect([...pack.lengths]).toEqual([8, 0, 8]);
    // the, cat, and, dog, bird (text = normal = lemma here), DET/NOUN/CCONJ, word.
    expect(new Set(pack.strings).size).toBe(pack.strings.length);
    expect(pack.strings.filter((s) => s === "the")).toHaveLength(1);
    expect(unpackTokens(pack)).toEqual([tokens, [], tokens]);
  });

  it("handle no sentences at all", () => {
    expect(unpackTokens(packTokens([]))).toEqual([]);
  });
});
