import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly, each with whether it is confident. */
const relations = (text: string) =>
  attributionOf([text]).blame.map((b) => `${brief(b)} ${b.confidence >= CONFIDENT_BLAME}`);

/** The parties are the grammatical subject and object (roles.ts), never words the parser misplaced there. */
describe("blame: the parties read from subject and object", () => {
  it("takes the name before a parenthesis the parser read as the subject", () => {
    expect(
      relations("Paul T. Brandt (R-Tex.) attacked Bob Smith and defended Jane Doe on Monday."),
    ).toEqual(["paul-t-brandt criticises bob-smith [attributed] true"]);
    expect(
      relations("Linda R. Vance (R-Tex.) attacked Bob Smith and defended Jane Doe on Monday."),
    ).toEqual(["linda-r-vance criticises bob-smith [attributed] true"]);
  });

  it("does not take someone's allies or lawyer for that someone", () => {
    expect(relations("Bob Smith's allies accused Jane Doe of lying.")).toEqual([
      "bob-smith accuses jane-doe [attributed] false",
    ]);
    expect(relations("Jane Doe's lawyer accused Bob Smith of lying.")).toEqual([
      "jane-doe accuses bob-smith [attributed] false",
    ]);
    expect(relations("Jane Doe accused Bob Smith's allies of lying.")).toEqual([
      "jane-doe accuses bob-smith [attributed] false",
    ]);
    expect(relations("Jane Doe accused Bob Smith's campaign of lying.")).toEqual([
      "jane-doe accuses bob-smith [attributed] true",
    ]);
  });

  it("takes no accuser from a source that disowns a passive blame: 'was wrongly blamed'", () => {
    expect(relations("Jane Doe said Bob Smith was wrongly blamed for the delays.")).toEqual([
      "∅ blames bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe said Bob Smith was blamed for the delays.")).toEqual([
      "jane-doe blames bob-smith [attributed] true",
    ]);
  });

  it("takes no second party from a verb the tagger read as an adjective: 'and pressured Y to'", () => {
    expect(
      relations("Jane Doe criticized his position and pressured Bob Smith to take a stand."),
    ).toEqual([]);
    expect(relations("Jane Doe criticized the plan and Bob Smith for the delays.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });

  it("keeps a passive whose 'by' agent is not named uncertain, and one with no agent confident", () => {
    expect(
      relations("Bob Smith has been criticized by many, including Jane Doe, for the delays."),
    ).toEqual(["∅ criticises bob-smith [own] false"]);
    expect(relations("Bob Smith was blamed by some for the flooding.")).toEqual([
      "∅ blames bob-smith [own] false",
    ]);
    expect(relations("Bob Smith was accused of fraud.")).toEqual([
      "∅ accuses bob-smith [own] true",
    ]);
  });
});
