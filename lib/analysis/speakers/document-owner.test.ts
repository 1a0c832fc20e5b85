import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

/** Invented sentences: who a document noun resolves to. */
describe("a document's owner is someone who can write it", () => {
  it("a publication named with a document noun speaks for itself", () => {
    expect(
      who("The Harbor Post said the mayor’s budget was “a fantasy built on borrowed money.”"),
    ).toEqual([["a fantasy built on borrowed money.", "The Harbor Post", "X said"]]);
    expect(
      who(
        "Ana Ruiz spoke to the Harbor Post on Monday. Later the Post reported that the budget was “a fantasy.”",
      ),
    ).toEqual([["a fantasy.", "the Post", "X reported"]]);
  });

  it("a day is no owner: the description stays as written", () => {
    expect(who("Tuesday’s speech called the tariff “a tax on every family in the state.”")).toEqual(
      [["a tax on every family in the state.", "Tuesday’s speech", "X called"]],
    );
  });

  it("a person who issued the document still owns it", () => {
    expect(
      who(
        "Mayor Ana Ruiz issued a statement on Monday. The statement called the ruling “a victory for every renter.”",
      ),
    ).toEqual([
      ["a victory for every renter.", "Mayor Ana Ruiz", "the statement → Mayor Ana Ruiz"],
    ]);
  });
});
