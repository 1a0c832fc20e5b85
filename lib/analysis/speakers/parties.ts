import { lang } from "../lang";

/**
 * Parties as a speaker's affiliation, read from the language's party words: kept apart from the
 * word lists so those stay plain data.
 */

const PARTY_LETTERS = Object.keys(lang.affiliation.partyLetters).join("");

/** "(D-Ore.)", ", R-Ohio", "(R)": a party letter right after a name. */
export const PARTY_TAG = new RegExp(
  `^\\s*[,(]\\s*([${PARTY_LETTERS}])(?:\\s*-\\s*[A-Z][A-Za-z.]*|\\s*\\))`,
);

const PARTY_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(lang.affiliation.parties),
  ...Object.values(lang.affiliation.partyLetters),
]);

/** True for an affiliation that is a party ("Democrats"), as the party words write them. */
export function isParty(affiliation: string | null): boolean {
  return affiliation !== null && PARTY_NAMES.has(affiliation);
}

/** The party a capitalised word names ("Democratic" → Democrats); lower case "democratic" is an adjective. */
export function partyOf(text: string): string | null {
  return /^\p{Lu}/u.test(text) ? (lang.affiliation.parties[text.toLowerCase()] ?? null) : null;
}
