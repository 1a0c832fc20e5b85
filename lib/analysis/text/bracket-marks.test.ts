import { describe, expect, it } from "vitest";
import { tokenize } from "./nlp";

const read = (text: string) => tokenize(text).map((token) => `${token.text}/${token.type}`);

describe("a bracket and a mark after it", () => {
  it("touching the word before them: two marks, not a face", () => {
    expect(read("Ana Ruiz (R-Ohio):“We”")).toEqual([
      "Ana/word",
      "Ruiz/word",
      "(/punctuation",
      "R/word",
      "-/punctuation",
      "Ohio/word",
      ")/punctuation",
      ":/punctuation",
      "“/punctuation",
      "We/word",
      "”/punctuation",
    ]);
    expect(read("the list (below); then")).toEqual([
      "the/word",
      "list/word",
      "(/punctuation",
      "below/word",
      ")/punctuation",
      ";/punctuation",
      "then/word",
    ]);
  });

  it("set off by a space: still a face", () => {
    expect(read("so tired ): today")).toEqual([
      "so/word",
      "tired/word",
      "):/emoticon",
      "today/word",
    ]);
  });
});
