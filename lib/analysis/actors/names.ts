import { lexiconTags, type Token } from "../text";
import { lang } from "../lang";

/**
 * Types of proper-name runs, read from compromise's English lexicon (first
 * names, surnames, organisations, places, months …). Only the lexicon is used,
 * not compromise's parser: a table look-up per word keeps discovery linear and
 * cheap, while wink's statistical tagger (PROPN) finds the runs themselves.
 */

const PLACE = /\b(?:Country|City|Region|Place)\b/;
const TIME = /\b(?:Month|WeekDay|Date|Holiday)\b/;
const FIRST_NAME = /\b(?:MaleName|FemaleName|FirstName)\b/;
const PERSON = /\b(?:LastName|Person|Honorific)\b/;
const COMMON =
  /\b(?:Adjective|Noun|Plural|Singular|Uncountable|Verb|Infinitive|PastTense|PresentTense|Gerund|Adverb|Determiner|Preposition|Conjunction|Pronoun|Actor|Demonym)\b/;

export type NameKind = "person" | "organisation" | "place" | "time" | "other";

/** What a run of proper-name tokens is, as far as the lexicon and its title tell. */
export function nameKind(tokens: readonly Token[], hasTitle: boolean): NameKind {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return "other";
  // Multi-word entries first: "new york" is a place even though "new" is an adjective.
  const wholeTags = lexiconTags(tokens.map((t) => t.normal).join(" "));
  if (PLACE.test(wholeTags)) return "place";
  const lastTags = lexiconTags(last.normal);
  if (tokens.length === 1 && /\bDemonym\b/.test(lastTags)) return "place";
  if (lang.names.organisationEndings.has(last.normal) || /\bOrganization\b/.test(lastTags))
    return "organisation";
  if (hasTitle) return "person";
  const firstTags = lexiconTags(first.normal);
  if (FIRST_NAME.test(firstTags) && tokens.length > 1) return "person";
  if (tokens.some((token) => PERSON.test(lexiconTags(token.normal)))) return "person";
  if (tokens.every((token) => TIME.test(lexiconTags(token.normal)))) return "time";
  if (tokens.length === 1 && PLACE.test(lastTags)) return "place";
  if (tokens.length > 1 && PLACE.test(lastTags) && !FIRST_NAME.test(firstTags)) return "place";
  // An acronym ("ACLU", "A.C.L.U.") names a body.
  if (tokens.length === 1 && /^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$/.test(first.text))
    return "organisation";
  return "other";
}

/** True when a run of words is a multi-word place in the lexicon ("New York"). */
export function isPlaceName(words: readonly Token[]): boolean {
  return PLACE.test(lexiconTags(words.map((t) => t.normal).join(" ")));
}

/** True when a capitalised word is an ordinary English word (a sentence-initial "Rockets", "Top"). */
const commonCache = new Map<string, boolean>();

export function isCommonWord(token: Token): boolean {
  const cached = commonCache.get(token.normal);
  if (cached !== undefined) return cached;
  const tags = lexiconTags(token.normal);
  const common =
    tags !== "" &&
    COMMON.test(tags) &&
    !FIRST_NAME.test(tags) &&
    !PERSON.test(tags) &&
    !PLACE.test(tags);
  if (commonCache.size < 200_000) commonCache.set(token.normal, common);
  return common;
}

/**
 * The gender a person's title tells ("Mrs.", "Sir", "congresswoman"), when one of its words does:
 * the only sign of it a surname written alone carries.
 */
export function titleGender(title: string): "m" | "f" | null {
  for (const word of title.split(/\s+/)) {
    const gender = lang.gender.honorifics[word] ?? lang.gender.genderedRoleNouns[word];
    if (gender) return gender === "male" ? "m" : "f";
  }
  return null;
}

/** True when a person of gender `a` may be one of gender `b`: either unknown, or the same. */
export const genderFits = (a: "m" | "f" | null, b: "m" | "f" | null): boolean =>
  a === null || b === null || a === b;

/** Grammatical gender of a first name per the lexicon, when it says. */
export function nameGender(first: string): "m" | "f" | null {
  const tags = lexiconTags(first);
  if (/\bMaleName\b/.test(tags)) return "m";
  if (/\bFemaleName\b/.test(tags)) return "f";
  return null;
}
