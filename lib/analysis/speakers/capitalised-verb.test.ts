import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("a speech verb written with a capital mid-sentence", () => {
  it("is the verb after its subject, not a name", () => {
    expect(
      who(
        "“We cannot argue with that!” Marc Lee, the head of the Valley Fund, Tweeted on Friday with a picture.",
      ),
    ).toEqual([
      ["We cannot argue with that!", "Marc Lee, the head of the Valley Fund", "X tweeted"],
    ]);
    expect(who("Marc Lee Tweeted on Friday: “We cannot argue with that.”")).toEqual([
      ["We cannot argue with that.", "Marc Lee", "X tweeted"],
    ]);
  });

  it("not after a verb of the same clause, nor when the word is no speech verb", () => {
    expect(who("She went to Red Wing Stated that day for a “quiet time.”")).toEqual([
      ["quiet time.", null, null],
    ]);
    expect(who("The Valley Fund Invested in “green bonds” last year.")).toEqual([
      ["green bonds", null, null],
    ]);
  });
});
