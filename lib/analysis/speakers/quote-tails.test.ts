import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("quotes whose sentence the outlet finishes", () => {
  it("a quoted sentence the outlet finishes with a predicate of its own goes on from the speaker before", () => {
    expect(
      who(
        "Ana Ruiz, the family's lawyer, argues that her client never urged violence. “The state says that his calls for people to come and bring flowers to the square” were a call to arms. “His aim was a peaceful end.”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      [
        "The state says that his calls for people to come and bring flowers to the square",
        "Ana Ruiz, the family's lawyer",
      ],
      ["His aim was a peaceful end.", "Ana Ruiz, the family's lawyer"],
    ]);
    // The predicate brings in people who may have said it: no one is carried over.
    expect(
      who(
        "Ruiz said the vote was close. “Every ballot must be counted in every county” became the cry of the protesters.",
      )[0]?.[1],
    ).toBeNull();
    // A few words the outlet borrows are no one's sentence.
    expect(
      who("Ruiz said the vote was close. “Count every vote” was painted on the wall.")[0]?.[1],
    ).toBeNull();
  });

  it("a quote that runs on into a name it stops short of follows the previous speaker", () => {
    // The quote closes on a word, not on the mark that ends a quoted sentence: the tail is its
    // object, a noun phrase, even when it names someone.
    expect(
      who(
        "“We need a budget that works,” Ruiz added. “She met him week after week to decide whether to go after” Tom Harlan.",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["We need a budget that works", "Ruiz"],
      ["She met him week after week to decide whether to go after", "Ruiz"],
    ]);
    // A name and a verb the tagger took for a noun ("shot back"): the quote's own speaker, not
    // the one carried over (phrasal-verbs.ts reads "shot back" as a speech verb).
    expect(
      who(
        "“We need a budget that works,” Ruiz added. “She will never give up” Harlan shot back.",
      )[1]?.[1],
    ).toBe("Harlan");
    // A quote closed by its own comma before a name: the name may speak.
    expect(
      who(
        "“We need a budget that works,” Ruiz added. “She will never give up,” Tom Harlan.",
      )[1]?.[1],
    ).not.toBe("Ruiz");
  });

  it("a quoted sentence the outlet finishes with an infinitive or a participle keeps the speaker before", () => {
    expect(
      who(
        "“The key group is older women,” said Ana Ruiz, a pollster. “They agree with him on the issues, but they are not there yet” to vote for him.",
      )[1],
    ).toEqual([
      "They agree with him on the issues, but they are not there yet",
      "Ana Ruiz",
      "previous sentence",
    ]);
    expect(
      who(
        "“The key group is older women,” said Ana Ruiz. “Berg has to keep their support and do much more” - raising his profile and convincing voters he can win.",
      )[1]?.[1],
    ).toBe("Ana Ruiz");
    // A clause of the outlet's own names someone new: not carried over.
    expect(
      who(
        "“The key group is older women,” said Ana Ruiz. “Berg has to keep their support and do much more” is what Lopez argued.",
      )[1]?.[1],
    ).not.toBe("Ana Ruiz");
  });
});
