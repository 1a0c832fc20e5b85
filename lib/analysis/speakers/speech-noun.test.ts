import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// A quote set in a thing said (speech-noun.ts): said by the noun's possessor or its maker.
describe("speakers of quotes set in a thing said", () => {
  it("the possessor of a claim, a slogan or a promise", () => {
    expect(
      who("Berg’s slogan in that race was that Hale “would do anything to win a vote.”"),
    ).toEqual([["would do anything to win a vote.", "Berg", "X’s slogan"]]);
    expect(
      who("Ruiz’s most damaging claim is that the panel is a “witch hunt” against the mayor."),
    ).toEqual([["witch hunt", "Ruiz", "X’s claim"]]);
    expect(
      who('It is the steady pull of Hale\'s "if you like your bus, you can keep it" promise.'),
    ).toEqual([["if you like your bus, you can keep it", "Hale", "X’s promise"]]);
    expect(who("Yet Hale’s broadside against “cheap credit” won him few friends.")).toEqual([
      ["cheap credit", "Hale", "X’s broadside"],
    ]);
  });

  it("in X's words", () => {
    expect(who("In Berg’s words, “they are the best towns on the coast by far.”")).toEqual([
      ["they are the best towns on the coast by far.", "Berg", "X’s words"],
    ]);
  });

  it("the claim's owner, not the subject of the verb that does not speak", () => {
    expect(who('Ruiz rejected Hale\'s claim that the plan was "dead on arrival."')).toEqual([
      ["dead on arrival.", "Hale", "X’s claim"],
    ]);
  });

  it("the subject of the verb that makes the point", () => {
    expect(
      who("Ruiz also made the point that the plan would make him “a third term of the old mayor.”"),
    ).toEqual([["a third term of the old mayor.", "Ruiz", "X made point"]]);
  });

  it("a possessive pronoun: the person named before, not one just referred to as the object", () => {
    expect(
      who(
        "Tom Hale spoke to the council on Monday. He repeated his claim that “rents are too high.”",
      )[0],
    ).toEqual(["rents are too high.", "Tom Hale", "his claim → Tom Hale"]);
    expect(
      who(
        "Ana Ruiz said the vote was close. Critics were hard on Tom Hale, pressing him over his claim that he was “a neutral man.”",
      )[0]?.[1],
    ).toBeNull();
  });

  it("a speech verb nearby still wins over what is said about the thing", () => {
    expect(who("Ruiz said Hale's claim that the plan was dead was “simply false.”")[0]?.[1]).toBe(
      "Ruiz",
    );
    expect(who("Ruiz said Hale’s remarks about the judge were “a disgrace.”")[0]?.[1]).toBe("Ruiz");
  });

  it("but not over the thing's own words: its 'that' clause, or its name beside it", () => {
    // Ruiz calls the claim false: "dead" is Hale's word, not Ruiz's (it was Ruiz's before
    // 2026-12-06, which put in Ruiz's mouth words Ruiz rejects).
    expect(who("Ruiz said Hale's claim that the plan was “dead” was false.")[0]?.slice(1)).toEqual([
      "Hale",
      "X’s claim",
    ]);
    // The parse hangs the clause on the verb; the noun right before "that" is what it says.
    expect(who("Ruiz mocked Berg’s claim that the mayor “founded the gang.”")[0]?.slice(1)).toEqual(
      ["Berg", "X’s claim"],
    );
    expect(who("Ruiz recalled what he said about Berg’s phrase “fair share.”")[0]?.[1]).toBe(
      "Berg",
    );
  });
});
