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
        "Lars Quill, a senior fellow at the Riverside Policy Center, wrote it. Lars Quill is a member of the Harbor Forum. “No,” Quill said.",
      ),
    ).toEqual([["Quill", "the Riverside Policy Center"]]);
  });

  it("a spokesman or aide for a named person takes that person's stated party", () => {
    expect(
      affiliations(
        "Sen. Hal Brenner (D-Nev.) was silent. “This is a stunt,” Tom Berg, a spokesman for Mr. Brenner, said.",
      ),
    ).toEqual([["Tom Berg, a spokesman for Mr. Brenner", "Democrats"]]);
    expect(
      affiliations("GOP Rep. Cal Wexler will speak. “He is grateful,” a Wexler spokesman said."),
    ).toEqual([["a Wexler spokesman", "Republicans"]]);
  });

  it("keeps the person served when the article states no party for them, and an organisation's name as written", () => {
    expect(
      affiliations(
        "The letter went to Hal Brenner of Nevada. “This is a stunt,” Tom Berg, a spokesman for Mr. Brenner, said.",
      ),
    ).toEqual([["Tom Berg, a spokesman for Mr. Brenner", "Mr. Brenner"]]);
    expect(
      affiliations(
        "Governor Ed Varga (D) spoke. “It is misleading,” said Rosa Lind, a spokeswoman for the Varga campaign.",
      ),
    ).toEqual([["Rosa Lind, a spokeswoman for the Varga campaign", "the Varga campaign"]]);
  });

  it("a speaker looked up by text is found by the name before its description", () => {
    // Reed, not Doyle, whose party tag ends the sentence: the speaker is written with the description.
    expect(
      affiliations("“It is over,” said Tom Reed, the husband of Rep. Jane Doyle, D-Ore."),
    ).toEqual([["Tom Reed, the husband of Rep. Jane Doyle", null]]);
  });
});
