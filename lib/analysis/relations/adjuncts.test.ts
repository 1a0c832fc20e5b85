import { describe, expect, it } from "vitest";
import { attributionOf, brief } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly. */
const relations = (text: string) => attributionOf([text]).blame.map(brief);
/** Each relation of one text: "accuser → accused confidence". */
const scored = (text: string) =>
  attributionOf([text]).blame.map(
    (b) =>
      `${b.accuser.actor ?? "∅"} → ${b.accused.actor ?? b.accused.text ?? "∅"} ${b.confidence}`,
  );

describe("blame: adjunct clauses and acts named as topics", () => {
  it("does not take the ones ridiculed 'for criticising' as the source of the ridicule", () => {
    const found = attributionOf([
      "The report ridiculed Jane Doe and Mary Major for criticizing Bob Smith.",
    ]).blame;
    const ridiculed = found.filter((b) => b.cue === "ridiculed");
    expect(ridiculed.map((b) => b.accused.actor)).toEqual(["jane-doe", "mary-major"]);
    // Nobody named ridicules them: the accuser is no one, never one of the ridiculed.
    expect(ridiculed.every((b) => b.accuser.actor === null)).toBe(true);
    expect(ridiculed.every((b) => b.confidence < CONFIDENT_BLAME)).toBe(true);
    // Their own criticism stands.
    expect(found.some((b) => b.cue === "criticizing" && b.accused.actor === "bob-smith")).toBe(
      true,
    );
  });

  it("takes the doer of a gerund of means from its clause, not from the noun before it", () => {
    const [b] = attributionOf([
      "The files show that Tom Brown took orders from county aide Jane Doe by posting criticisms of Mayor Bob Smith during the hearings.",
    ]).blame;
    expect(b?.accused.actor).toBe("bob-smith");
    expect(b?.accuser.actor).not.toBe("jane-doe");
  });

  it("keeps the doer of a gerund of means the parse gives: 'angered voters by attacking'", () => {
    expect(scored("Jane Doe angered voters by attacking Bob Smith.")).toEqual([
      "jane-doe → bob-smith 0.9",
    ]);
  });

  it("does not make 'it is easy to attack X' its speaker's criticism", () => {
    for (const quote of [
      "It’s easy to attack Bob Smith, and we hear plenty of that,",
      "It would be a mistake to criticize Bob Smith,",
      "It's easy to bash Bob Smith, and you see it every week,",
    ]) {
      const found = attributionOf([`“${quote}” Jane Doe said.`]).blame;
      expect(found.every((b) => b.confidence < CONFIDENT_BLAME)).toBe(true);
    }
    // The same speaker attacking in her own words stays confident.
    const [own] = attributionOf(["“Bob Smith betrayed this town,” Jane Doe said."]).blame;
    expect(own?.accused.actor).toBe("bob-smith");
  });

  it("reads a stance word ('anti-Quaker') as no party", () => {
    const found = relations(
      "The guild adopted a motion which said the harbour “rejects anti-Quaker, anti-sailor, and anti-tourist remarks by candidate Bob Smith and his friends.”",
    );
    expect(found.some((r) => /anti-/i.test(r))).toBe(false);
  });

  it("keeps a denial in the narration with no denier, but not as a confident one", () => {
    const found = attributionOf([
      "(Bob Smith was not involved in the running of the hotel, but he is a lender.)",
    ]).blame;
    expect(found.map((b) => b.kind)).toEqual(["denies-responsibility"]);
    expect(found[0]?.accuser.actor).toBeNull();
    expect(found[0]?.confidence).toBeLessThan(CONFIDENT_BLAME);
    // A denier named in the sentence keeps it confident.
    const [named] = attributionOf(["Bob Smith denied any role in the collapse of the bank."]).blame;
    expect(named?.kind).toBe("denies-responsibility");
    expect(named?.confidence).toBeGreaterThanOrEqual(CONFIDENT_BLAME);
  });

  it("does not make the praiser of someone's efforts to attack X the attacker", () => {
    const found = attributionOf([
      "Jane Doe praised the work of a baker to attack Bob Smith by printing cartoons on the cake boxes.",
    ]).blame;
    expect(found.some((b) => b.accuser.actor === "jane-doe")).toBe(false);
  });

  it("reads 'blamed X on Twitter' as X blamed, and 'blamed Z on X' as X blamed", () => {
    expect(relations("Bob Smith blamed Jane Doe on Facebook for the closure.")).toEqual([
      "bob-smith blames jane-doe [attributed]",
    ]);
    expect(relations("Bob Smith blamed the closure on Jane Doe.")).toEqual([
      "bob-smith blames jane-doe [attributed]",
    ]);
  });

  it("does not make criticism voiced by a subject it cannot name an unnamed critic's, confidently", () => {
    const [b] = attributionOf([
      "The Doe camp has lobbed misleading criticisms of Bob Smith, including a critique of his plan.",
    ]).blame;
    expect(b?.accused.actor).toBe("bob-smith");
    expect(b?.confidence).toBeLessThan(CONFIDENT_BLAME);
    // A critic it names keeps it confident.
    expect(scored("Jane Doe voiced criticism of Bob Smith.")).toEqual(["jane-doe → bob-smith 0.8"]);
  });

  it("takes no accuser from a frame in the passive: 'when it was revealed that …'", () => {
    const found = attributionOf([
      "The ferry board met on Thursday. Bob Smith came under sharp criticism when it was revealed in June that he had hired his nephew.",
    ]).blame;
    expect(found.map((b) => [b.accused.actor, b.accuser.text])).toEqual([["bob-smith", null]]);
  });

  it("does not hand an act whose subject it cannot name to the sentence's speaker", () => {
    const found = attributionOf([
      "Despite many fishermen holding Bob Smith squarely responsible for the empty nets, Jane Doe says it is unfair to blame a single skipper.",
    ]).blame;
    expect(found.some((b) => b.accuser.actor === "jane-doe")).toBe(false);
    expect(found.every((b) => b.confidence < CONFIDENT_BLAME)).toBe(true);
    const [report] = attributionOf(["The report attacked Bob Smith, Jane Doe said."]).blame;
    expect(report?.accuser.actor).toBeNull();
    expect(report?.confidence).toBeLessThan(CONFIDENT_BLAME);
    // A subject it names stays the accuser, and confident.
    expect(scored("Bob Smith attacked Mary Major, Jane Doe said.")).toEqual([
      "bob-smith → mary-major 0.9",
    ]);
  });

  it("keeps a rejected claim with no accused named, but not as a confident one", () => {
    const [b] = attributionOf(["The Greens rebut the claim of bridge progress."]).blame;
    expect(b?.kind).toBe("rejects-accusation");
    expect(b?.accused.actor).toBeNull();
    expect(b?.confidence).toBeLessThan(CONFIDENT_BLAME);
  });
});
