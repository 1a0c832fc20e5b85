import { describe, expect, it } from "vitest";
import { sharedWords, wordKey } from "./word-keys";

describe("word keys", () => {
  it("ignores case and apostrophe style", () => {
    expect(["Iran’s", "IRAN'S", "iran's"].map(wordKey)).toEqual(["iran's", "iran's", "iran's"]);
  });

  it("counts shared words, repeats at most as often as the other list has them", () => {
    expect(sharedWords(["the", "the", "the", "attack"], ["the", "attack", "the"])).toBe(3);
    expect(sharedWords(["Iran’s", "Attack"], ["iran's", "attack"])).toBe(0);
    expect(sharedWords(["Iran’s", "Attack"], ["iran's", "attack"], wordKey)).toBe(2);
    expect(sharedWords([], ["a"])).toBe(0);
  });
});
