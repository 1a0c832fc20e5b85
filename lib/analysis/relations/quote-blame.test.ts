import { describe, expect, it } from "vitest";
import { attributionOf, brief, handQuote, relationsOf } from "../test-helpers/attribution";
import { criticalCueAt } from "./quote-blame";
import { tokenize } from "../text";

/** Relations of one text with hand-made quotes (fragments split by "|"), with the accused as written. */
function criticism(
  text: string,
  fragments: string,
  speaker: string,
  kind: "direct" | "partial" = "direct",
): string[] {
  const quotes = (t: string) => fragments.split("|").map((f) => handQuote(t, f, speaker, kind));
  return attributionOf([text], { quotes }).blame.map(
    (b) => `${brief(b)} (${b.accused.text ?? "implicit"})`,
  );
}

/** The same, as a direct quote said by Jane Doe. */
const said = (quote: string, before = "") =>
  criticism(`${before}“${quote}” Jane Doe said.`, quote, "Jane Doe");

describe("criticism in quotes: the target the grammar names", () => {
  it("takes the subject of a critical verb, not its object", () => {
    expect(
      said("President Halvorsen is quietly damaging the pension fund for retired nurses,"),
    ).toEqual(["jane-doe criticises halvorsen [attributed] (President Halvorsen)"]);
    expect(said("Bob Smith gutted the school lunch program,")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("takes the owner of what a critical word describes", () => {
    expect(said("Dale Mercer’s remarks were rude and wrong,")).toEqual([
      "jane-doe criticises dale-mercer [attributed] (Dale Mercer)",
    ]);
  });

  it("reads words of the MPQA lexicon and the project's phrases", () => {
    expect(said("Bob Smith has a really bad record on ferries,")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
    expect(said("Bob Smith is out of touch with America,")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("reads a common verb as harm only with its completion", () => {
    expect(said("Bob Smith has cut $40 million from the county's libraries,")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
    expect(said("Bob Smith cut the ribbon at the new library,")).toEqual([]);
  });

  it("reads 'the administration' as the head of government, when the article names that person", () => {
    const quote = "This administration’s war on small orchard growers has to end,";
    const named = "President Helen Carver spoke on Monday. President Carver took questions. ";
    expect(criticism(`${named}“${quote}” Dale Mercer said.`, quote, "Dale Mercer")).toEqual([
      "dale-mercer criticises helen-carver [attributed] (administration)",
    ]);
  });

  it("reads 'your' as the addressee, and a one-word name used as a modifier as no one", () => {
    const text =
      "“We protest your repeated misuse of Quaker history,” the scholars wrote to Carl Brenner.";
    expect(
      criticism(text, "We protest your repeated misuse of Quaker history,", "the scholars"),
    ).toEqual(["the scholars criticises carl-brenner [attributed] (Carl Brenner)"]);
  });
});

describe("criticism in quotes: the accuser is the person who speaks", () => {
  it("is the person of a speaker written with the body they lead, not the body", () => {
    const relations = (text: string) =>
      relationsOf(text, { actors: [] }, (b) => `${brief(b)} ${b.cue}`);
    expect(
      relations(
        "Union leader Mark Dorsey spoke on Monday. “You see a decade of failure by the Harbour Council,” he wrote.",
      ),
    ).toEqual(["mark-dorsey criticises harbour-council [attributed] failure"]);
    expect(
      relations("“Mayor Tom Reed has failed the city,” Harbour Council chairman Ana Lopez said."),
    ).toEqual(["ana-lopez criticises tom-reed [attributed] failed"]);
  });
});

describe("criticism in quotes: no grammatical link, no relation", () => {
  it("relates no one when the critical word judges a thing", () => {
    expect(
      said("The plan is a disaster,", "Bob Smith unveiled a plan. Smith defended it. "),
    ).toEqual([]);
    expect(
      said("This is nonsense,", "Bob Smith unveiled a budget. Smith defended the plan. "),
    ).toEqual([]);
  });

  it("takes no name that is only nearby", () => {
    expect(said("Bob Smith came to town, and the roads were terrible,")).toEqual([]);
  });

  it("reads no verdict into a word inside a noun compound: 'disaster relief'", () => {
    expect(said("Bob Smith doubled the disaster relief fund,")).toEqual([]);
  });

  it("reads nothing into a negated word or the speaker judging itself", () => {
    expect(said("There’s nothing wrong with our harbour that a good dredge can’t fix,")).toEqual(
      [],
    );
    expect(said("I picked the wrong example at the wrong moment,")).toEqual([]);
    expect(
      criticism(
        "Bob Smith admitted he had a “bad week” at the summit.",
        "bad week",
        "Bob Smith",
        "partial",
      ),
    ).toEqual([]);
  });

  it("reads no criticism into a condition", () => {
    expect(said("If you do something wrong, you should pay for it,")).toEqual([]);
    expect(said("If Bob Smith ends up being a disaster, we will know why,")).toEqual([]);
  });
});

describe("criticism in quotes: emphasis is no negation, linking verbs are as 'be'", () => {
  it("reads 'could not be more wrong' as criticism, and 'could not be more honest' as none", () => {
    expect(said("Governor Vale couldn't be more wrong,")).toEqual([
      "jane-doe criticises vale [attributed] (Governor Vale)",
    ]);
    expect(said("Governor Vale couldn't be more honest,")).toEqual([]);
    // Compared, not emphasised: the negation stands.
    expect(said("Governor Vale could not be more wrong than his rival,")).toEqual([]);
  });

  it("finds the subject of a linking verb over its auxiliaries and negation", () => {
    expect(said("Governor Vale couldn't get any more out of touch with voters,")).toEqual([
      "jane-doe criticises vale [attributed] (Governor Vale)",
    ]);
  });
});

describe("criticism in quotes: denied praise, questions, partial quotes", () => {
  it("reads denied praise as criticism, but not doubt", () => {
    const before = "Bob Smith spoke on Monday. ";
    expect(said("Not one word he said was accurate,", before)).toEqual([
      "jane-doe criticises bob-smith [attributed] (he)",
    ]);
    expect(said("I am not sure that he is accurate,", before)).toEqual([]);
  });

  it("reads a reproachful question as criticism of whom it asks about", () => {
    const before = "Bob Smith spoke on Monday. ";
    expect(said("Why can't Bob Smith mind his own business?", before)).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
    expect(said("Why did Bob Smith come to the fair?", before)).toEqual([]);
    expect(said("Why can't we reach a deal with Bob Smith?", before)).toEqual([]);
  });

  it("is aimed at the owner of what a partial quote calls so", () => {
    const text = "Senator Jane Doe said Bob Smith’s comments were “wildly inaccurate.”";
    expect(criticism(text, "wildly inaccurate.", "Senator Jane Doe", "partial")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("is aimed at the subject of the clause a partial quote completes", () => {
    const text = "Jane Doe said that Bob Smith has given the town “a terrible mayoralty.”";
    expect(criticism(text, "a terrible mayoralty.", "Jane Doe", "partial")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });

  it("gives a partial quote with no speaker to the subject of the clause around it", () => {
    const text = "Jane Doe said that Bob Smith has given the town “a terrible mayoralty.”";
    expect(criticism(text, "a terrible mayoralty.", "", "partial")).toEqual([
      "jane-doe criticises bob-smith [attributed] (Bob Smith)",
    ]);
  });
});

describe("critical cues", () => {
  const cue = (text: string, word: string) => {
    const tokens = tokenize(text);
    return criticalCueAt(
      tokens,
      tokens.findIndex((t) => t.normal === word),
    );
  };

  it("tells words from phrases whose object is the victim", () => {
    expect(cue("a very bad record", "bad")).toBe("word");
    expect(cue("Carver's war on fishermen", "war")).toBe("victim-after");
    expect(cue("a government at war with its own farmers", "at")).toBe("victim-after");
    expect(cue("partisan attacks on our parks", "attacks")).toBe("victim-after");
    expect(cue("an attack on the embassy", "attack")).toBeNull();
    expect(cue("they fail to act", "fail")).toBe("word");
    expect(cue("a quiet morning", "quiet")).toBeNull();
    expect(cue("the plan would end the pension system as we know it", "end")).toBe("victim-after");
    expect(cue("the plan would end the strike", "end")).toBeNull();
  });
});
