import { describe, expect, it } from "vitest";
import { encodeSentence, featureForm, hashString, TAG_NONE, TAG_ROOT } from "./encode";

const words = [
  { form: "Mayor", pos: "PROPN", lemma: "mayor" },
  { form: "Varga’s", pos: "PROPN", lemma: "varga’s" },
  { form: "1999", pos: "NUM", lemma: "1999" },
  { form: "plan", pos: "NOUN", lemma: "plan" },
  { form: "—", pos: "PUNCT", lemma: "—" },
  { form: "Mayor", pos: "PROPN", lemma: "Mayor" },
];

/** What each word's codes must be: the hashes of its feature forms, made afresh. */
function expected(form: string, lemma: string) {
  const normal = featureForm(form);
  return {
    form: hashString(normal),
    lemma: hashString(featureForm(lemma)),
    suffix: hashString(normal.length > 3 ? normal.slice(-3) : normal),
  };
}

describe("encodeSentence", () => {
  it("gives each word the hashes of its feature forms, however often a form recurs", () => {
    for (let round = 0; round < 2; round += 1) {
      const encoded = encodeSentence(words);
      expect(encoded.n).toBe(words.length);
      words.forEach((word, i) => {
        const want = expected(word.form, word.lemma);
        expect(encoded.form[i]).toBe(want.form);
        expect(encoded.lemma[i]).toBe(want.lemma);
        expect(encoded.suffix[i]).toBe(want.suffix);
      });
      expect(encoded.tag[words.length]).toBe(TAG_ROOT);
      expect(encoded.tag[words.length + 1]).toBe(TAG_NONE);
    }
  });

  it("reads a form and a lemma with the same spelling alike", () => {
    const encoded = encodeSentence([{ form: "Plan", pos: "NOUN", lemma: "Plan" }]);
    expect(encoded.form[0]).toBe(encoded.lemma[0]);
    expect(encoded.form[0]).toBe(hashString("plan"));
    expect(encoded.suffix[0]).toBe(hashString("lan"));
  });
});
