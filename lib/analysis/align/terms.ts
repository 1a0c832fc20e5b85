import { attributionMask, type Token } from "../text";
import { lang } from "../lang";

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
}

/** A sentence's terms after story-wide name merging: values and their weights, in order. */
export interface SentenceTerms {
  values: string[];
  weights: number[];
  /** True where a term continues the previous term's name: no bigram is made across it. */
  continues: boolean[];
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

// Maps, not the object tables themselves: a word like "constructor" must not hit Object.prototype.
const VARIANT_MAP = new Map(Object.entries(lang.news.variants));
const SYNONYM_MAP = new Map(Object.entries(lang.news.synonyms));

function lookupVariant(word: string): string | undefined {
  return (
    VARIANT_MAP.get(word) ??
    (word.includes(".") ? VARIANT_MAP.get(word.replace(/\./g, "")) : undefined)
  );
}

/** The term for one token, or null for stop words, clitics and stray letters. */
function termOf(token: Token): Omit<Term, "weight" | "continues"> | null {
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

/** Multi-word expressions indexed by their first word. */
const PHRASES_BY_FIRST = new Map<string, (readonly [readonly string[], string])[]>();
for (const phrase of lang.news.phrases) {
  const first = phrase[0][0] ?? "";
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

/** Match a multi-word expression starting at word `i` of the normalised words; its term and length. */
function matchPhrase(
  norms: readonly string[],
  i: number,
): { value: string; length: number } | null {
  for (const [parts, value] of PHRASES_BY_FIRST.get(norms[i] ?? "") ?? []) {
    if (parts.every((part, k) => norms[i + k] === part)) return { value, length: parts.length };
  }
  return null;
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
    let term: Omit<Term, "weight" | "continues"> | null;
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
      terms.push({ value: term.value, name: term.name, weight, continues });
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
export type TermCache = Map<
  string,
  { token: Token; term: Omit<Term, "weight" | "continues"> | null }[]
>;

function cachedTermOf(token: Token, cache: TermCache): Omit<Term, "weight" | "continues"> | null {
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
 * A key shared by transliteration variants of a name: first letter, then the
 * consonants with doubles collapsed and a final "h" dropped ("Hamah"/"Hama"
 * → "hm", "Mohammad"/"Muhammad" → "mhmd").
 * Null for short or non-Latin names, where the key would collide too often.
 */
export function nameKey(value: string): string | null {
  const plain = value.normalize("NFD").replace(/\p{M}/gu, "");
  if (!/^[a-z]{5,}$/.test(plain)) return null;
  const rest = plain
    .slice(1)
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/h$/, "");
  const key = `${plain[0] ?? ""}${rest}`;
  return key.length >= 3 ? key : null;
}

/**
 * The common word a capitalised plural stands for, when the story uses that
 * word: wink tags sentence-initial "Protesters" or "Rockets" as names, which
 * then would not match "protester" or "rocket" elsewhere.
 */
function commonForm(value: string, common: ReadonlySet<string>): string | null {
  if (value.length < 4 || !value.endsWith("s") || value.endsWith("ss")) return null;
  const singulars = [
    value.slice(0, -1),
    value.slice(0, -2),
    value.endsWith("ies") ? `${value.slice(0, -3)}y` : "",
  ];
  for (const singular of singulars) {
    if (singular.length < 3) continue;
    const mapped = lookupVariant(singular) ?? SYNONYM_MAP.get(singular) ?? singular;
    if (common.has(mapped)) return mapped;
  }
  return null;
}

/**
 * Merge spelling variants of names across a story: a capitalised plural the
 * story also uses as a common word becomes that word, and every name whose
 * `nameKey` matches becomes the story's most frequent spelling (ties: the
 * alphabetically first), so "Hamah" in one outlet matches "Hama" in another.
 */
export function canonicaliseNames(sentences: readonly (readonly Term[])[]): SentenceTerms[] {
  const counts = new Map<string, number>();
  const common = new Set<string>();
  for (const terms of sentences) {
    for (const term of terms) {
      if (term.name) counts.set(term.value, (counts.get(term.value) ?? 0) + 1);
      else common.add(term.value);
    }
  }
  const best = new Map<string, { value: string; count: number }>();
  for (const [value, count] of [...counts].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    const key = nameKey(value);
    if (!key) continue;
    const current = best.get(key);
    if (!current || count > current.count) best.set(key, { value, count });
  }
  const canonical = new Map<string, string>();
  for (const value of counts.keys()) {
    const asCommon = commonForm(value, common);
    const key = nameKey(value);
    const chosen = key ? best.get(key) : undefined;
    if (asCommon) canonical.set(value, asCommon);
    else if (chosen) canonical.set(value, chosen.value);
  }
  return sentences.map((terms) => ({
    values: terms.map((term) =>
      term.name ? (canonical.get(term.value) ?? term.value) : term.value,
    ),
    weights: terms.map((term) => term.weight),
    continues: terms.map((term) => term.continues),
  }));
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
  const byText = new Map<string, Term[]>();
  return canonicaliseNames(
    sentences.map((tokens, i) => {
      const text = texts?.[i];
      const known = text === undefined ? undefined : byText.get(text);
      if (known) return known;
      const terms = sentenceTerms(tokens, cache);
      if (text !== undefined) byText.set(text, terms);
      return terms;
    }),
  );
}
