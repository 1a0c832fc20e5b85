import nlp from "compromise/two";

/**
 * Word classes from compromise's English lexicon (first names, surnames,
 * organisations, places, months …), read as a table and never run as a parser:
 * one look-up per word keeps every caller linear and cheap.
 */

type Lexicon = Readonly<Record<string, string | readonly string[]>>;

let lexicon: Lexicon | null = null;

function lex(): Lexicon {
  if (!lexicon) {
    const model = nlp.model() as { one?: { lexicon?: Lexicon } };
    lexicon = model.one?.lexicon ?? {};
  }
  return lexicon;
}

function tagsOf(value: string | readonly string[] | undefined): string {
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : "";
}

/** The lexicon's tags for a word or phrase exactly as given (lower case): "", "FemaleName", "Country,ProperNoun" … */
export function exactLexiconTags(word: string): string {
  return tagsOf(lex()[word]);
}

const tagCache = new Map<string, string>();

/** The lexicon's tags for a word in any case, with a possessive "’s" dropped ("Ruritania’s" → Country). Memoised. */
export function lexiconTags(word: string): string {
  const cached = tagCache.get(word);
  if (cached !== undefined) return cached;
  const tags = tagsOf(lex()[word.toLowerCase().replace(/[’']s$/, "")]);
  if (tagCache.size < 200_000) tagCache.set(word, tags);
  return tags;
}

/** True for words the lexicon knows as places or their peoples ("texas", "freedonian"). */
export function isPlaceWord(word: string): boolean {
  return /\b(?:Country|City|Region|Place|Demonym)\b/.test(exactLexiconTags(word));
}

/** The usual gender of a first name, from the lexicon; null when it is unknown or either. */
export function firstNameGender(word: string): "male" | "female" | null {
  const tags = exactLexiconTags(word);
  const male = /\bMaleName\b/.test(tags);
  const female = /\bFemaleName\b/.test(tags);
  return male === female ? null : male ? "male" : "female";
}
