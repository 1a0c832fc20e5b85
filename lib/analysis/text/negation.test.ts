import { describe, expect, it } from "vitest";
import { emphaticNegation, negatedBefore } from "./negation";
import { tokenize } from "./nlp";

/** Whether `word` in `text` is negated, read within `window` tokens. */
const negated = (text: string, word: string, window?: number) => {
  const tokens = tokenize(text);
  return negatedBefore(
    tokens,
    tokens.findIndex((t) => t.normal === word),
    window,
  );
};

describe("negatedBefore", () => {
  it("a negator before the word, past auxiliaries, within the window", () => {
    expect(negated("Ruiz did not say it.", "say")).toBe(true);
    expect(negated("Ruiz can't say it.", "say")).toBe(true);
    expect(negated("She ran without being told twice.", "told", 3)).toBe(true);
    expect(negated("Ruiz said it.", "said")).toBe(false);
  });

  it("not across a comma, a content verb, or past the window", () => {
    expect(negated("Not today, Ruiz said.", "said")).toBe(false);
    expect(negated("They did not act to stop these attacks.", "attacks")).toBe(false);
    expect(negated("He came with no clear plan and admitted it.", "admitted", 3)).toBe(false);
  });
});

describe("refusedBefore: negative implicatives", () => {
  it("what someone refuses, declines or fails to do is not done, as after 'not'", () => {
    expect(negated("Ruiz refused to say the words.", "say")).toBe(true);
    expect(negated("Ruiz declined, again, to call it a crisis.", "call", 3)).toBe(true);
    expect(negated("The mayor’s refusal to call it terrorism angered them.", "call")).toBe(true);
    expect(negated("Ruiz was reluctant to condemn the move.", "condemn")).toBe(true);
  });

  it("not other verbs before 'to', nor an infinitive far from them", () => {
    expect(negated("Ruiz agreed to say the words.", "say")).toBe(false);
    expect(negated("Ruiz refused the offer and went on to say more.", "say")).toBe(false);
  });
});

describe("emphaticNegation: a negated possibility with a comparative asserts the degree", () => {
  /** Whether the first negator of the text is emphatic. */
  const emphatic = (text: string) => {
    const tokens = tokenize(text);
    const n = tokens.findIndex((t) => /^(?:not|n't|n’t|cannot)$/i.test(t.text));
    return emphaticNegation(tokens, n);
  };

  it("reads 'could not be more', 'can't get any worse', 'cannot be better' as emphasis", () => {
    expect(emphatic("The mayor could not be more wrong.")).toBe(true);
    expect(emphatic("The mayor couldn't get any more out of touch.")).toBe(true);
    expect(emphatic("The plan can't get any worse.")).toBe(true);
    expect(emphatic("The timing cannot be better.")).toBe(true);
    expect(emphatic("He could not have been more reckless.")).toBe(true);
  });

  it("keeps a negation that compares, denies or has no comparative", () => {
    expect(emphatic("The mayor could not be more wrong than the council is.")).toBe(false);
    expect(emphatic("The mayor is not more wrong.")).toBe(false);
    expect(emphatic("The mayor could not be wrong.")).toBe(false);
    expect(emphatic("The mayor would not be more careful.")).toBe(false);
  });
});
