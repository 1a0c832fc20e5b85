import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { findQuotes } from "../quotes";

/** [quoted words, speaker] for every quote of a text. */
const speakers = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((quote) => [quote.text, quote.speaker]);

describe("a speech verb tagged as a plural noun after a singular subject", () => {
  it("“X notes that …”, “X claims that …” with a name, an outlet or a role", () => {
    expect(
      speakers(
        "Lena Ortiz, a county planner, notes that the bridge “will close in May.” The Harbor Ledger claims that “nobody was told.” The mayor notes that “the plan is dead.”",
      ),
    ).toEqual([
      ["will close in May.", "Lena Ortiz"],
      ["nobody was told.", "The Harbor Ledger"],
      ["the plan is dead.", "The mayor"],
    ]);
  });

  it("a claim before a quote: “The council claims “…””", () => {
    expect(speakers("The council claims “the mill cheated every worker.”")).toEqual([
      ["the mill cheated every worker.", "The council"],
    ]);
  });

  it("not the noun of an object (“filed fraud claims that …”) nor a relative “that”", () => {
    expect(
      speakers("Dario Venn filed fraud claims that the insurer called “absurd.”")[0]?.[1],
    ).not.toBe("fraud");
    expect(
      speakers("The tax claims that were filed by the firm were “plainly false,” Venn said."),
    ).toEqual([["plainly false", "Venn"]]);
  });
});

describe("a possessor's document", () => {
  it("“Reyes’ email said”: the possessor, with a bare apostrophe", () => {
    expect(
      speakers("Mayor Ana Reyes wrote to the council. Reyes’ email said “the vote is off.”"),
    ).toEqual([["the vote is off.", "Reyes"]]);
  });

  it("“the mayor’s letter says”: the mayor, as written", () => {
    expect(speakers("The mayor’s letter says “we are done with this budget.”")).toEqual([
      ["we are done with this budget.", "The mayor"],
    ]);
  });

  it("a line opening “Full transcript below:” is not owned by its first word", () => {
    const found = speakers(
      "Tom Ruiz spoke to the club on Monday. Full transcript below: “KIM: No, we will not.”",
    )[0]?.[1];
    expect(found).not.toBe("Full");
  });
});

describe("the source behind a document after “according to”", () => {
  it("the outlet a report is in; the maker a finding is by", () => {
    expect(
      speakers(
        "The mill will close next year. “We have no buyers,” according to a report in The Harbor Courier.",
      ),
    ).toEqual([["We have no buyers", "The Harbor Courier"]]);
    expect(
      speakers(
        "The wage is “too low,” according to calculations by Ana Ruiz of the state university.",
      ),
    ).toEqual([["too low", "Ana Ruiz"]]);
    expect(
      speakers("It was “a mess,” according to one copy of the memo obtained by the Ledger."),
    ).toEqual([["a mess", "the Ledger"]]);
  });

  it("a person after “according to” stays the source", () => {
    expect(speakers("It is “fine,” according to a spokesman for the Ledger.")).toEqual([
      ["fine", "a spokesman"],
    ]);
  });
});

describe("a capitalised document noun inside a sentence is a name", () => {
  it("“the Post answered”: the outlet, not a post's author", () => {
    expect(
      speakers(
        "Tom Ruiz wrote to The Harbor Post, and the Post answered that “no deal was made.” The Harbor Post then added: “It is over.”",
      ),
    ).toEqual([
      ["no deal was made.", "the Post"],
      ["It is over.", "The Harbor Post"],
    ]);
  });

  it("the lower-case document still speaks for its author", () => {
    expect(speakers("Ana Ruiz posted on Monday. The post says “we are leaving.”")).toEqual([
      ["we are leaving.", "Ana Ruiz"],
    ]);
  });
});

describe("a duration ending in “ago” between subject and verb", () => {
  it("does not become the subject", () => {
    expect(
      speakers(
        "The Transport Agency just three days ago announced that “secret” plans had leaked.",
      ),
    ).toEqual([["secret", "The Transport Agency"]]);
    expect(speakers("The council a year ago told residents “the pool is safe.”")).toEqual([
      ["the pool is safe.", "The council"],
    ]);
  });

  it("set off by commas or after the verb, as before", () => {
    expect(
      speakers(
        "Ana Kim, two weeks ago, said “the vote is over.” Kim said two weeks ago that “nothing changed.”",
      ),
    ).toEqual([
      ["the vote is over.", "Ana Kim"],
      ["nothing changed.", "Kim"],
    ]);
  });
});

describe("a name inside an “anti-” compound", () => {
  it("does not own the document: “an anti-Lopez ad” is not Lopez’s", () => {
    expect(
      speakers(
        "One radio ad accuses Lopez of “years of quiet favours.” The Keep Faith group also runs an anti-Lopez ad in Ohio.",
      )[0]?.[1],
    ).not.toBe("anti-Lopez");
  });
});

describe("articles and pieces are documents", () => {
  it("“X published a piece that argued …”: who published it", () => {
    expect(
      speakers(
        'The Harbor Ledger published a long piece that argued the plan "helps only the rich."',
      ),
    ).toEqual([["helps only the rich.", "The Harbor Ledger"]]);
  });

  it("“the article says”: its writer, as for a letter", () => {
    expect(speakers('Tom Ruiz wrote an article. The article says "the mayor lied."')).toEqual([
      ["the mayor lied.", "Tom Ruiz"],
    ]);
  });
});

describe("“in a statement” between a subject and its verb", () => {
  it("is where the words were said, not who said them", () => {
    expect(speakers("The union in an interview described the deal as “a trap.”")).toEqual([
      ["a trap.", "The union"],
    ]);
    expect(speakers("Ruiz on Monday in a statement called the plan “a disgrace.”")).toEqual([
      ["a disgrace.", "Ruiz"],
    ]);
  });
});
