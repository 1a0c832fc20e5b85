import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly. */
const relations = (text: string) => attributionOf([text]).blame.map(brief);

/**
 * Criticism held back is not made (cue-context.ts): a refusal withholds a noun of criticism as it
 * withholds a clause ("refrained from criticism of Y"), and a degree word a clause completes
 * ("did not go so far as to accuse Y") passes its verb's negation on to the clause.
 */
describe("blame: criticism held back or denied", () => {
  it("reads a noun of criticism under a refusal as withheld", () => {
    expect(relations("Jane Doe refrained from any criticism of Bob Smith at the meeting.")).toEqual(
      [],
    );
    expect(relations("Jane Doe pointedly withheld criticism of Bob Smith.")).toEqual([]);
    expect(relations("In her speech Jane Doe avoided any criticism of Bob Smith.")).toEqual([]);
    expect(relations("Jane Doe stopped short of open criticism of Bob Smith.")).toEqual([]);
  });

  it("reads a clause of blame under a refusal as withheld", () => {
    expect(relations("Jane Doe refrained from criticizing Bob Smith in public.")).toEqual([]);
    expect(relations("Jane Doe shied away from blaming Bob Smith for the flooding.")).toEqual([]);
    expect(relations("Jane Doe stopped short of accusing Bob Smith of fraud.")).toEqual([]);
  });

  it("cancels 'did not go so far as to accuse', and keeps 'went so far as to accuse'", () => {
    expect(relations("Jane Doe did not go so far as to accuse Bob Smith of fraud.")).toEqual([]);
    expect(
      relations("Jane Doe would not go as far as blaming Bob Smith for the flooding."),
    ).toEqual([]);
    const made = attributionOf(["Jane Doe went so far as to accuse Bob Smith of fraud."]).blame;
    expect(made.map(brief)).toEqual(["jane-doe accuses bob-smith [attributed]"]);
    expect(made[0]?.confidence).toBeGreaterThan(0.5);
    expect(made[0]?.confidence).toBeLessThan(CONFIDENT_BLAME);
  });
});

/**
 * A near miss is no act (cue-context.ts): "came close to accusing", "nearly accused" keep the
 * relation, never confident; a refusal denied is the act itself ("did not hesitate to blame").
 */
describe("blame: nearly made, and not held back", () => {
  it("keeps a near miss, but not as a confident relation", () => {
    for (const text of [
      "Jane Doe came close to accusing Bob Smith of lying.",
      "Jane Doe nearly accused Bob Smith of fraud.",
      "Jane Doe almost blamed Bob Smith for the delays.",
    ]) {
      const found = attributionOf([text]).blame;
      expect(found.map(brief)).toEqual([
        `jane-doe ${text.includes("blamed") ? "blames" : "accuses"} bob-smith [attributed]`,
      ]);
      expect(found[0]?.confidence).toBeLessThan(CONFIDENT_BLAME);
    }
  });

  it("reads a refusal that is denied as the act: 'did not hesitate to blame'", () => {
    const sure = (text: string) =>
      attributionOf([text]).blame.map((b) => `${brief(b)} ${b.confidence >= CONFIDENT_BLAME}`);
    expect(sure("Jane Doe did not hesitate to blame Bob Smith for the flooding.")).toEqual([
      "jane-doe blames bob-smith [attributed] true",
    ]);
    expect(sure("Jane Doe never hesitated to attack Bob Smith.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe hesitated to blame Bob Smith for the flooding.")).toEqual([]);
  });

  it("carries 'without' and 'not' over what 'or' joins to the first verb, not over 'but'", () => {
    expect(
      relations("Without admitting or denying the regulator's charges, Bob Smith paid a fine."),
    ).toEqual([]);
    expect(
      relations("Bob Smith settled the case without blaming or criticizing Jane Doe."),
    ).toEqual([]);
    expect(relations("Jane Doe did not praise or criticize Bob Smith in her speech.")).toEqual([]);
    expect(relations("Jane Doe did not praise Bob Smith but criticized Ann Lee.")).toEqual([
      "jane-doe criticises ann-lee [attributed]",
    ]);
  });
});
