import { describe, expect, it } from "vitest";
import {
  accordingTo,
  clauseOf,
  contentOf,
  isNegated,
  markersOf,
  negationOf,
  speakerOf,
} from "./clauses";
import { foldToTokens } from "./fold";
import { toWords } from "./words";
import {
  agentOf,
  caseOf,
  indirectObjectOf,
  isPassive,
  objectOf,
  obliquesOf,
  patientOf,
  predicateOf,
  subjectOf,
  xcompOf,
} from "./roles";
import { parseFromRows as build } from "./rows";

// Hand-written UD parses: these tests check the questions, not the model's answers.

describe("subject, object and obliques", () => {
  // "Critics accused the police of brutality."
  const accused = build([
    ["Critics", "NOUN", 2, "nsubj"],
    ["accused", "VERB", 0, "root"],
    ["the", "DET", 4, "det"],
    ["police", "NOUN", 2, "obj"],
    ["of", "ADP", 6, "case"],
    ["brutality", "NOUN", 2, "obl"],
    [".", "PUNCT", 2, "punct"],
  ]);

  it("reads the roles of an active verb", () => {
    expect(subjectOf(accused, 1)).toBe(0);
    expect(objectOf(accused, 1)).toBe(3);
    expect(obliquesOf(accused, 1)).toEqual([5]);
    expect(obliquesOf(accused, 1, "of")).toEqual([5]);
    expect(obliquesOf(accused, 1, "for")).toEqual([]);
    expect(caseOf(accused, 5)).toBe("of");
    expect(agentOf(accused, 1)).toBe(0);
    expect(patientOf(accused, 1)).toBe(3);
    expect(isPassive(accused, 1)).toBe(false);
  });

  // "The opposition was blamed by the minister for the crisis."
  const passive = build([
    ["The", "DET", 2, "det"],
    ["opposition", "NOUN", 4, "nsubj:pass"],
    ["was", "AUX", 4, "aux:pass"],
    ["blamed", "VERB", 0, "root"],
    ["by", "ADP", 7, "case"],
    ["the", "DET", 7, "det"],
    ["minister", "NOUN", 4, "obl:agent"],
    ["for", "ADP", 10, "case"],
    ["the", "DET", 10, "det"],
    ["crisis", "NOUN", 4, "obl"],
  ]);

  it("turns a passive round: the agent is the by-phrase, the patient the subject", () => {
    expect(isPassive(passive, 3)).toBe(true);
    expect(subjectOf(passive, 3)).toBe(1);
    expect(agentOf(passive, 3)).toBe(6);
    expect(patientOf(passive, 3)).toBe(1);
    expect(obliquesOf(passive, 3, "for")).toEqual([9]);
    // The auxiliary stands for its verb.
    expect(predicateOf(passive, 2)).toBe(3);
    expect(agentOf(passive, 2)).toBe(6);
  });

  it("has no agent for a passive without a by-phrase", () => {
    const short = build([
      ["He", "PRON", 3, "nsubj:pass"],
      ["was", "AUX", 3, "aux:pass"],
      ["blamed", "VERB", 0, "root"],
    ]);
    expect(agentOf(short, 2)).toBeNull();
    expect(patientOf(short, 2)).toBe(0);
  });

  it("shares a subject with conjuncts, controlled infinitives and participles", () => {
    // "The minister arrived and blamed the opposition, saying it had failed."
    const parse = build([
      ["The", "DET", 2, "det"],
      ["minister", "NOUN", 3, "nsubj"],
      ["arrived", "VERB", 0, "root"],
      ["and", "CCONJ", 5, "cc"],
      ["blamed", "VERB", 3, "conj"],
      ["the", "DET", 7, "det"],
      ["opposition", "NOUN", 5, "obj"],
      [",", "PUNCT", 9, "punct"],
      ["saying", "VERB", 5, "advcl"],
      ["it", "PRON", 12, "nsubj"],
      ["had", "AUX", 12, "aux"],
      ["failed", "VERB", 9, "ccomp"],
    ]);
    expect(subjectOf(parse, 4)).toBe(1);
    expect(subjectOf(parse, 4, { inherit: false })).toBeNull();
    expect(subjectOf(parse, 8)).toBe(1);
    expect(subjectOf(parse, 11)).toBe(9);
  });

  it("takes the object as the subject of an infinitive it controls", () => {
    // "They urged the minister to resign."
    const parse = build([
      ["They", "PRON", 2, "nsubj"],
      ["urged", "VERB", 0, "root"],
      ["the", "DET", 4, "det"],
      ["minister", "NOUN", 2, "obj"],
      ["to", "PART", 6, "mark"],
      ["resign", "VERB", 2, "xcomp"],
    ]);
    expect(xcompOf(parse, 1)).toBe(5);
    expect(subjectOf(parse, 5)).toBe(3);
  });

  it("does not lend a subject to a clause with a marker of its own", () => {
    // "He left because failed" is not English, but a subjectless "because" clause must not borrow.
    const parse = build([
      ["He", "PRON", 2, "nsubj"],
      ["left", "VERB", 0, "root"],
      ["because", "SCONJ", 4, "mark"],
      ["failed", "VERB", 2, "advcl"],
    ]);
    expect(subjectOf(parse, 3)).toBeNull();
  });
});

describe("speech", () => {
  // "X, who spoke on condition of anonymity, told Reuters the talks had failed."
  const told = build([
    ["Smith", "PROPN", 10, "nsubj"],
    [",", "PUNCT", 4, "punct"],
    ["who", "PRON", 4, "nsubj"],
    ["spoke", "VERB", 1, "acl:relcl"],
    ["on", "ADP", 6, "case"],
    ["condition", "NOUN", 4, "obl"],
    ["of", "ADP", 8, "case"],
    ["anonymity", "NOUN", 6, "nmod"],
    [",", "PUNCT", 4, "punct"],
    ["told", "VERB", 0, "root"],
    ["Reuters", "PROPN", 10, "iobj"],
    ["the", "DET", 13, "det"],
    ["talks", "NOUN", 15, "nsubj"],
    ["had", "AUX", 15, "aux"],
    ["failed", "VERB", 10, "ccomp"],
  ]);

  it("finds the speaker, the one told, and what was said", () => {
    expect(speakerOf(told, 9)).toBe(0);
    expect(indirectObjectOf(told, 9)).toBe(10);
    expect(contentOf(told, 9)).toBe(14);
    // The relative pronoun stands for the noun it follows.
    expect(subjectOf(told, 3)).toBe(0);
    expect(subjectOf(told, 3, { inherit: false })).toBe(2);
  });

  it("reads a quote set before its speech verb", () => {
    // "“We will respond,” the spokesman said."
    const parse = build([
      ["“", "PUNCT", 4, "punct"],
      ["We", "PRON", 4, "nsubj"],
      ["will", "AUX", 4, "aux"],
      ["respond", "VERB", 9, "ccomp"],
      [",", "PUNCT", 4, "punct"],
      ["”", "PUNCT", 4, "punct"],
      ["the", "DET", 8, "det"],
      ["spokesman", "NOUN", 9, "nsubj"],
      ["said", "VERB", 0, "root"],
      [".", "PUNCT", 9, "punct"],
    ]);
    expect(speakerOf(parse, 8)).toBe(7);
    expect(contentOf(parse, 8)).toBe(3);
    expect(speakerOf(parse, 3)).toBe(1);
  });

  it("reads a parenthetical speech verb and 'according to'", () => {
    // "The talks, he said, had failed, according to Reuters."
    const parse = build([
      ["The", "DET", 2, "det"],
      ["talks", "NOUN", 8, "nsubj"],
      [",", "PUNCT", 5, "punct"],
      ["he", "PRON", 5, "nsubj"],
      ["said", "VERB", 8, "parataxis"],
      [",", "PUNCT", 5, "punct"],
      ["had", "AUX", 8, "aux"],
      ["failed", "VERB", 0, "root"],
      [",", "PUNCT", 11, "punct"],
      ["according", "VERB", 11, "case"],
      ["Reuters", "PROPN", 8, "obl"],
    ]);
    expect(contentOf(parse, 4)).toBe(7);
    expect(speakerOf(parse, 4)).toBe(3);
    expect(caseOf(parse, 10)).toBe("according");
    expect(accordingTo(parse, 1)).toBe(10);
    expect(accordingTo(parse, 4)).toBeNull();
  });
});

describe("negation and clauses", () => {
  // "The minister was not accusing the opposition if the report is true."
  const parse = build([
    ["The", "DET", 2, "det"],
    ["minister", "NOUN", 5, "nsubj"],
    ["was", "AUX", 5, "aux"],
    ["not", "PART", 5, "advmod"],
    ["accusing", "VERB", 0, "root"],
    ["the", "DET", 7, "det"],
    ["opposition", "NOUN", 5, "obj"],
    ["if", "SCONJ", 12, "mark"],
    ["the", "DET", 10, "det"],
    ["report", "NOUN", 12, "nsubj"],
    ["is", "AUX", 12, "cop"],
    ["true", "ADJ", 5, "advcl"],
  ]);

  it("finds negation on the predicate, through its auxiliary too", () => {
    expect(negationOf(parse, 4)).toBe(3);
    expect(isNegated(parse, 2)).toBe(true);
    expect(isNegated(parse, 11)).toBe(false);
  });

  it("reads 'cannot' on an auxiliary as negation", () => {
    // The parser reads "cannot" as "can" + "not" and folds them back onto the one token.
    const tokens = [
      { text: "They", pos: "PRON" },
      { text: "cannot", pos: "AUX" },
      { text: "blame", pos: "VERB" },
      { text: "him", pos: "PRON" },
    ];
    const words = toWords(tokens);
    expect(words.map((w) => w.form)).toEqual(["They", "can", "not", "blame", "him"]);
    const cannot = foldToTokens(
      tokens,
      words,
      [3, 3, 3, -1, 3],
      ["nsubj", "aux", "advmod", "root", "obj"],
    );
    expect(cannot.labels).toEqual(["nsubj", "aux", "root", "obj"]);
    expect(negationOf(cannot, 2)).toBe(1);
  });

  it("gives each word's clause and a clause's markers", () => {
    expect(clauseOf(parse, 6)).toBe(4);
    expect(clauseOf(parse, 9)).toBe(11);
    expect(clauseOf(parse, 10)).toBe(11);
    expect(markersOf(parse, 9)).toEqual(["if"]);
    expect(markersOf(parse, 6)).toEqual([]);
  });

  it("does not count 'no' before a noun as negating the verb", () => {
    const parse = build([
      ["No", "DET", 2, "det"],
      ["one", "NOUN", 3, "nsubj"],
      ["blamed", "VERB", 0, "root"],
      ["him", "PRON", 3, "obj"],
    ]);
    expect(isNegated(parse, 2)).toBe(false);
  });
});
