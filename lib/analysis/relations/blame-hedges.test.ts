import { describe, expect, it } from "vitest";
import { attributionOf, brief, handQuote } from "../test-helpers/attribution";
import { CONFIDENT_BLAME } from "../schema";

/** Relations of one text, briefly. */
const relations = (text: string) => attributionOf([text]).blame.map(brief);
/** The confidence of each relation of one text. */
const confidences = (text: string) => attributionOf([text]).blame.map((b) => b.confidence);

describe("blame: the clause around the cue", () => {
  it("cancels a negated cue: 'was not accusing'", () => {
    expect(relations("Jane Doe was not accusing Bob Smith of anything.")).toEqual([]);
    expect(relations("Jane Doe never blamed Bob Smith for the delays.")).toEqual([]);
  });

  it("cancels a cue inside a condition, and lowers one under a condition", () => {
    expect(relations("If Jane Doe blames Bob Smith for the delays, the talks will fail.")).toEqual(
      [],
    );
    const [conditional] = confidences(
      "If the report is true, Jane Doe will blame Bob Smith for the delays.",
    );
    expect(conditional).toBeLessThan(CONFIDENT_BLAME);
  });

  it("cancels blame asked of someone, or withheld", () => {
    expect(relations("Lawmakers urged Jane Doe to condemn Bob Smith.")).toEqual([]);
    expect(relations("Jane Doe declined to criticize Bob Smith.")).toEqual([]);
  });

  it("keeps an intention, a question or a modal, but not as a confident relation", () => {
    const [intended] = confidences("Jane Doe is talking about censuring Bob Smith.");
    expect(intended).toBeLessThan(CONFIDENT_BLAME);
    const [asked] = confidences("Did Jane Doe blame Bob Smith for the delays?");
    expect(asked).toBeLessThan(CONFIDENT_BLAME);
    // A forecast is not yet blame.
    const [likely] = confidences("Jane Doe is likely to blame Bob Smith for the delays.");
    expect(likely).toBeLessThan(CONFIDENT_BLAME);
    // Nor is blame that might, would or could be made.
    for (const modal of ["might", "would", "could", "may"]) {
      const [maybe] = confidences(`Jane Doe ${modal} blame Bob Smith for the delays.`);
      expect(maybe, modal).toBeLessThan(CONFIDENT_BLAME);
    }
  });

  it("does not turn a reported charge round: 'responding to charges that he demonized X'", () => {
    expect(
      relations(
        "Responding to charges that he demonized farmers, Bob Smith said he would meet them.",
      ),
    ).toEqual([]);
    expect(relations("Jane Doe denied that she attacked Bob Smith.")).toEqual([]);
  });

  it("reads a request or refusal verb as a hedge only over a clause, not over its own subject or object", () => {
    const quote = "Bob Smith’s war on the county libraries must stop,";
    const said = (q: string) =>
      attributionOf([`“${q}” Jane Doe said.`], {
        quotes: (t) => [handQuote(t, q, "Jane Doe")],
      }).blame.map(brief);
    expect(said(quote)).toEqual(["jane-doe criticises bob-smith [attributed]"]);
    expect(said("We challenge Bob Smith’s constant misuse of the county funds,")).toEqual([
      "jane-doe criticises bob-smith [attributed]",
    ]);
  });

  it("is sure of an explicit verb with both parties in grammatical roles", () => {
    const [sure] = confidences("Jane Doe blamed Bob Smith for the delays.");
    expect(sure).toBeGreaterThanOrEqual(CONFIDENT_BLAME);
  });

  it("is not sure of responsibility read without a verb of blame, nor of a party named through a possessive", () => {
    const [threat] = attributionOf(["The consulate came under attacks from Iran."]).blame;
    expect(threat ? brief(threat) : null).toBe("∅ attributes-responsibility iran [own]");
    expect(threat?.confidence).toBeLessThan(CONFIDENT_BLAME);
    const [lawyer] = attributionOf([
      "Bob Smith’s lawyer, Ann Lee, accused Jane Doe of lying.",
    ]).blame;
    expect(lawyer?.accused.actor).toBe("jane-doe");
    expect(lawyer?.confidence).toBeLessThan(CONFIDENT_BLAME);
  });

  it("is not sure of a person the article names only by surname, resolved from another article", () => {
    const found = attributionOf([
      "Jane Doe blamed Bob Smith for the delays.",
      "Jane Doe blamed Smith for the cuts.",
    ]).blame.map((b) => [b.article, brief(b), b.confidence >= CONFIDENT_BLAME]);
    expect(found).toEqual([
      ["a", "jane-doe blames bob-smith [attributed]", true],
      ["b", "jane-doe blames bob-smith [attributed]", false],
    ]);
  });

  it("is not sure of an evaluative word in a quote, even with its subject in role", () => {
    const q = "Bob Smith is a disgrace,";
    const [b] = attributionOf([`“${q}” Jane Doe said.`], {
      quotes: (t) => [handQuote(t, q, "Jane Doe")],
    }).blame;
    expect(b ? brief(b) : null).toBe("jane-doe criticises bob-smith [attributed]");
    expect(b?.confidence).toBeLessThan(CONFIDENT_BLAME);
  });
});

describe("blame: word senses", () => {
  it("reads a military attack as no criticism", () => {
    expect(relations("Militants attacked the consulate in Basra on Friday.")).toEqual([]);
    expect(relations("Iran attacked Israel with missiles.")).toEqual([]);
  });

  it("reads a person attacking a person, or for something, as criticism", () => {
    expect(relations("Jane Doe attacked Bob Smith over the budget.")).toEqual([
      "jane-doe criticises bob-smith [attributed]",
    ]);
  });

  it("reads 'knocked X out of the race' as a defeat", () => {
    expect(relations("Jane Doe knocked Bob Smith out of the race.")).toEqual([]);
  });

  it("reads attacks from a campaign rival as words, not as harm", () => {
    expect(relations("Jane Doe wobbled in the face of fierce attacks from Bob Smith.")).toEqual([]);
    expect(relations("The consulate came under attacks from Iran.")).toEqual([
      "∅ attributes-responsibility iran [own]",
    ]);
  });
});

describe("blame: who can accuse", () => {
  it("never takes a date as the accuser", () => {
    const found = attributionOf(["On Oct. 5 blamed Bob Smith for the delays."]).blame;
    expect(found.map((b) => b.accuser.text)).not.toContain("Oct.");
  });

  it("gives an accusing participle with no subject found to nobody, not to the outlet", () => {
    const [b] = attributionOf([", accusing Bob Smith of sexism."]).blame;
    expect(b?.accuserSource).toBe("unattributed");
    expect(b?.confidence).toBeLessThan(CONFIDENT_BLAME);
  });

  it("reads 'the administration' as the president only in an article that names the president", () => {
    const quote = "This administration’s war on small orchard growers has to end,";
    const text = `“${quote}” Dale Mercer said.`;
    const [b] = attributionOf([text], {
      quotes: (t) => [handQuote(t, quote, "Dale Mercer")],
    }).blame;
    expect(b?.accused.actor).toBe("united-states");
  });
});
