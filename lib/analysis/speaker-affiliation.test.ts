import { describe, expect, it } from "vitest";
import { preparedFromText } from "./fixtures/prepare-text";
import { findQuotes } from "./quotes";

/** [speaker, affiliation] for every quote of a text. */
const affiliations = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.speaker, quote.affiliation]);

describe("affiliation as the article states it", () => {
  it("party tags after a name: “, D-Ore.,” and “(R-Kan.)”", () => {
    expect(
      affiliations("“We will not back down,” said Rep. Jane Doyle, D-Ore., at a hearing."),
    ).toEqual([["Rep. Jane Doyle", "Democrats"]]);
    expect(
      affiliations("Sen. Tom Baxter (R-Kan.) disagreed. “This bill is a mistake,” Baxter said."),
    ).toEqual([["Baxter", "Republicans"]]);
  });

  it("a party word heading the appositive: “Democrat of Nevada”, “a Republican spokesman”", () => {
    expect(affiliations("“We expected more,” said Dan Ortiz, Democrat of Nevada.")).toEqual([
      ["Dan Ortiz, Democrat of Nevada", "Democrats"],
    ]);
    expect(affiliations("“That is nonsense,” said the Republican staffer.")).toEqual([
      ["the Republican staffer", "Republicans"],
    ]);
  });

  it("“a spokeswoman for X”, “president of X” (a state set off by commas stays inside)", () => {
    expect(
      affiliations("“The plan is reckless,” Ann Lowry, a spokeswoman for the Hale campaign, said."),
    ).toEqual([["Ann Lowry, a spokeswoman for the Hale campaign", "the Hale campaign"]]);
    expect(
      affiliations(
        "“We will appeal,” said Mary Fox, president of the Dayton, Ohio, chapter of the NAACP.",
      ),
    ).toEqual([["Mary Fox, president of the Dayton", "the Dayton, Ohio, chapter of the NAACP"]]);
  });

  it("“of ORGANISATION” after a name, but not “of PLACE”", () => {
    expect(
      affiliations("“The numbers are wrong,” said Paul Kim of the Brennan Institute."),
    ).toEqual([["Paul Kim", "the Brennan Institute"]]);
    expect(affiliations("“Nobody asked us,” said Paul Kim of Nevada.")).toEqual([
      ["Paul Kim of Nevada", null],
    ]);
  });

  it("an organisation before the role: “NAACP President”, “a Hale campaign aide”; a place is not one", () => {
    expect(affiliations("“The vote is a first step,” NAACP President Ruth Cole said.")).toEqual([
      ["NAACP President Ruth Cole", "NAACP"],
    ]);
    expect(affiliations("“The jobs are gone,” a Hale campaign aide said.")).toEqual([
      ["a Hale campaign aide", "Hale campaign"],
    ]);
    expect(affiliations("“Prices will rise,” said Texas Gov. Jim Rand.")).toEqual([
      ["Texas Gov. Jim Rand", null],
    ]);
  });

  it("a later mention by surname keeps the affiliation stated at the first", () => {
    expect(
      affiliations(
        "Hale campaign spokesman Rob Tate said the report was false. “It is a fabrication,” Tate said.",
      ),
    ).toEqual([["Tate", "Hale campaign"]]);
    expect(
      affiliations(
        "“We will see,” said Sen. Max Hill, D-Mont., the chairman of the Finance Committee. Hill later said “nothing is settled.”",
      ),
    ).toEqual([
      ["Sen. Max Hill", "Democrats"],
      ["Hill", "Democrats"],
    ]);
  });

  it("a pronoun's quote takes the affiliation of the person it stands for", () => {
    // (and a party tag such as “D-Ore.” is never taken for a person)
    expect(
      affiliations("Rep. Jane Doyle, D-Ore., spoke first. “We will not back down,” she said."),
    ).toEqual([["Jane Doyle", "Democrats"]]);
  });
});
