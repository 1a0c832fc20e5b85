import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

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
    ).toEqual([
      [
        "Mary Fox, president of the Dayton, Ohio, chapter of the NAACP",
        "the Dayton, Ohio, chapter of the NAACP",
      ],
    ]);
  });

  it("a state set off by commas: inside the speaker's appositive, and the end of it before other words", () => {
    expect(
      affiliations(
        "“They are bringing neighbors together,” said Anita Cole, president of the Joplin, Mo., chapter of the Renters League, which drafted the petition.",
      ),
    ).toEqual([
      [
        "Anita Cole, president of the Joplin, Mo., chapter of the Renters League",
        "the Joplin, Mo., chapter of the Renters League",
      ],
    ]);
    expect(
      affiliations(
        "“We need help,” said Jo Ames, director of the Food Bank of Peoria, Ill., at a rally.",
      ),
    ).toEqual([
      ["Jo Ames, director of the Food Bank of Peoria, Ill.", "the Food Bank of Peoria, Ill."],
    ]);
    expect(
      affiliations(
        "“We need help,” said Tom Hale, director of the Peoria, Ill., food bank, at noon.",
      ),
    ).toEqual([
      ["Tom Hale, director of the Peoria, Ill., food bank", "the Peoria, Ill., food bank"],
    ]);
    expect(
      affiliations("Pat Lee, the chair of the Dayton, Ohio, chapter, said: “We will win.”"),
    ).toEqual([["Pat Lee, the chair of the Dayton, Ohio, chapter", "the Dayton, Ohio, chapter"]]);
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

  it("a party word before the title or the name: “Republican Rep.”, “Republican Pat Toomey”, “Senate Republican Leader”", () => {
    expect(affiliations("“We expected more,” said Republican Rep. Ann Cole.")).toEqual([
      ["Republican Rep. Ann Cole", "Republicans"],
    ]);
    expect(
      affiliations("Republican Pat Toomey disagreed. “It is not innocent,” Toomey said."),
    ).toEqual([["Toomey", "Republicans"]]);
    expect(affiliations("“No,” Senate Republican Leader Mitch McConnell said.")).toEqual([
      ["Senate Republican Leader Mitch McConnell", "Republicans"],
    ]);
  });

  it("a legislature is an office, not a side: “House Speaker”, “Senate Majority Leader”, “U.S. Senate candidate”", () => {
    expect(affiliations("“No,” House Speaker Cal Wexler said.")).toEqual([
      ["House Speaker Cal Wexler", null],
    ]);
    expect(affiliations("“No,” Senate Majority Leader Hal Brenner said.")).toEqual([
      ["Senate Majority Leader Hal Brenner", null],
    ]);
    expect(affiliations("“I misspoke,” U.S. Senate candidate Richard Blumenthal said.")).toEqual([
      ["U.S. Senate candidate Richard Blumenthal", null],
    ]);
  });

  it("a word inside the name run before a capitalised role noun: “Jesuit Father …”", () => {
    expect(affiliations("“This is nonsense,” said Jesuit Father Paul Vance.")).toEqual([
      ["Jesuit Father Paul Vance", "Jesuit"],
    ]);
  });

  it("a side named by the role: “the lead plaintiff”, “the plaintiffs’ lawyer”", () => {
    expect(affiliations("“We are not done,” plaintiff Nora Pike said.")).toEqual([
      ["plaintiff Nora Pike", "plaintiffs"],
    ]);
    expect(
      affiliations("“We are not done,” said Nora Pike, the lead plaintiff in the case."),
    ).toEqual([["Nora Pike", "plaintiffs"]]);
    expect(affiliations("“It is a fraud,” said Al Kent, the plaintiffs’ lawyer.")).toEqual([
      ["Al Kent, the plaintiffs’ lawyer", "plaintiffs"],
    ]);
  });

  it("a description before the name and a comma, when it opens the clause and the names close it", () => {
    expect(
      affiliations(
        "“Which is it?” he asked the plaintiffs’ lawyer, Owen Marsh. “Both,” Marsh said.",
      ),
    ).toEqual([
      [null, null],
      ["Marsh", "plaintiffs"],
    ]);
    expect(
      affiliations(
        "Two of the named plaintiffs, Ann Sorel and Nora Pike, attended. “We are ready,” Pike said.",
      ),
    ).toEqual([["Pike", "plaintiffs"]]);
    // Not a description of the person: it sits in a phrase, and the name starts the next clause.
    expect(
      affiliations("Despite pressure from the plaintiffs, Judge Amy Lowe said “no deal.”"),
    ).toEqual([["Judge Amy Lowe", null]]);
  });

  it("a group named by its party: “all 42 Senate Republicans”, “the Democratic committee”", () => {
    expect(
      affiliations("“We will not agree to anything,” all 42 Senate Republicans wrote."),
    ).toEqual([["all 42 Senate Republicans", "Republicans"]]);
    expect(
      affiliations(
        "The Democratic committee met. “Halvorsen should disown it,” the Democratic committee said.",
      ),
    ).toEqual([["the Democratic committee", "Democrats"]]);
    // A party word outside the group's own name: critics of a plan are not its party.
    expect(affiliations("“It will fail,” said critics of the Republican plan.")).toEqual([
      ["critics", null],
    ]);
  });
});
