import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

/** Invented sentences: a venue named after "at/in/outside" is no person a pronoun can stand for. */
describe("a venue's name is not a person", () => {
  it("he/she does not stand for a hall, a garden or a club", () => {
    expect(
      who(
        "The governor addressed donors at Harrow Convention Hall. “Nobody is left behind,” he said.",
      ),
    ).toEqual([["Nobody is left behind", null, null]]);
    expect(
      who("The mayor spoke at the Juniper Garden on Friday. “We will rebuild the pier,” she said."),
    ).toEqual([["We will rebuild the pier", null, null]]);
    expect(
      who("The crowd waited at Maple Grove Golf Club. “Everyone deserves a hearing,” she said."),
    ).toEqual([["Everyone deserves a hearing", null, null]]);
  });

  it("the person named before the venue is found instead", () => {
    expect(
      who(
        "Bill Norwood spoke at Lakeview Community College on Tuesday. “We fell in love in the spring,” he told them.",
      ),
    ).toEqual([["We fell in love in the spring", "Bill Norwood", "he → Bill Norwood"]]);
  });

  it("a person after 'at' who opens with a first name stays a person", () => {
    expect(
      who("The crowd shouted questions at Nora Field. “I have nothing to add,” she said."),
    ).toEqual([["I have nothing to add", "Nora Field", "she → Nora Field"]]);
  });
});
