/**
 * Words as numbers: each word's form, lemma, suffix and tag are hashed or
 * looked up once per sentence, so the features computed at every transition
 * are integer mixes with no string work (this is what makes the parser fast).
 */

/** Universal POS tags, then the two positions no word fills (the root and "nothing there"). */
export const TAGS = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
] as const;
const TAG_ID = new Map<string, number>(TAGS.map((tag, i) => [tag, i]));
const TAG_X = TAGS.length - 1;
export const TAG_ROOT = TAGS.length;
export const TAG_NONE = TAGS.length + 1;

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * The form features see: lower-cased, quotes and apostrophes straightened,
 * digits as 0 ("1999" and "2004" are one feature), dashes as one dash. News
 * uses curly quotes and em dashes where the web treebank mostly has straight
 * ones and hyphens.
 */
export function featureForm(form: string): string {
  return form
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]|''/g, '"')
    .replace(/[–—]+|--+/g, "—")
    .replace(/[0-9]/g, "0");
}

/** A sentence's words as numbers; index n is the root and n + 1 "nothing". */
export interface EncodedSentence {
  n: number;
  form: Int32Array;
  lemma: Int32Array;
  suffix: Int32Array;
  tag: Int32Array;
}

const ROOT_FORM = hashString("<root>");
const NONE_FORM = hashString("<none>");

/** A written form's feature hashes: of its feature form, and of that form's last three letters. */
interface FormCodes {
  form: number;
  suffix: number;
}

/**
 * Feature hashes by written form, memoised: news repeats a few thousand forms across all its
 * sentences, and each fresh one costs five string copies (`featureForm`). The hashes are a pure
 * function of the form, so the parses are unchanged. Cleared when full, so a long-running server
 * cannot grow it without limit.
 */
const codes = new Map<string, FormCodes>();
const MAX_CODES = 100_000;

function codesOf(written: string): FormCodes {
  let known = codes.get(written);
  if (known === undefined) {
    if (codes.size >= MAX_CODES) codes.clear();
    const normal = featureForm(written);
    known = {
      form: hashString(normal),
      suffix: hashString(normal.length > 3 ? normal.slice(-3) : normal),
    };
    codes.set(written, known);
  }
  return known;
}

/** Encode words given their form, tag and lemma. */
export function encodeSentence(
  words: readonly { form: string; pos: string; lemma: string }[],
): EncodedSentence {
  const n = words.length;
  const form = new Int32Array(n + 2);
  const lemma = new Int32Array(n + 2);
  const suffix = new Int32Array(n + 2);
  const tag = new Int32Array(n + 2);
  for (let i = 0; i < n; i += 1) {
    const word = words[i] as { form: string; pos: string; lemma: string };
    const written = codesOf(word.form);
    form[i] = written.form;
    lemma[i] = codesOf(word.lemma).form;
    suffix[i] = written.suffix;
    tag[i] = TAG_ID.get(word.pos) ?? TAG_X;
  }
  form[n] = lemma[n] = suffix[n] = ROOT_FORM;
  form[n + 1] = lemma[n + 1] = suffix[n + 1] = NONE_FORM;
  tag[n] = TAG_ROOT;
  tag[n + 1] = TAG_NONE;
  return { n, form, lemma, suffix, tag };
}
