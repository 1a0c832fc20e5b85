import { describe, expect, it } from "vitest";
import { isPlace } from "./affiliation-judge";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

/** [speaker, affiliation] for every quote of a text. */
const affiliations = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.speaker, quote.affiliation]);

describe("what the words written with a name say", () => {
  it("knows a people by its place, which the lexicon lists more fully", () => {
    expect(["kansan", "ohioan", "bostonian", "texan"].map(isPlace)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["catholic", "methodist", "lutheran", "presbyterian", "jesuit"].map(isPlace)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("drops a sentence's first word when it is a plain adjective, and only then", () => {
    expect(
      affiliations(
        "Outgoing White House economic adviser Carl Menke warned of delays. “It would be a blunder,” Menke said.",
      ),
    ).toEqual([["Menke", "White House"]]);
    expect(
      affiliations(
        "Fellow Tea Party organizer Kim Sattler agreed. “They have drifted,” Sattler said.",
      ),
    ).toEqual([["Sattler", "Tea Party"]]);
    expect(
      affiliations("White House Press Secretary Ray Dorn spoke. “We will see,” Dorn said."),
    ).toEqual([["Dorn", "White House"]]);
    // A party word opening the sentence stays: the committee is the Republican one.
    expect(
      affiliations(
        "Republican National Committee spokesman Tim Miller objected. “The vote is wrong,” Miller said.",
      ),
    ).toEqual([["Miller", "Republican National Committee"]]);
  });

  it("ends at a person's title: “U.S. Secretary of State” is the U.S.", () => {
    expect(
      affiliations("“We have advised Iran,” U.S. Secretary of State Mike Pompeo said."),
    ).toEqual([["U.S. Secretary of State Mike Pompeo", "U.S."]]);
  });
});
