import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("surnames that are common words", () => {
  it("a lone surname the article has spelled out is a name, whatever wink tagged it", () => {
    expect(
      who("Jane Ward runs the tenants' group. “We will not move,” Ward said on Monday."),
    ).toEqual([["We will not move", "Ward", "X said"]]);
    expect(
      who(
        "Kathy Hoover chairs the panel. Hoover estimated that “at most thirty members” oppose the rule.",
      ),
    ).toEqual([["at most thirty members", "Hoover", "X estimated"]]);
  });

  it("a surname spelled like a time word is not skipped as one", () => {
    expect(who("Ann Early runs the clinic. Early described the cuts as “news to me.”")).toEqual([
      ["news to me.", "Early", "X described"],
    ]);
  });

  it("the common word opening a sentence before a noun stays common", () => {
    expect(
      who("Ann Early runs the clinic. Early voters told the clinic, “we waited an hour.”").map(
        (row) => row.slice(0, 2),
      ),
    ).toEqual([["we waited an hour.", "Early voters"]]);
  });
});

describe("surnames the tagger reads as function words", () => {
  it("'George Will', 'Al From': the lone surname after the full name is the person", () => {
    expect(
      who(
        "Al From, who founded the council, spoke on Monday. “The party was lost,” From said.",
      )[0]?.slice(1, 3),
    ).toEqual(["From", "X said"]);
    expect(
      who(
        "George Will wrote a column on Friday. “The eruption of war is a reminder,” Will wrote.",
      )[0]?.[1],
    ).toBe("Will");
  });

  it("not in a title-case headline, nor the word itself elsewhere", () => {
    // "Will Win": the next word has a capital too; "Will this matter?" opens its sentence.
    expect(who("Ruiz Will Win the Vote. “Not much,” said Ruiz.")[0]?.[1]).toBe("Ruiz");
    expect(
      who("George Will wrote a column. Will this matter? “Not much,” said Ana Ruiz.")[0]?.[1],
    ).toBe("Ana Ruiz");
  });
});
