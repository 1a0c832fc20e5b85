import { describe, expect, it } from "vitest";
import { foldToTokens } from "./fold";
import { toWords, type SyntaxToken } from "./words";

const tok = (text: string, pos: string, lemma?: string): SyntaxToken => ({ text, pos, lemma });

describe("toWords", () => {
  it("keeps ordinary tokens whole, with wink's tag and lemma", () => {
    const words = toWords([tok("Critics", "NOUN", "critic"), tok("said", "VERB", "say")]);
    expect(words.map((w) => [w.form, w.pos, w.lemma, w.token])).toEqual([
      ["Critics", "NOUN", "critic", 0],
      ["said", "VERB", "say", 1],
    ]);
  });

  it("splits clitics wink leaves on a token, as the treebank does", () => {
    const words = toWords([tok("I'm", "PROPN"), tok("sure", "ADJ")]);
    expect(words.map((w) => [w.form, w.pos, w.lemma, w.token, w.from, w.to])).toEqual([
      ["I", "PRON", "i", 0, 0, 1],
      ["'m", "AUX", "be", 0, 1, 3],
      ["sure", "ADJ", "sure", 1, 0, 4],
    ]);
  });

  it("reads 's as a possessive after a name and as 'is' after a pronoun", () => {
    expect(toWords([tok("Bob's", "PROPN")]).map((w) => [w.form, w.pos])).toEqual([
      ["Bob", "PROPN"],
      ["'s", "PART"],
    ]);
    expect(toWords([tok("it’s", "PRON")]).map((w) => [w.form, w.pos, w.lemma])).toEqual([
      ["it", "PRON", "it"],
      ["’s", "AUX", "be"],
    ]);
  });

  it("peels several clitics and splits fused forms", () => {
    expect(toWords([tok("She'd've", "PROPN")]).map((w) => w.form)).toEqual(["She", "'d", "'ve"]);
    expect(toWords([tok("cannot", "AUX")]).map((w) => [w.form, w.pos])).toEqual([
      ["can", "AUX"],
      ["not", "PART"],
    ]);
    expect(toWords([tok("Gonna", "PROPN")]).map((w) => [w.form, w.lemma])).toEqual([
      ["Gon", "go"],
      ["na", "to"],
    ]);
  });

  it("leaves what wink already split, and punctuation, alone", () => {
    expect(toWords([tok("n't", "PART", "not"), tok("'", "PUNCT")]).map((w) => w.form)).toEqual([
      "n't",
      "'",
    ]);
    expect(toWords([tok("O'Brien", "PROPN")]).map((w) => w.form)).toEqual(["O'Brien"]);
  });

  it("reads a word spelt like one of Object's members as a word", () => {
    expect(
      toWords([tok("constructor", "NOUN"), tok("toString", "X")]).map((w) => [w.form, w.lemma]),
    ).toEqual([
      ["constructor", "constructor"],
      ["toString", "tostring"],
    ]);
  });

  it("gives a token with no apostrophe its lower-cased text as lemma when wink gave none", () => {
    expect(toWords([tok("Harbour", "PROPN"), tok("CANNOT", "AUX")]).map((w) => w.lemma)).toEqual([
      "harbour",
      "can",
      "not",
    ]);
    expect(toWords([tok("Ruiz`s", "PROPN")]).map((w) => [w.form, w.lemma])).toEqual([
      ["Ruiz", "ruiz"],
      ["`s", "'s"],
    ]);
  });
});

describe("foldToTokens", () => {
  it("gives each token its highest word's head and relation", () => {
    // "I'm sure": I → sure (nsubj), 'm → sure (cop), sure = root.
    const tokens = [tok("I'm", "PROPN"), tok("sure", "ADJ")];
    const words = toWords(tokens);
    const parse = foldToTokens(tokens, words, [2, 2, -1], ["nsubj", "cop", "root"]);
    expect(parse.heads).toEqual([1, -1]);
    expect(parse.labels).toEqual(["nsubj", "root"]);
    expect(parse.children).toEqual([[], [0]]);
    expect(parse.root).toBe(1);
  });

  it("hangs a hidden word's dependents on its token", () => {
    // "Bob's car": Bob → car (nmod:poss), 's → Bob (case), car = root.
    const tokens = [tok("Bob's", "PROPN"), tok("car", "NOUN")];
    const parse = foldToTokens(tokens, toWords(tokens), [2, 0, -1], ["nmod:poss", "case", "root"]);
    expect(parse.heads).toEqual([1, -1]);
    expect(parse.labels).toEqual(["nmod:poss", "root"]);
  });

  it("folds to an empty parse for no tokens", () => {
    expect(foldToTokens([], [], [], [])).toEqual({
      tokens: [],
      heads: [],
      labels: [],
      children: [],
      root: -1,
    });
  });
});
