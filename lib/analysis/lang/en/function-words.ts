/** TODO source note */

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

export const POSSESSIVES: ReadonlySet<string> = new Set([
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
]);

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

export const INDEFINITES: ReadonlySet<string> = new Set(["a", "an", "one", "another"]);

export const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "that"]);

export const WH_RELATIVES: ReadonlySet<string> = new Set(["who", "which", "whom", "whose"]);

export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(["he", "she", "they", "it"]);

export const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "n't",
  "never",
  "no",
  "neither",
  "nor",
  "without",
]);

export const NEGATORS_AND_NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  "not",
  "n't",
  "never",
  "no",
  "nothing",
  "none",
  "neither",
  "nor",
  "without",
]);

export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "since",
  "until",
  "as",
  "because",
  "while",
  "when",
  "if",
  "although",
  "though",
  "once",
  "whereas",
]);

export const SPLITTING_SUBORDINATORS: ReadonlySet<string> = new Set([
  "while",
  "although",
  "though",
  "as",
  "when",
  "after",
  "before",
  "because",
  "since",
  "if",
]);

/**
 * Criticism inside quotes: a quoted sentence with critical evaluative words
 * ("offensive", "a very bad record", "out of touch", "war on …") is its
 * speaker criticising someone ("Todd Akin's comments were offensive and
 * wrong", said Romney). The accuser is the quote's speaker (blame.ts); the
 * accused, in order: the subject of a critical verb ("President Obama is
 * damaging Medicare"), the named actor nearest the critical word, the
 * addressee of a "you" ("X told Y"), the subject of the clause a partial
 * quote completes, and, when the sentence relates nobody else, the topic of
 * the article (quote-targets.ts) as an implicit target (accused text null).
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me", "my", "we", "our", "us"]);

export const SECOND_PERSON: ReadonlySet<string> = new Set([
  "you",
  "your",
  "yours",
  "yourself",
  "yourselves",
]);

export const GENERIC_PEOPLE: ReadonlySet<string> = new Set([
  "you",
  "anyone",
  "anybody",
  "someone",
  "somebody",
  "whoever",
]);

export const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "whenever"]);

export const WH_WORDS: ReadonlySet<string> = new Set([
  "what",
  "which",
  "whatever",
  "whichever",
  "whose",
]);

export const PARTITIVES: ReadonlySet<string> = new Set([
  "one",
  "two",
  "three",
  "some",
  "many",
  "most",
  "several",
  "each",
  "both",
  "all",
  "none",
]);

/** Words that may open a sentence before its subject: "But Justice Scalia was unconvinced." */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "but",
  "and",
  "yet",
  "so",
  "still",
  "meanwhile",
  "then",
]);

export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "that",
  "with",
  "while",
  "as",
  "when",
  "after",
  "before",
  "because",
  "but",
  "and",
  "so",
  "then",
  "also",
  "though",
  "although",
  "if",
  "since",
  "where",
  "whereas",
  "yet",
  "or",
  "still",
]);

/** Words a passage should not end on: a match that runs on into "the" of the next clause stops before it. */
export const TRAILING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "by",
  "with",
  "that",
  "as",
]);

export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "by",
  "with",
  "is",
  "are",
  "was",
  "were",
  "be",
  "it",
  "that",
  "this",
  "we",
  "i",
  "you",
  "he",
  "she",
  "they",
  "our",
  "not",
]);

export const BE_FORMS: ReadonlySet<string> = new Set([
  "be",
  "is",
  "was",
  "were",
  "are",
  "been",
  "being",
  "am",
  "'s",
  "'re",
]);

export const REASON_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "of", "over"]);

/** Prepositions of place: "in Basra ransacked …" makes Basra no actor. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "near",
  "to",
  "into",
  "across",
  "outside",
  "inside",
  "around",
  "of",
]);

/** Verbs that pass negation through to what follows ("did not appear driven by"). */
export const RAISING_VERBS: ReadonlySet<string> = new Set([
  "appear",
  "seem",
  "be",
  "have",
  "do",
  "prove",
  "look",
]);

/** Possessive pronouns and the pronoun whose antecedent owns the thing ("his statement" → he). */
export const POSSESSIVE_TO_PRONOUN: Readonly<Record<string, string>> = {
  his: "he",
  her: "she",
  their: "they",
  its: "it",
};

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

/** Connectives that tie a sentence to the one before when a comma follows: "However,", "Later,". */
export const COMMA_CONNECTIVES: readonly string[] = [
  "However",
  "Still",
  "Meanwhile",
  "Moreover",
  "In reaction",
  "In addition",
  "Earlier",
  "Later",
  "Also",
];

/** Connectives that tie a sentence to the one before with no comma: "But", "And". */
export const BARE_CONNECTIVES: readonly string[] = ["But", "And"];
