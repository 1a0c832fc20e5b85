/** Source: the English pronoun and determiner paradigms (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002); the selections are written here. */

/** Pronouns, relatives and "this" that can stand as the subject of a speech verb before a quote. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([
  "i",
  "we",
  "you",
  "he",
  "she",
  "they",
  "it",
  "who",
  "which",
  "that",
  "this",
]);

/** Possessive pronouns wink may tag as determiners: still pronouns here. */
export const OWNER_POSSESSIVES: ReadonlySet<string> = new Set([
  "his",
  "its",
  "their",
  "our",
  "my",
  "her",
]);

/** Possessive determiners: the owner possessives and "your". */
export const POSSESSIVES: ReadonlySet<string> = new Set([...OWNER_POSSESSIVES, "your"]);

/**
 * The later steps of the span finder (actor-match.ts): proper-name runs with
 * their titles, titles folded into known persons, and pronouns, unnamed
 * sources and definite descriptions. Each reads the spans the earlier steps
 * took and only adds spans on tokens not taken yet.
 */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set([
  "they",
  "them",
  "their",
  "we",
  "our",
  "us",
]);

/** Personal pronouns and possessives that can stand for an actor named before. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  "he",
  "him",
  "his",
  "she",
  "her",
  "they",
  "them",
  "their",
  "it",
  "its",
  "i",
  "me",
  "my",
  "we",
  "our",
  "us",
]);

/** Relative pronouns, "that" included: "the official who spoke", "the group that issued". */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "that"]);

/** Relative pronouns of the wh- kind, "whom" and "whose" included, "that" not. */
export const WH_RELATIVES: ReadonlySet<string> = new Set(["who", "which", "whom", "whose"]);

/** Third-person subject pronouns: a speaker that is a pronoun. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(["he", "she", "they", "it"]);

/**
 * Criticism inside quotes: a quoted sentence with critical evaluative words
 * ("offensive", "a very bad record", "out of touch", "war on …") is its
 * speaker criticising someone ("Brandt's remarks were unfair and
 * wrong", said Kerr). The accuser is the quote's speaker (blame.ts); the
 * accused, in order: the subject of a critical verb ("the governor is
 * damaging Medicare"), the named actor nearest the critical word, the
 * addressee of a "you" ("X told Y"), the subject of the clause a partial
 * quote completes, and, when the sentence relates nobody else, the topic of
 * the article (quote-targets.ts) as an implicit target (accused text null).
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me", "my", "we", "our", "us"]);

/** Second-person pronouns: a quote that addresses someone. */
export const SECOND_PERSON: ReadonlySet<string> = new Set([
  "you",
  "your",
  "yours",
  "yourself",
  "yourselves",
]);

/** Words for anybody at all: "if anyone lies", "whoever did this". */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set([
  "you",
  "anyone",
  "anybody",
  "someone",
  "somebody",
  "whoever",
]);

/** Possessive pronouns and the pronoun whose antecedent owns the thing ("his statement" → he). */
export const POSSESSIVE_TO_PRONOUN: Readonly<Record<string, string>> = {
  his: "he",
  her: "she",
  their: "they",
  its: "it",
};

/** Possessive endings and determiners: "the mayor's", "their". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([
  "'s",
  "'",
  "’s",
  "’",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
]);

/** Relatives and pronouns that stand as the subject right before a verb ("which blamed", "they blamed"). */
export const SUBJECTS_BEFORE_VERB: ReadonlySet<string> = new Set([
  "which",
  "that",
  "he",
  "she",
  "they",
  "it",
  "we",
]);
