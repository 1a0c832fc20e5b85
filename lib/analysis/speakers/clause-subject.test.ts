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
        "Halvorsen had also said that bus companies shouldn’t be required to run night routes, as well as contending that the city library was “obsolete.”",
      ),
    ).toEqual([["obsolete.", "Halvorsen", "X … contending"]]);
    expect(
      who("Varga said the tax cuts help the rich, before adding that they were “a bad deal.”"),
    ).toEqual([["a bad deal.", "Varga", "X … adding"]]);
  });

  it("with no speech verb before, the nearest clause's subject still", () => {
    expect(who("The protesters gathered outside, before chanting “death to America.”")).toEqual([
      ["death to America.", "The protesters", "X … chanting"],
    ]);
  });
});
