import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly, each with whether it is confident. */
const relations = (text: string) =>
  attributionOf([text]).blame.map((b) => `${brief(b)} ${b.confidence >= CONFIDENT_BLAME}`);

/**
 * Who makes the criticism a noun names (criticism-nouns.ts): its owner, its "by"/"from" phrase or
 * the subject of a verb that voices it. Whoever only reports or meets it — the source of the
 * sentence, a quote's speaker, the subject of "noted", "cited", "heard" — is no confident critic,
 * and a name next to it in another clause is none at all.
 */
describe("blame: the critic of a noun of criticism", () => {
  it("keeps the source that reports criticism, but not as a confident critic", () => {
    expect(relations("There has been wide criticism of Bob Smith, Jane Doe said.")).toEqual([
      "jane-doe criticises bob-smith [attributed] false",
    ]);
    expect(relations("Jane Doe told reporters that Bob Smith faced wide criticism.")).toEqual([
      "jane-doe criticises bob-smith [attributed] false",
    ]);
    expect(relations("Jane Doe wrote that the criticism of Bob Smith was unfair.")).toEqual([
      "jane-doe criticises bob-smith [attributed] false",
    ]);
  });

  it("takes the subject of a verb that voices it, not of one that meets it", () => {
    expect(relations("Jane Doe joined the criticism of Bob Smith.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe voiced sharp criticism of Bob Smith on Monday.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
    expect(relations("Jane Doe noted the wide criticism of Bob Smith after the vote.")).toEqual([
      "∅ criticises bob-smith [own] false",
    ]);
    expect(relations("Jane Doe acknowledged criticism of Bob Smith.")).toEqual([
      "∅ criticises bob-smith [own] false",
    ]);
  });

  it("names nobody for criticism nobody is said to make, and no name from the next clause", () => {
    expect(relations("Amid wide criticism of Bob Smith, Jane Doe defended the plan.")).toEqual([
      "∅ criticises bob-smith [own] true",
    ]);
    expect(
      relations("Bob Smith faced wide criticism after the vote, while Jane Doe stayed silent."),
    ).toEqual(["∅ criticises bob-smith [own] true"]);
  });

  it("finds the critic the sentence names through 'whose' or a misplaced 'by'", () => {
    expect(
      relations("Jane Doe, whose criticism of Bob Smith has grown sharper, spoke on Monday."),
    ).toEqual(["jane-doe criticises bob-smith [attributed] true"]);
    expect(relations("The criticism of Bob Smith by Jane Doe was sharp.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });

  it("reads a critic named further on ('including from X') as uncertain, not as nobody", () => {
    expect(relations("Bob Smith has faced criticism, including from Jane Doe.")).toEqual([
      "jane-doe criticises bob-smith [attributed] false",
    ]);
    expect(relations("Bob Smith has drawn sharp criticism from Jane Doe and others.")).toEqual([
      "jane-doe criticises bob-smith [attributed] true",
    ]);
  });
});
