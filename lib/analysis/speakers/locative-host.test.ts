import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

/** Invented sentences: the name after "in/at/on/outside" says where the speakers are, not who speaks. */
describe("a place after a locative preposition is not the speaker", () => {
  it("the noun before the preposition speaks", () => {
    expect(who("Officials in Tehran said the talks were “a waste of everyone’s time.”")).toEqual([
      ["a waste of everyone’s time.", "Officials", "X said"],
    ]);
    expect(who("Protesters outside City Hall shouted “Shame on the council” for an hour.")).toEqual(
      [["Shame on the council", "Protesters", "X shouted"]],
    );
    expect(
      who("Students at Ridgeway High School chanted “Go home now” during the second half."),
    ).toEqual([["Go home now", "Students", "X chanted"]]);
  });

  it("in a clause the participle hangs from", () => {
    expect(
      who(
        "Democrats on Harbor Hill seized on the memo, arguing that it showed “a clear intent to mislead.”",
      ),
    ).toEqual([["a clear intent to mislead.", "Democrats", "X … arguing"]]);
  });

  it("a place or body that is the verb's own subject still speaks", () => {
    expect(who("The White House said the pier deal was “dead on arrival.”")).toEqual([
      ["dead on arrival.", "The White House", "X said"],
    ]);
  });

  it("not a preposition inside a body's name, nor a place before the preposition", () => {
    // Whatever the name's extent, the director named after the body speaks, not "The Council".
    const [council] = who(
      "The Council on Harbor Safety Executive Director Mara Quill says the rules are “long overdue.”",
    );
    expect(council?.[1]).toContain("Mara Quill");
    expect(
      who(
        "After winning Maine in the first round, Governor Ned Ashby said, “We are going all the way to the coast.”",
      ),
    ).toEqual([["We are going all the way to the coast.", "Governor Ned Ashby", "X said"]]);
  });
});
