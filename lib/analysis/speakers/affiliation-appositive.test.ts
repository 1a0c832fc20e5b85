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

  it("a count before the description: “one of the plaintiffs”, “one of the top advisers to Romney”", () => {
    expect(affiliations("“We won,” said Betty Dukes, one of the plaintiffs.")).toEqual([
      ["Betty Dukes", "plaintiffs"],
    ]);
    expect(
      affiliations("“He lost,” said Ed Gill, one of the top advisers to Romney, on Friday."),
    ).toEqual([["Ed Gill", "Romney"]]);
  });

  it("the side a role serves: “a lawyer for the plaintiffs”", () => {
    expect(affiliations("“We will appeal,” said Ann Marr, a lawyer for the plaintiffs.")).toEqual([
      ["Ann Marr, a lawyer for the plaintiffs", "plaintiffs"],
    ]);
  });

  it("a capitalised word before the role or alone: “a Catholic scholar”, “a Methodist”; a people is not a group", () => {
    expect(affiliations("“This is nonsense,” said Tom Reese, a Catholic scholar.")).toEqual([
      ["Tom Reese", "Catholic"],
    ]);
    expect(affiliations("“I am a man of faith,” said Rick Dale, a Methodist.")).toEqual([
      ["Rick Dale", "Methodist"],
    ]);
    expect(affiliations("“This is nonsense,” said Tom Reese, a Texan.")).toEqual([
      ["Tom Reese", null],
    ]);
    expect(affiliations("“This is nonsense,” said Tom Reese, a Kansan.")).toEqual([
      ["Tom Reese", null],
    ]);
  });

  it("the name after the link, without the words that describe it", () => {
    expect(
      affiliations("“Yes,” said Jon Cowan, president of centrist think tank Third Way."),
    ).toEqual([["Jon Cowan, president of centrist think tank Third Way", "Third Way"]]);
    expect(
      affiliations(
        "John Pell, a former chief of staff to President Bill Clinton, called it “a steep price.”",
      ),
    ).toEqual([
      ["John Pell, a former chief of staff to President Bill Clinton", "President Bill Clinton"],
    ]);
    // A capitalised verb inside an organisation's name does not end it.
    expect(
      affiliations(
        "“Yes,” said Max Ray, executive vice president of the National Committee to Preserve Social Security and Medicare.",
      ),
    ).toEqual([["Max Ray", "the National Committee to Preserve Social Security and Medicare"]]);
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
      affiliations("Tom Reese is a senior fellow at the Woodstock Center. “No,” Reese said."),
    ).toEqual([["Reese", "the Woodstock Center"]]);
    expect(
      affiliations("“We are ready,” Ann Kwapnoski said. Kwapnoski is one of the plaintiffs."),
    ).toEqual([["Ann Kwapnoski", "plaintiffs"]]);
    expect(
      affiliations(
        "The case against Betty Dukes is a test of the Civil Rights Act. “No,” Dukes said.",
      ),
    ).toEqual([["Dukes", null]]);
  });
});
