import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("a quote closed by ! or ? and the sentence after it", () => {
  it("a short clause after the mark is the quote's attribution", () => {
    expect(who("“Is it over?” Lopez asked. “Not yet,” the aide said.")).toEqual([
      ["Is it over?", "Lopez", "X asked"],
      ["Not yet", "the aide", "X said"],
    ]);
    expect(who("“We won!” Ruiz shot back with a grin.")).toEqual([["We won!", "Ruiz", "X shot"]]);
  });

  it("a speech verb with words of its own starts a sentence of its own", () => {
    expect(
      who(
        "Ana Ruiz was blunt, telling Maria Lopez, “you are a true friend to us all!” Lopez replied that it was an “honor to be your friend.”",
      ),
    ).toEqual([
      ["you are a true friend to us all!", "Ana Ruiz", "X … telling"],
      ["honor to be your friend.", "Lopez", "X replied"],
    ]);
    expect(
      who(
        "Ana Ruiz emailed Lopez, telling her, “you are a true friend to us all!” Lopez replied to her that it was an “honor to be your friend.”",
      ),
    ).toEqual([
      ["you are a true friend to us all!", "Ana Ruiz", "X … telling"],
      ["honor to be your friend.", "Lopez", "X replied"],
    ]);
  });
});
