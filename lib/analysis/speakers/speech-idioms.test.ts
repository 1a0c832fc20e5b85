import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// "put it" speaks (speech-idioms.ts), and an aside opened by "as" says the clause it is set in.
describe("speakers of 'as X put it'", () => {
  it("an 'as' aside before the quote's clause", () => {
    expect(
      who("As Ruiz put it, the mayor is trying to make the council “an offer it cannot refuse.”"),
    ).toEqual([["an offer it cannot refuse.", "Ruiz", "X put"]]);
    expect(who("As the Valley Times put it, “the mayor is back again.”")).toEqual([
      ["the mayor is back again.", "the Valley Times", "X put"],
    ]);
  });

  it("'put it' before a colon", () => {
    expect(who("Ruiz put it bluntly: “The plan is dead.”")).toEqual([
      ["The plan is dead.", "Ruiz", "X put"],
    ]);
  });

  it("'put' with another object does not speak", () => {
    expect(who("Hale put the plan on hold until “a better time.”")).toEqual([
      ["a better time.", null, null],
    ]);
  });
});
