import { describe, expect, it } from "vitest";
import { findQuotes } from "../quotes";
import { preparedFromText } from "../test-helpers/prepared";

/** [quoted text, speaker, attribution, affiliation] for every quote of a plain text. */
const signed = (text: string) =>
  findQuotes(preparedFromText("t", text)).map((q) => [
    q.text,
    q.speaker,
    q.attribution,
    q.affiliation ?? null,
  ]);

describe("roundups: quotes signed after them", () => {
  it("a dash and the signer, with the outlet or group after a comma as the affiliation", () => {
    expect(
      signed(
        "Readers wrote in about the vote.\n\n“The plan is a disgrace and nobody asked us.” — Ana Ruiz, Valley Times\n\n“It will save the town money.” — Tomas Berg, a baker",
      ),
    ).toEqual([
      ["The plan is a disgrace and nobody asked us.", "Ana Ruiz", "— X", "Valley Times"],
      ["It will save the town money.", "Tomas Berg", "— X", null],
    ]);
  });

  it("the signature on its own line, after a spaced hyphen or two", () => {
    expect(
      signed(
        "Ruiz voted for it.\n\n“I will look into it. I do not know.”\n\n- Ana Ruiz\n\nMore later.",
      ),
    ).toEqual([["I will look into it. I do not know.", "Ana Ruiz", "— X", null]]);
    expect(signed("“Fine by me.” -- Tomas Berg")).toEqual([
      ["Fine by me.", "Tomas Berg", "— X", null],
    ]);
  });
});

describe("a source introduced in the paragraph before a run of quotes", () => {
  it("the person the last sentence is about speaks the quote paragraphs that follow", () => {
    expect(
      signed(
        "Two residents came to the meeting. Ana Ruiz, a teacher, was angry about the vote.\n\n“It is a disgrace. Nobody asked us.”\n\n“We will fight this in court.”",
      ).map((q) => q.slice(0, 3)),
    ).toEqual([
      ["It is a disgrace. Nobody asked us.", "Ana Ruiz", "introduced before"],
      ["We will fight this in court.", "Ana Ruiz", "previous sentence"],
    ]);
    expect(
      signed(
        "Tomas Berg has run the bakery for 20 years. He opened it with his wife.\n\n“We never thought it would last this long.”",
      )[0]?.slice(1, 3),
    ).toEqual(["Tomas Berg", "introduced before"]);
  });

  it("not from a negated sentence", () => {
    expect(
      signed(
        "Ana Ruiz did not attend the meeting.\n\n“It is a disgrace. Nobody asked us.”",
      )[0]?.[1],
    ).toBeNull();
  });

  it("in the same paragraph, the named person the sentence just before is about", () => {
    // The sentence right before the bare quote, in its paragraph, brings Ana Ruiz in.
    expect(
      signed("Ana Ruiz was angry. “It is a disgrace. Nobody asked us.”")[0]?.slice(1, 3),
    ).toEqual(["Ana Ruiz", "introduced before"]);
    // Not when another person is named after the subject, nor when the subject is a pronoun
    // or not a person, nor across a paragraph whose last sentence is not about a person.
    expect(
      signed("Ana Ruiz was angry with Tomas Berg. “It is a disgrace. Nobody asked us.”")[0]?.[1],
    ).toBeNull();
    expect(signed("She was angry. “It is a disgrace. Nobody asked us.”")[0]?.[1]).toBeNull();
    expect(signed("The vote was close. “It is a disgrace. Nobody asked us.”")[0]?.[1]).toBeNull();
    expect(
      signed(
        "Ana Ruiz was angry.\n\nThe vote was close. “It is a disgrace. Nobody asked us.”",
      )[0]?.[1],
    ).toBeNull();
    expect(
      signed("Ana Ruiz did not come. “It is a disgrace. Nobody asked us.”")[0]?.[1],
    ).toBeNull();
  });
});

describe("roundups signed with a horizontal bar, several on one line", () => {
  it("― signs like a dash, and a signature ends where the next quote opens", () => {
    expect(
      signed(
        "Readers wrote in about the vote.\n\n“The plan is a disgrace.” ― Ana Ruiz “It will save the town money.” ― Tomas Berg “We should wait a year.” ― Lena Ortiz, Hill Gazette",
      ),
    ).toEqual([
      ["The plan is a disgrace.", "Ana Ruiz", "— X", null],
      ["It will save the town money.", "Tomas Berg", "— X", null],
      ["We should wait a year.", "Lena Ortiz", "— X", "Hill Gazette"],
    ]);
  });

  it("a verb after the name is no signature, even before another quote", () => {
    expect(
      signed("Readers wrote in.\n\n“Fine by me.” ― Ana Ruiz wrote “It is late.”")[0]?.[2],
    ).not.toBe("— X");
  });
});
