import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

/** [speaker, affiliation] for every quote of a text. */
const affiliations = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.speaker, quote.affiliation]);

describe("a person's affiliation across the article", () => {
  it("a party stated at any mention wins over an office or organisation stated at another", () => {
    expect(
      affiliations(
        "Attorney General and Senate candidate Richard Blum spoke. “I misspoke,” Blum said. Mr. Blum, a Democrat, is running.",
      ),
    ).toEqual([["Blum", "Democrats"]]);
    expect(
      affiliations(
        "Bob Corr, chairman of the Banking Committee, spoke first. “It is a shift,” Mr. Corr said. Sen. Bob Corr (R-Tenn.) left.",
      ),
    ).toEqual([["Mr. Corr", "Republicans"]]);
  });

  it("without a party, the first affiliation stated stands", () => {
    expect(
      affiliations(
        "Tom Reese, a senior fellow at the Woodstock Center, wrote it. Tom Reese is a member of the Jesuit Conference. “No,” Reese said.",
      ),
    ).toEqual([["Reese", "the Woodstock Center"]]);
  });

  it("a spokesman or aide for a named person takes that person's stated party", () => {
    expect(
      affiliations(
        "Sen. Harry Reid (D-Nev.) was silent. “This is cynical,” Jim Manley, a spokesman for Mr. Reid, said.",
      ),
    ).toEqual([["Jim Manley, a spokesman for Mr. Reid", "Democrats"]]);
    expect(
      affiliations("GOP Rep. Paul Ryan will speak. “He is grateful,” a Ryan spokesman said."),
    ).toEqual([["a Ryan spokesman", "Republicans"]]);
  });

  it("keeps the person served when the article states no party for them, and an organisation's name as written", () => {
    expect(
      affiliations(
        "The letter went to Harry Reid of Nevada. “This is cynical,” Jim Manley, a spokesman for Mr. Reid, said.",
      ),
    ).toEqual([["Jim Manley, a spokesman for Mr. Reid", "Mr. Reid"]]);
    expect(
      affiliations(
        "President Barack Obama (D) spoke. “It is dishonest,” said Lis Smith, a spokeswoman for the Obama campaign.",
      ),
    ).toEqual([["Lis Smith, a spokeswoman for the Obama campaign", "the Obama campaign"]]);
  });

  it("a speaker looked up by text is found by the name before its description", () => {
    // Reed, not Doyle, whose party tag ends the sentence: the speaker is written with the description.
    expect(
      affiliations("“It is over,” said Tom Reed, the husband of Rep. Jane Doyle, D-Ore."),
    ).toEqual([["Tom Reed, the husband of Rep. Jane Doyle", null]]);
  });
});
