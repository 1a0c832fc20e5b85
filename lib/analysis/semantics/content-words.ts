import { wordVectors } from "./word-vectors";
import { type WordnetPos, wordnetIndex, wordnetPartsOfSpeech } from "./wordnet";

/** What the semantics layer reads of a token (the engine's `Token` from nlp.ts has all of these). */
export interface SemanticToken {
  text: string;
  /** Dictionary form, lower-cased ("resigned" → "resign"). */
  lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB …). */
  pos: string;
  /** Lower-cased form; the text lower-cased when absent. */
  normal?: string;
}

/** A word that carries content, with what the lexicons know of it. */
export interface ContentWord {
  /** Index of its first token in the sentence (phrases span `first`..`last`). */
  first: number;
  last: number;
  /** What a match on the same word compares: the lemma, or the phrase ("step_down"). */
  key: string;
  text: string;
  pos: string;
  /** Vector row, when the vocabulary has the lemma or the form. */
  vector: number | undefined;
  wordnet: number | undefined;
  wordnetPos: WordnetPos | undefined;
  /** A proper name or number: matched only by itself, never by likeness. */
  name: boolean;
  /** The same number for the same key and part of speech within one `idGeneration` (for caching matches). */
  id: number;
  generation: number;
}

/**
 * Interned (key, POS) pairs, bounded like the engine's other memo tables:
 * when full they start again under a new generation, and words of an older
 * generation are matched without the cache.
 */
const ids = new Map<string, number>();
export const MAX_WORD_IDS = 1 << 20;
let generation = 0;

export function idGeneration(): number {
  return generation;
}

function idOf(key: string, pos: string): number {
  const name = `${key}\u0000${pos}`;
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size >= MAX_WORD_IDS) {
      ids.clear();
      generation += 1;
    }
    id = ids.size;
    ids.set(name, id);
  }
  return id;
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);
const PARTICLE_POS = new Set(["ADP", "PART", "ADV"]);

/**
 * Words whose meaning is grammar, not fact, even when tagged as content
 * (wink tags some auxiliaries and degree words as VERB/ADV).
 */
const FUNCTION_LEMMAS = new Set([
  "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  "not", "n't", "never", "also", "so", "too", "very", "just", "then", "there", "here", "now",
  "only", "even", "still", "yet", "already", "ago", "as", "well", "'s",
  // Participles that work as prepositions ("according to", "including rocket fire").
  "according", "including", "following", "regarding", "concerning", "despite",
]); // prettier-ignore

const WORDNET_POS: Record<string, WordnetPos> = {
  NOUN: "n",
  PROPN: "n",
  VERB: "v",
  ADJ: "a",
  ADV: "r",
};

function undotted(form: string, name: boolean): string {
  return name && /^(?:\p{L}+\.)+\p{L}*$/u.test(form) ? form.replace(/\./g, "") : form;
}

const UD_POS: Record<WordnetPos, string> = { n: "NOUN", v: "VERB", a: "ADJ", r: "ADV" };

function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Multi-word verb at `i` ("stepped down" → "step_down"), as the WordNet table lists it. */
function phraseAt(tokens: readonly SemanticToken[], i: number): [string, number] | undefined {
  const head = tokens[i];
  if (!head || head.pos !== "VERB") return undefined;
  let key = head.lemma;
  for (let j = i + 1; j <= i + 2 && j < tokens.length; j += 1) {
    const next = tokens[j] as SemanticToken;
    if (!hasLetterOrDigit(next.text)) break;
    key = `${key}_${next.normal ?? next.text.toLowerCase()}`;
    const first = j === i + 1;
    if ((first ? PARTICLE_POS.has(next.pos) || next.pos === "NOUN" : true) && wordnetIndex(key)) {
      return [key, j];
    }
  }
  return undefined;
}

/** Singular candidates of a plural form, most likely first ("protesters" → "protester"). */
function singulars(form: string): string[] {
  if (!form.endsWith("s") || form.endsWith("ss")) return [];
  const out = [form.slice(0, -1)];
  if (form.endsWith("ies")) out.unshift(`${form.slice(0, -3)}y`);
  else if (form.endsWith("es")) out.push(form.slice(0, -2));
  return out;
}

/**
 * wink tags a capitalised first word it does not know as a proper noun and
 * leaves it unlemmatised ("Protesters gathered"). Read as a common noun when
 * the lexicons know the lower-cased word (or its singular); a known name
 * inside a sentence ("Bush said") stays a name.
 */
function commonReading(
  tokens: readonly SemanticToken[],
  i: number,
): { lemma: string; pos: string } | undefined {
  const token = tokens[i] as SemanticToken;
  if (token.pos !== "PROPN") return undefined;
  for (let j = 0; j < i; j += 1) if ((tokens[j] as SemanticToken).pos !== "PUNCT") return undefined;
  const normal = token.normal ?? token.text.toLowerCase();
  for (const form of [normal, ...singulars(normal)]) {
    const known = wordnetIndex(form);
    if (known === undefined) continue;
    const parts = wordnetPartsOfSpeech(known);
    const pos = (["n", "a", "v", "r"] as const).find((part) => parts.has(part)) ?? "n";
    return { lemma: form, pos: UD_POS[pos] };
  }
  return undefined;
}

/**
 * A content word from a lemma another reader already found (the fact
 * aligner's terms): the same lookups as `contentWords`, without a sentence.
 * `pos` is a universal tag; PROPN and NUM make a name.
 */
export function wordOf(key: string, pos: string, text = key): ContentWord {
  const { index } = wordVectors();
  return {
    first: 0,
    last: 0,
    key,
    text,
    pos,
    vector: index.get(key),
    wordnet: wordnetIndex(key),
    wordnetPos: WORDNET_POS[pos],
    name: pos === "PROPN" || pos === "NUM",
    id: idOf(key, pos),
    generation,
  };
}

/** The content words of a sentence, in order, with multi-word verbs read as one word. */
export function contentWords(tokens: readonly SemanticToken[]): ContentWord[] {
  const { index } = wordVectors();
  const words: ContentWord[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const given = tokens[i] as SemanticToken;
    if (!CONTENT_POS.has(given.pos) || !hasLetterOrDigit(given.text)) continue;
    const common = commonReading(tokens, i);
    const token = common ? { ...given, ...common } : given;
    const name = token.pos === "PROPN" || token.pos === "NUM";
    // Abbreviation dots do not make another name: "U.S." is "US", "Sept." is "Sept".
    const normal = undotted(token.normal ?? token.text.toLowerCase(), name);
    const lemma = undotted(token.lemma.toLowerCase(), name);
    if (FUNCTION_LEMMAS.has(lemma) || FUNCTION_LEMMAS.has(normal)) continue;
    const phrase = phraseAt(tokens, i);
    const key = phrase?.[0] ?? lemma;
    const wordnetPos = WORDNET_POS[token.pos];
    words.push({
      first: i,
      last: phrase?.[1] ?? i,
      key,
      text: phrase
        ? tokens
            .slice(i, phrase[1] + 1)
            .map((t) => t.text)
            .join(" ")
        : token.text,
      pos: token.pos,
      vector: phrase ? undefined : (index.get(lemma) ?? index.get(normal)),
      wordnet: wordnetIndex(key) ?? (phrase ? undefined : wordnetIndex(normal)),
      wordnetPos,
      name,
      id: idOf(key, token.pos),
      generation,
    });
    if (phrase) i = phrase[1];
  }
  return words;
}
