import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("in X's words, in the words of X, to quote X", () => {
  it("names the speaker whatever the clause's subject", () => {
    expect(who("In the words of Ana Ruiz, the plan is “a slow disaster for everyone.”")).toEqual([
      ["a slow disaster for everyone.", "Ana Ruiz", "X’s words"],
    ]);
    expect(who("The plan, in Ruiz's words, is “a slow disaster for everyone.”")).toEqual([
      ["a slow disaster for everyone.", "Ruiz", "X’s words"],
    ]);
    expect(who("To quote Ana Ruiz, “the plan is a slow disaster.”")).toEqual([
      ["the plan is a slow disaster.", "Ana Ruiz", "to quote X"],
    ]);
  });

  it("after the quote, and through a possessive pronoun", () => {
    expect(who("The plan is “a slow disaster,” in the words of Ana Ruiz.")).toEqual([
      ["a slow disaster", "Ana Ruiz", "X’s words"],
    ]);
    expect(
      who("Ana Ruiz spoke for an hour. The plan, in her own words, is “a slow disaster.”"),
    ).toEqual([["a slow disaster.", "Ana Ruiz", "her words → Ana Ruiz"]]);
  });

  it("wins over the reporting verb of the clause it sits in", () => {
    expect(who("Dan Cole said the plan, in Ruiz's words, is “a slow disaster.”")).toEqual([
      ["a slow disaster.", "Ruiz", "X’s words"],
    ]);
    // Words that are not an aside name no one.
    expect(who("Dan Cole said in plain words that the plan is “a slow disaster.”")).toEqual([
      ["a slow disaster.", "Dan Cole", "X said"],
    ]);
  });
});
