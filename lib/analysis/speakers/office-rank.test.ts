import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

/** Invented sentences: a rank word makes another office. */
describe("an office with a rank is held only by someone written with that rank", () => {
  it("the vice president is not the president named last", () => {
    expect(
      who(
        "President Tom Hale spoke first. Later the vice president said the deal was “a good start for both sides.”",
      ),
    ).toEqual([["a good start for both sides.", "the vice president", "X said"]]);
    expect(
      who(
        "President Tom Hale met Vice President Ana Ruiz on Monday. Later the vice president said the deal was “a good start.”",
      ),
    ).toEqual([["a good start.", "Ana Ruiz", "the vice president → Ana Ruiz"]]);
  });

  it("the deputy mayor is not the mayor; the mayor still is", () => {
    expect(
      who("Mayor Ned Ashby spoke first. Then the deputy mayor said the plan was “a good start.”"),
    ).toEqual([["a good start.", "the deputy mayor", "X said"]]);
    expect(
      who("Mayor Ned Ashby spoke first. Then the mayor said the plan was “a good start.”"),
    ).toEqual([["a good start.", "Ned Ashby", "the mayor → Ned Ashby"]]);
  });
});
