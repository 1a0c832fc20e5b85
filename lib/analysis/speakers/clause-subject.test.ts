import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("clauseSubject: who a participle's quote belongs to", () => {
  it("the nearest clause's subject", () => {
    expect(who("Protesters stormed the consulate, chanting “death to America.”")).toEqual([
      ["death to America.", "Protesters", "X … chanting"],
    ]);
  });

  it("“as well as”, “before”, “after”: the earlier speech verb's subject, past a clause between", () => {
    expect(
      who(
        "Santorum had also said that health insurance plans shouldn’t be required to cover testing, as well as contending that public education was “anachronistic.”",
      ),
    ).toEqual([["anachronistic.", "Santorum", "X … contending"]]);
    expect(
      who("Obama said the tax cuts help the rich, before adding that they were “a bad deal.”"),
    ).toEqual([["a bad deal.", "Obama", "X … adding"]]);
  });

  it("with no speech verb before, the nearest clause's subject still", () => {
    expect(who("The protesters gathered outside, before chanting “death to America.”")).toEqual([
      ["death to America.", "The protesters", "X … chanting"],
    ]);
  });
});
