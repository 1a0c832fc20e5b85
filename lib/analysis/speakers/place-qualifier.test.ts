import { describe, expect, it } from "vitest";
import { preparedFromText } from "../test-helpers/prepared";
import { placeQualifier } from "./place-qualifier";
import { buildQuoteContext } from "../text";

/** The qualifier opened by the first comma of a text, with the text of its place. */
function firstComma(text: string) {
  const ctx = buildQuoteContext(preparedFromText("t", text));
  const comma = ctx.tokens.findIndex((token) => token.text === ",");
  const found = placeQualifier(ctx, comma);
  return found && { place: ctx.tokens[comma + 1]?.text, continues: found.continues };
}

describe("placeQualifier", () => {
  it("reads a state set off by commas, and whether the phrase goes on after it", () => {
    expect(firstComma("The Kansas City, Mo., branch voted.")).toEqual({
      place: "Mo.",
      continues: true,
    });
    expect(firstComma("The mayor of Springfield, Ill., spoke at a rally.")).toEqual({
      place: "Ill.",
      continues: false,
    });
    expect(firstComma("The Dayton, Ohio, chapter met.")).toEqual({
      place: "Ohio",
      continues: true,
    });
  });

  it("closes at the sentence's end", () => {
    expect(firstComma("She is the mayor of Springfield, Ill.")).toEqual({
      place: "Ill.",
      continues: false,
    });
  });

  it("leaves ordinary commas alone", () => {
    expect(firstComma("In Basra, protesters set fire to the consulate.")).toBeNull();
    expect(firstComma("Pompeo said, Iran would be held responsible.")).toBeNull();
    expect(firstComma("Smith, a spokesman, declined to comment.")).toBeNull();
  });
});
