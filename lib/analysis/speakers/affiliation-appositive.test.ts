import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

/** [speaker, affiliation] for every quote of a text. */
const affiliations = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.speaker, quote.affiliation]);

describe("the affiliation in a description after a name", () => {
  it("a party word in the description: “a Democrat from Nevada”", () => {
    expect(affiliations("“We expected more,” said Dan Ortiz, a Democrat from Nevada.")).toEqual([
      ["Dan Ortiz, a Democrat from Nevada", "Democrats"],
    ]);
  });

  it("a count before the description: “one of the plaintiffs”, “one of the closest aides to Halvorsen”", () => {
    expect(affiliations("“We won,” said Nora Pike, one of the plaintiffs.")).toEqual([
      ["Nora Pike", "plaintiffs"],
    ]);
    expect(
      affiliations(
        "“She stalled,” said Ed Gill, one of the closest aides to Halvorsen, on Monday.",
      ),
    ).toEqual([["Ed Gill", "Halvorsen"]]);
  });

  it("the side a role serves: “a lawyer for the plaintiffs”", () => {
    expect(affiliations("“We will appeal,” said Ann Marr, a lawyer for the plaintiffs.")).toEqual([
      ["Ann Marr, a lawyer for the plaintiffs", "plaintiffs"],
    ]);
  });

  it("a capitalised word before the role or alone: “a Catholic scholar”, “a Methodist”; a people is not a group", () => {
    expect(affiliations("“This is nonsense,” said Paul Vance, a Catholic scholar.")).toEqual([
      ["Paul Vance", "Catholic"],
    ]);
    expect(affiliations("“I am a man of faith,” said Rick Dale, a Methodist.")).toEqual([
      ["Rick Dale", "Methodist"],
    ]);
    expect(affiliations("“This is nonsense,” said Paul Vance, a Texan.")).toEqual([
      ["Paul Vance", null],
    ]);
    expect(affiliations("“This is nonsense,” said Paul Vance, a Kansan.")).toEqual([
      ["Paul Vance", null],
    ]);
  });

  it("the name after the link, without the words that describe it", () => {
    expect(
      affiliations("“Maybe,” said Pia Sand, president of centrist think tank New Path."),
    ).toEqual([["Pia Sand, president of centrist think tank New Path", "New Path"]]);
    expect(
      affiliations(
        "Ruth Kell, a former deputy chief of staff to Governor Ed Varga, called it “a bad bargain.”",
      ),
    ).toEqual([
      ["Ruth Kell, a former deputy chief of staff to Governor Ed Varga", "Governor Ed Varga"],
    ]);
    // A capitalised verb inside an organisation's name does not end it.
    expect(
      affiliations(
        "“Sure,” said Max Ray, deputy director of the National Alliance to Protect Rural Water and Farmland.",
      ),
    ).toEqual([["Max Ray", "the National Alliance to Protect Rural Water and Farmland"]]);
  });

  it("no side from a link that is not membership: a critic, a spouse, a legislature", () => {
    expect(
      affiliations(
        "“We are not afraid,” said Mark Hale, an outspoken critic of Sen. Ann Cole (D-Ore.).",
      ),
    ).toEqual([["Mark Hale", null]]);
    expect(
      affiliations("“It is over,” said Tom Reed, the husband of Rep. Jane Doyle, D-Ore."),
    ).toEqual([["Tom Reed, the husband of Rep. Jane Doyle", null]]);
    expect(affiliations("“Yes,” said Al Fox, a former speaker of the House.")).toEqual([
      ["Al Fox, a former speaker of the House", null],
    ]);
  });

  it("“NAME is a …” when the name opens its sentence, and only then", () => {
    expect(
      affiliations(
        "Lars Quill is a senior fellow at the Riverside Policy Center. “No,” Quill said.",
      ),
    ).toEqual([["Quill", "the Riverside Policy Center"]]);
    expect(affiliations("“We are ready,” Ann Sorel said. Sorel is one of the plaintiffs.")).toEqual(
      [["Ann Sorel", "plaintiffs"]],
    );
    expect(
      affiliations(
        "The case against Nora Pike is a test of the Civil Rights Act. “No,” Pike said.",
      ),
    ).toEqual([["Pike", null]]);
  });
});
