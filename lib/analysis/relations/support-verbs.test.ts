import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly, each with whether it is confident. */
const relations = (text: string) =>
  attributionOf([text]).blame.map((b) => `${brief(b)} ${b.confidence >= CONFIDENT_BLAME}`);

/**
 * A noun of criticism under a verb that voices it (blame-patterns.ts): its critic is the verb's
 * subject when the noun is the verb's object ("voiced criticism of Y", "had harsh words for Y")
 * or the "with" phrase of a verb that has an object of its own ("opened the hearing with
 * criticism of Y"); not when the verb answers the criticism or takes it in another phrase
 * ("rejected criticism of Y", "responded to criticism of Y"), which leaves the critic unnamed.
 */
describe("blame: a noun of criticism and the verb that voices it", () => {
  it("takes the subject of a verb whose 'with' phrase carries the criticism", () => {
    expect(
      relations("Jane Doe opened the budget hearing with sharp criticism of Bob Smith."),
    ).toEqual(["jane-doe criticises bob-smith [attributed] true"]);
    expect(relations("Jane Doe closed her remarks with a stinging rebuke of Bob Smith.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });

  it("reads harsh words of speech as criticism of whom they are for", () => {
    expect(relations("Jane Doe had harsh words for Bob Smith on Thursday.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe reserved blistering remarks for Bob Smith.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe had kind words for Bob Smith.")).toEqual([]);
  });

  it("reads the target of aimed criticism after 'at'", () => {
    expect(relations("Jane Doe leveled fresh criticism at Bob Smith.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });

  it("keeps a verb that voices criticism as its object", () => {
    expect(relations("Jane Doe voiced criticism of Bob Smith during the debate.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });

  it("names no critic, and is not sure, when the subject answers the criticism", () => {
    expect(relations("Jane Doe rejected the criticism of Bob Smith.")).toEqual([
      "∅ criticises bob-smith [own] false",
    ]);
    expect(relations("Jane Doe responded to criticism of Bob Smith.")).toEqual([
      "∅ criticises bob-smith [own] false",
    ]);
  });
});
