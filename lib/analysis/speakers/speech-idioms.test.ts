import { describe, expect, it } from "vitest";
import { parseSentence } from "../syntax";
import { preparedFromText } from "../test-helpers/prepared";
import { who } from "../test-helpers/quote-speakers";
import { buildQuoteContext } from "../text";
import { putsIt } from "./speech-idioms";

// "put it" speaks (speech-idioms.ts), and an aside opened by "as" says the clause it is set in.
describe("speakers of 'as X put it'", () => {
  it("an 'as' aside before the quote's clause", () => {
    expect(
      who("As Ruiz put it, the mayor is trying to make the council “an offer it cannot refuse.”"),
    ).toEqual([["an offer it cannot refuse.", "Ruiz", "X put"]]);
    expect(who("As the Valley Times put it, “the mayor is back again.”")).toEqual([
      ["the mayor is back again.", "the Valley Times", "X put"],
    ]);
  });

  it("'put it' before a colon", () => {
    expect(who("Ruiz put it bluntly: “The plan is dead.”")).toEqual([
      ["The plan is dead.", "Ruiz", "X put"],
    ]);
  });

  it("'put' with another object does not speak", () => {
    // Asked of the idiom itself: a quote near such a 'put' may still get a speaker another way
    // (the subject of a verb that does not speak, as any such verb gives one).
    const putAt = (text: string) => {
      const ctx = buildQuoteContext(preparedFromText("t", text));
      const sentence = ctx.sentences[0];
      if (!sentence) throw new Error("no sentence");
      const parse = parseSentence(sentence.tokens);
      return sentence.tokens.map((_, i) => putsIt(ctx, parse, sentence.first, i)).indexOf(true);
    };
    expect(putAt("Hale put the plan on hold until a better time.")).toBe(-1);
    expect(putAt("Hale put the letters in a box.")).toBe(-1);
    expect(putAt("Hale put it bluntly.")).toBe(1);
  });
});
