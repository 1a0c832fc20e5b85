import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly, each with whether it is confident. */
const relations = (text: string) =>
  attributionOf([text]).blame.map((b) => `${brief(b)} ${b.confidence >= CONFIDENT_BLAME}`);

/**
 * The programme, publication or audience a critic speaks to is no critic (sources.ts): after a
 * participle (", telling CNN that …") or a verb whose object is its listener ("told", "assured"),
 * the name that follows is who is spoken to, never a subject written after its verb.
 */
describe("blame: the one spoken to is not the accuser", () => {
  it("takes the clause's subject, not the programme, for ', telling X that …'", () => {
    expect(
      relations(
        "Jane Doe appeared on Sunday, telling Fox News that the delays were blamed on Bob Smith.",
      ),
    ).toEqual(["jane-doe blames bob-smith [attributed] true"]);
    expect(
      relations(
        "Jane Doe appeared on Sunday, telling Fox News there was wide criticism of Bob Smith.",
      ),
      // Kept with the speaker, not the programme, but not confident: she reports criticism that
      // others make (criticism-nouns.ts, confidence.ts).
    ).toEqual(["jane-doe criticises bob-smith [attributed] false"]);
    expect(
      relations(
        "Jane Doe appeared on Sunday, telling Fox News that Bob Smith should be blamed for the delays.",
      ),
    ).toEqual(["jane-doe blames bob-smith [attributed] false"]);
    expect(
      relations(
        "Jane Doe, telling CNN that the flooding was caused by Bob Smith, left the hearing early.",
      ),
    ).toEqual(["jane-doe attributes-responsibility bob-smith [attributed] false"]);
  });

  it("takes the speaker, not the audience, for ', assuring X that …' and ', informing X that …'", () => {
    expect(
      relations(
        "Jane Doe wrote again on Friday, assuring the Democrats that Bob Smith would be blamed for the delays.",
      ),
    ).toEqual(["jane-doe blames bob-smith [attributed] false"]);
    expect(
      relations(
        "Jane Doe spoke at noon, informing CNN viewers that Bob Smith should be blamed for the delays.",
      ),
    ).toEqual(["jane-doe blames bob-smith [attributed] false"]);
  });

  it("still reads a subject written after a plain verb of saying", () => {
    expect(
      relations("Bob Smith should be blamed for the delays, said Jane Doe on Tuesday."),
    ).toEqual(["jane-doe blames bob-smith [attributed] false"]);
  });
});
