import { attributionMask, type Token } from "../text";
import { keepingSentenceWork } from "../sentence-work";
import { lang } from "../lang";
import { canonicaliseNames } from "./names";
import { lookupVariant, matchPhrase, SYNONYM_MAP } from "./vocabulary";

/** Weight of a term inside an attribution clause (", the official said"): the source, not the fact. */
export const ATTRIBUTION_WEIGHT = 0.3;
/** Weight of framing words ("Friday", "earlier", "the developments come"): they frame a fact, not state it. */
export const FRAMING_WEIGHT = 0.3;

/** A normalised content word of a sentence. */
export interface Term {
  /** Normalised form: a lemma, a number, a name, or a shared concept ("poor" for "meager"). */
  value: string;
  /** True for proper names and hashtags, whose spelling variants are merged story-wide. */
  name: boolean;
  /** How much the term counts for matching: 1, or less for attribution and time words. */
  weight: number;
  /** True when the term continues the previous term's name ("Berg" after "Mike"). */
  continues: boolean;
  /** Part of speech of its word (a multi-word expression's: "X"), for matching by meaning. */
  pos: string;
  /** Its first and last token in the sentence. */
  first: number;
  last: number;
}

/** What a term is before its place in the sentence: its form, and whether it is a name. */
type TermForm = Pick<Term, "value" | "name">;

/** A sentence's terms after story-wide name merging: values and their weights, in order. */
export interface SentenceTerms {
  values: string[];
  weights: number[];
  /** True where a term continues the previous term's name: no bigram is made across it. */
  continues: boolean[];
  /** Part of speech of each term (see `Term.pos`). */
  pos: string[];
  /** First and last token of each term, flat: [first0, last0, first1, last1, …]. */
  spans: Int32Array;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SKIPPED_TYPES = new Set([
  "punctuation",
  "symbol",
  "url",
  "email",
  "emoji",
  "emoticon",
  "tabCRLF",
  "spacing",
]);

/** True for tokens that can carry a word: wink's words and numbers, and scripts it does not know ("unk"). */
export function isWordLike(token: Token): boolean {
  return !SKIPPED_TYPES.has(token.type) && LETTER_OR_DIGIT.test(token.text);
}

const PLAIN = /^[a-z0-9]+$/;

/** Lower case, straight apostrophes, no leading #/@, no dots or inner apostrophes ("U.S." → "us"). */
export function normaliseWord(text: string): string {
  // Fast path: most words are plain lower-case letters already.
  if (PLAIN.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[#@]+/, "")
    .replace(/[.']/g, "");
}

/** The term for one token, or null for stop words, clitics and stray letters. */
function termOf(token: Token): TermForm | null {
  // "us" in lower case is the pronoun; "US" is the country.
  if (token.text === "us") return null;
  const lower = token.normal.replace(/^[#@]+/, "");
  if (lower.startsWith("'")) return null;
  if (token.type === "number") {
    const digits = lower.replace(/,/g, "");
    return { value: digits, name: false };
  }
  const base = normaliseWord(lower);
  const variant = lookupVariant(lower) ?? lookupVariant(base);
  if (variant) return { value: variant, name: false };
  if (token.stop || lang.news.extraStopWords.has(lower) || lang.news.extraStopWords.has(base))
    return null;
  const isName = token.pos === "PROPN" || token.type === "hashtag";
  const lemma = isName ? base : normaliseWord(token.lemma);
  if (lang.news.extraStopWords.has(lemma)) return null;
  if (lemma.length < 2 && !/\p{N}/u.test(lemma)) return null;
  const mapped = lookupVariant(lemma) ?? SYNONYM_MAP.get(lemma) ?? SYNONYM_MAP.get(base);
  if (mapped) return { value: mapped, name: false };
  return { value: lemma, name: isName };
}

/**
 * The content terms of a sentence, in order: lemmas of content words,
 * numbers and names, with spelling variants (US/U.S./USA/United States/America)
 * and news near-synonyms mapped to one form. Stop words and attribution verbs
 * ("said", "told") are dropped: they say who, not what.
 */
export function sentenceTerms(tokens: readonly Token[], cache: TermCache = new Map()): Term[] {
  const mask = attributionMask(tokens);
  const wordIndices: number[] = [];
  for (let i = 0; i < tokens.length; i += 1)
    if (isWordLike(tokens[i] as Token)) wordIndices.push(i);
  const norms = wordIndices.map((i) => normaliseWord((tokens[i] as Token).normal));
  const terms: Term[] = [];
  let previousWord = -2;
  for (let w = 0; w < wordIndices.length; w += 1) {
    const at = wordIndices[w] as number;
    const phrase = matchPhrase(norms, w);
    let term: TermForm | null;
    if (phrase) term = { value: phrase.value, name: false };
    else term = cachedTermOf(tokens[at] as Token, cache);
    if (term) {
      const previous = terms[terms.length - 1];
      const continues =
        term.name && previous !== undefined && previous.name && previousWord === w - 1;
      const weight =
        mask[at] === 1
          ? ATTRIBUTION_WEIGHT
          : lang.news.framingWords.has(term.value)
            ? FRAMING_WEIGHT
            : 1;
      const last = phrase ? (wordIndices[w + phrase.length - 1] ?? at) : at;
      // A phrase led by a verb ("set fire") is a verb; others ("United States") are names of things.
      const head = (tokens[at] as Token).pos;
      const pos = phrase ? (head === "VERB" ? "VERB" : "X") : head;
      terms.push({ value: term.value, name: term.name, weight, continues, pos, first: at, last });
      previousWord = w;
    }
    if (phrase) w += phrase.length - 1;
  }
  // A multi-word name ("Foreign Minister Tomas Berg") is one entity: its words share one term's weight.
  for (let start = 0; start < terms.length;) {
    let end = start + 1;
    while (terms[end]?.continues) end += 1;
    for (let k = start; k < end; k += 1) {
      const term = terms[k];
      if (term) term.weight /= end - start;
    }
    start = end;
  }
  return terms;
}

/** Terms already worked out for a token form, within one story (most word forms repeat), by token text. */
export type TermCache = Map<string, { token: Token; term: TermForm | null }[]>;

function cachedTermOf(token: Token, cache: TermCache): TermForm | null {
  let entries = cache.get(token.text);
  if (!entries) cache.set(token.text, (entries = []));
  for (const entry of entries) {
    const other = entry.token;
    // The same text can be read differently (a name here, a common word there).
    if (
      other.lemma === token.lemma &&
      other.pos === token.pos &&
      other.type === token.type &&
      other.stop === token.stop
    ) {
      return entry.term;
    }
  }
  const term = termOf(token);
  entries.push({ token, term });
  return term;
}

/**
 * Normalised, weighted terms of every sentence of a story (names merged
 * story-wide). With `texts` (each sentence's text), repeated sentences are
 * read once.
 */
export function storyTerms(
  sentences: readonly (readonly Token[])[],
  texts?: readonly string[],
): SentenceTerms[] {
  const cache: TermCache = new Map();
  // Wire copy repeats whole sentences across outlets: read each distinct text once.
  const byText = new Map<string, readonly Term[]>();
  return canonicaliseNames(
    sentences.map((tokens, i) => {
      const text = texts?.[i];
      const known = text === undefined ? undefined : byText.get(text);
      if (known) return known;
      let terms = termsOfTokens.get(tokens);
      if (!terms) {
        terms = sentenceTerms(tokens, cache);
        if (keepingSentenceWork()) termsOfTokens.set(tokens, terms);
      }
      if (text !== undefined) byText.set(text, terms);
      return terms;
    }),
  );
}

/**
 * A sentence's terms depend on its tokens alone (the term cache only saves work), so they are
 * kept as long as the token list lives: a story analysed again with its articles taken from the
 * ArticleCache (one article added) reads only the new article's sentences (see `sentenceMemo` in sentence-work.ts).
 * Never mutated after.
 */
const termsOfTokens = new WeakMap<readonly Token[], readonly Term[]>();
