import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// The subject of a participle read off the parse in sentences that hold a quote
// (parsed-clause-subject.ts), where the window rule took the nearest phrase before a verb.
describe("a participle's subject from the parse", () => {
  it("“with X telling …”: X, not the sentence's first subject", () => {
    expect(
      who(
        "Critics piled on at home, with Senator Dale Orrin telling reporters on Monday he viewed the mayor as “directly responsible” for the flooding.",
      )[0]?.[1],
    ).toBe("Senator Dale Orrin");
  });

  it("“X praised Y as …, telling …”: X, not the object of the first verb", () => {
    expect(
      who(
        "Velloso praised the council vote to leave the water board as “overdue,” telling reporters during a visit to Lund on Friday that he thinks the split is “a great thing.”",
      ).map((found) => found[1]),
    ).toEqual(["Velloso", "Velloso"]);
  });
});
