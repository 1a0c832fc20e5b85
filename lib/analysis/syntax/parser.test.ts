import { describe, expect, it } from "vitest";
import { readText, type Token } from "@/lib/analysis/text";
import {
  agentOf,
  contentOf,
  headOf,
  indirectObjectOf,
  isNegated,
  isPassive,
  objectOf,
  obliquesOf,
  parseTokens,
  patientOf,
  phraseOf,
  relationOf,
  speakerOf,
  subjectOf,
  type Parse,
} from "./index";

/**
 * The shipped model on sentences written for these tests (news-like, none
 * from the treebank). They assert the heads and relations the engine relies
 * on: who does what to whom, negation, and who speaks.
 */

const texts = new WeakMap<Parse, string>();

function parse(text: string): Parse {
  const sentences = readText(text);
  expect(sentences).toHaveLength(1);
  const p = parseTokens(sentences[0]?.tokens ?? []);
  texts.set(p, text);
  return p;
}

/** The index of the n-th token (0-based) written `text`. */
function at(p: Parse, text: string, nth = 0): number {
  const found = p.tokens.flatMap((token, i) => (token.text === text ? [i] : []))[nth];
  if (found === undefined) throw new Error(`no token "${text}"`);
  return found;
}

/** The text of the phrase token i heads, for readable assertions. */
function words(p: Parse, i: number | null): string {
  if (i === null) return "(none)";
  const span = phraseOf(p, i);
  const tokens = p.tokens as readonly Token[];
  const first = tokens[span.start];
  const last = tokens[span.end - 1];
  return first && last ? (texts.get(p) ?? "").slice(first.start, last.end) : "(empty)";
}

describe("parser on news sentences", () => {
  it("reads who blamed whom", () => {
    const p = parse("The minister blamed the opposition for the crisis.");
    const verb = at(p, "blamed");
    expect(p.root).toBe(verb);
    expect(words(p, subjectOf(p, verb))).toBe("The minister");
    expect(objectOf(p, verb)).toBe(at(p, "opposition"));
    expect(isNegated(p, verb)).toBe(false);
  });

  it("parses a sentence with a word spelt like one of Object's members", () => {
    // "constructor" once found Object.prototype.constructor among the fused forms and threw.
    const p = parse("The constructor blamed the rules for the loss.");
    const verb = at(p, "blamed");
    expect(p.root).toBe(verb);
    expect(words(p, subjectOf(p, verb))).toBe("The constructor");
  });
  it("reads an accusation", () => {
    const p = parse("Critics accused the police of brutality.");
    const verb = at(p, "accused");
    expect(words(p, agentOf(p, verb))).toBe("Critics");
    expect(patientOf(p, verb)).toBe(at(p, "police"));
  });

  it("turns a passive round", () => {
    const p = parse("The mayor was blamed by residents for the flooding.");
    const verb = at(p, "blamed");
    expect(isPassive(p, verb)).toBe(true);
    expect(relationOf(p, at(p, "mayor"))).toBe("nsubj:pass");
    expect(relationOf(p, at(p, "residents"))).toBe("obl:agent");
    expect(agentOf(p, verb)).toBe(at(p, "residents"));
    expect(words(p, patientOf(p, verb))).toBe("The mayor");
  });

  it("sees negation on the predicate", () => {
    const p = parse("The senator was not accusing the governor of corruption.");
    const verb = at(p, "accusing");
    expect(headOf(p, at(p, "not"))).toBe(verb);
    expect(isNegated(p, verb)).toBe(true);
    expect(words(p, subjectOf(p, verb))).toBe("The senator");
    expect(objectOf(p, verb)).toBe(at(p, "governor"));
  });

  it("sees negation written as a contraction", () => {
    const p = parse("He didn't blame the voters.");
    const verb = at(p, "blame");
    expect(isNegated(p, verb)).toBe(true);
    expect(words(p, objectOf(p, verb))).toBe("the voters");
  });

  it("finds the speaker after a quote", () => {
    const p = parse("“We will respond,” the spokesman said.");
    const said = at(p, "said");
    expect(p.root).toBe(said);
    expect(words(p, speakerOf(p, said))).toBe("the spokesman");
    expect(contentOf(p, said)).toBe(at(p, "respond"));
  });

  it("keeps the subject of a damaging verb as the one who did it", () => {
    const p = parse("The president has undermined the constitution.");
    const verb = at(p, "undermined");
    expect(words(p, subjectOf(p, verb))).toBe("The president");
    expect(words(p, objectOf(p, verb))).toBe("the constitution");
  });

  it("reads a verdict through its copula", () => {
    const p = parse("He said the government's policies were a disaster.");
    const said = at(p, "said");
    const disaster = at(p, "disaster");
    expect(contentOf(p, said)).toBe(disaster);
    expect(speakerOf(p, said)).toBe(at(p, "He"));
    expect(words(p, subjectOf(p, disaster))).toBe("the government's policies");
    expect(relationOf(p, at(p, "government"))).toBe("nmod:poss");
  });
});

/**
 * Known errors of the shipped model, kept as tests that must fail today
 * (`it.fails`): each asserts the right analysis, so when a better model gets
 * it right the test fails and is moved up. Callers must not rely on these.
 */
describe("known errors of the model", () => {
  // A prepositional phrase after the object hangs from the object (nmod), not the verb (obl):
  // the treebank's web text has few "blame X for Y", "accuse X of Y".
  it.fails("attaches 'for the crisis' to 'blamed'", () => {
    const p = parse("The minister blamed the opposition for the crisis.");
    expect(obliquesOf(p, at(p, "blamed"), "for")).toEqual([at(p, "crisis")]);
  });

  it.fails("attaches 'of brutality' to 'accused'", () => {
    const p = parse("Critics accused the police of brutality.");
    expect(obliquesOf(p, at(p, "accused"), "of")).toEqual([at(p, "brutality")]);
  });

  it.fails("attaches 'for the flooding' to 'blamed' after a by-agent", () => {
    const p = parse("The mayor was blamed by residents for the flooding.");
    expect(obliquesOf(p, at(p, "blamed"), "for")).toEqual([at(p, "flooding")]);
  });

  // A name, then a relative clause set off by commas, then the verb: the name is taken as the root.
  it.fails("finds the speaker past a relative clause", () => {
    const p = parse(
      "Smith, who spoke on condition of anonymity, told Reuters that the talks had collapsed.",
    );
    const told = at(p, "told");
    expect(speakerOf(p, told)).toBe(at(p, "Smith"));
    expect(indirectObjectOf(p, told)).toBe(at(p, "Reuters"));
    expect(contentOf(p, told)).toBe(at(p, "collapsed"));
    expect(subjectOf(p, at(p, "spoke"))).toBe(at(p, "Smith"));
  });
});
