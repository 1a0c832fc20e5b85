import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("quotes introduced by a colon", () => {
  it("the clause before the colon speaks, whatever its verb", () => {
    expect(who("Ana Ruiz delivered a blunt message to Tom Beck: “It is time to stop.”")).toEqual([
      ["It is time to stop.", "Ana Ruiz", "X delivered"],
    ]);
  });

  it("with no verb, the first name of the line's last stretch", () => {
    expect(who("Here is Ana Ruiz in December 1992: “Our direction must change.”")).toEqual([
      ["Our direction must change.", "Ana Ruiz", "X … :"],
    ]);
    expect(who("POLLS MISSED THE SURGE - Jon Dale: “Most voters agree with us.”")).toEqual([
      ["Most voters agree with us.", "Jon Dale", "X :"],
    ]);
    expect(who("Ruiz: “We will win.” Beck: “No, you will not.”")).toEqual([
      ["We will win.", "Ruiz", "X :"],
      ["No, you will not.", "Beck", "X :"],
    ]);
  });

  it("a transcript line: a name with its party tag, then the colon", () => {
    expect(who("It was her figure. Rep. Ana Ruiz (R-S.C.):“Who told you that number?”")).toEqual([
      ["Who told you that number?", "Rep. Ana Ruiz", "X … :"],
    ]);
    expect(who("It was her figure. Tom Beck (D-Ohio): “Nobody did.”")).toEqual([
      ["Nobody did.", "Tom Beck", "X … :"],
    ]);
  });

  it("the verb of the line's main clause, not of a relative clause before the colon", () => {
    expect(
      who('Tom Berg has since apologized for what occurred: "Yes, I should have checked first."'),
    ).toEqual([["Yes, I should have checked first.", "Tom Berg", "X … apologized"]]);
  });

  it("the clause an adverbial or complement clause before the colon hangs from", () => {
    expect(
      who("Ruiz apologized for what went wrong: “We made mistakes and we will fix them.”"),
    ).toEqual([["We made mistakes and we will fix them.", "Ruiz", "X apologized"]]);
    expect(
      who(
        "And Ruiz is sure that the ban will only make him louder: “They are making a hero.”",
      )[0]?.[1],
    ).toBe("Ruiz");
  });

  it("not past a speech verb above: the words are what the clause's own speaker said", () => {
    expect(
      who(
        "Ruiz says she still thinks about what her coach told her: “Never stop running.”",
      )[0]?.[1],
    ).toBe("her coach");
  });

  it("a colon line before quote paragraphs: each quote is its subject's, with any verb", () => {
    expect(
      who(
        "Lina Prax listed her demands:\n\n“Open the bridge by May.”\n\n“Pay the workers.”\n\n“Stop the night flights.”\n\nThe council did not reply.",
      ),
    ).toEqual([
      ["Open the bridge by May.", "Lina Prax", "introduced before"],
      ["Pay the workers.", "Lina Prax", "previous sentence"],
      ["Stop the night flights.", "Lina Prax", "previous sentence"],
    ]);
    // The line introduces someone new: not the speaker of the quote before it.
    expect(
      who(
        "“The plan is fine,” said Ana Ruiz, a nurse.\n\n17-year-old Tomas Berg echoed:\n\n“It is a good plan. We need it.”\n\n“Nobody else has one.”",
      ).map((row) => row[1]),
    ).toEqual(["Ana Ruiz", "17-year-old Tomas Berg", "17-year-old Tomas Berg"]);
    // A line with no one as its subject leaves the quote to the one before.
    expect(
      who(
        "“The plan is fine,” said Ana Ruiz.\n\nWait, it gets better:\n\n“We will pay for it twice.”",
      )[1]?.[1],
    ).toBe("Ana Ruiz");
  });
});

describe("a dash that introduces a quote as a colon does", () => {
  it("the clause before a spaced dash, for a quoted sentence that ends the sentence", () => {
    expect(
      who("Ana Ruiz also embraced the toll — “I think the toll is fair to every driver.”"),
    ).toEqual([["I think the toll is fair to every driver.", "Ana Ruiz", "X embraced"]]);
    expect(
      who('Ana Ruiz also embraced the toll -- "I think the toll is fair to every driver."')[0]?.[1],
    ).toBe("Ana Ruiz");
  });

  it("not a dash before a few borrowed words, nor a clause that names no one", () => {
    expect(who("Ana Ruiz backed the toll — “a fair deal.”")[0]?.[1]).toBeNull();
    expect(who("The vote was close — “Count every ballot in every county.”")[0]?.[1]).toBeNull();
  });
});
