import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("an aside set off by dashes between the subject and its verb", () => {
  it("the subject is the phrase before the opening dash, past an opener", () => {
    expect(
      who(
        "On Friday, Ruiz — named by a local paper as the likely choice for deputy — told Dan Cole of the Valley Times that “you have to look at it very seriously, of course.”",
      ),
    ).toEqual([["you have to look at it very seriously, of course.", "Ruiz", "X told"]]);
    expect(
      who(
        "On Friday, Ruiz — the likely choice — said that “you have to look at it very seriously.”",
      ),
    ).toEqual([["you have to look at it very seriously.", "Ruiz", "X said"]]);
  });

  it("an aside that opens with a name is the subject's apposition", () => {
    expect(
      who(
        'A former candidate -- Ana Ruiz, who lost the 2008 race -- said the mayor "offered no changes to his weak plan."',
      ),
    ).toEqual([
      ["offered no changes to his weak plan.", "A former candidate, Ana Ruiz", "X … said"],
    ]);
  });
});
