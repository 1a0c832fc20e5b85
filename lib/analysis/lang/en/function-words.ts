/** Source: closed word classes of English grammar (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002); the selections are written here. */

/** Indefinite determiners: "a", "an", "one", "another". */
export const INDEFINITES: ReadonlySet<string> = new Set(["a", "an", "one", "another"]);

/** Words that negate what follows in their clause: "not", "never", "without". */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "n't",
  "never",
  "no",
  "neither",
  "nor",
  "without",
]);

/** The negators with the negative pronouns: "nothing he said is true", "none of it". */
export const NEGATORS_AND_NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  ...NEGATORS,
  "nothing",
  "none",
]);

/** Subordinators at which a long sentence is split into clauses for alignment ("…, while …"). */
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

/** Subordinators that open a clause before its subject ("after the ministry said …"): the splitting ones and a few more. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...SPLITTING_SUBORDINATORS,
  "until",
  "once",
  "whereas",
]);

/** Conjunctions that open a condition: "if anyone lies". */
export const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "whenever"]);

/** Wh-words that open a free relative or a question: "what he said", "whose idea". */
export const WH_WORDS: ReadonlySet<string> = new Set([
  "what",
  "which",
  "whatever",
  "whichever",
  "whose",
]);

/**
 * Words that open an indirect question ("asked whether …", "wondered why …", "knows how …"): a
 * clause so opened is asked or weighed, not asserted, so the one who asks does not say it.
 */
export const INDIRECT_QUESTION_WORDS: ReadonlySet<string> = new Set([
  "whether",
  "if",
  "why",
  "how",
  "when",
  "where",
  "who",
  "whom",
  "what",
  "which",
]);

/** Quantifiers that stand before "of" for a part of a group: "one of the officials", "some of them". */
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

/** Words that may open a sentence before its subject: "But Justice Moreau was unconvinced." */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "but",
  "and",
  "yet",
  "so",
  "still",
  "meanwhile",
  "then",
]);

/** Words that open a new clause, so a noun phrase does not run on through them. */
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

/** The commonest function words, skipped when quotes are compared by their word trigrams. */
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

/** Forms of "be", contracted ones included. */
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

/** Prepositions before what someone is blamed for: "blamed X for Z", "accused of Z", "criticised over Z". */
export const REASON_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "of", "over"]);

/** Prepositions of place: "in Hama ransacked …" makes Hama no actor. */
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

/**
 * Verbs that link a subject to how it is described, as "be" does: "X has become reckless", "X seems
 * out of touch", "X couldn't get any more out of touch". Lemmas.
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  "become",
  "get",
  "seem",
  "appear",
  "remain",
  "look",
  "sound",
  "grow",
  "stay",
  "prove",
]);

/** Words of degree between a linking verb and its description: "got any more", "seems so". */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  "any",
  "more",
  "less",
  "so",
  "too",
  "very",
  "even",
  "much",
  "increasingly",
]);

/** The verb classes above, as the language object gives them (index.ts). */
export const VERB_CLASSES = {
  raisingVerbs: RAISING_VERBS,
  linkingVerbs: LINKING_VERBS,
  degreeWords: DEGREE_WORDS,
} as const;

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

/** Determiners before a head noun: articles, demonstratives and possessives ("the", "this", "their"). */
export const DETERMINERS: readonly string[] = [
  "the",
  "this",
  "that",
  "an",
  "a",
  "his",
  "her",
  "their",
  "our",
];
