/** Source: written here, from English grammar and reporting usage (no published lexicon). */

/**
 * Words around a blame cue that make it less than a statement of blame: a plan or a wish ("plans
 * to censure him", "talking about censuring him"), a request to someone else ("urged him to
 * condemn"), a refusal ("declined to criticise"), a modal ("would blame"), a condition ("if
 * true"), a charge someone else makes ("charges that he demonised …"). Read through the parse:
 * each applies only when the cue's clause hangs from the word.
 */

/** Verbs whose complement is only intended or considered: "plans to censure", "talking about suing". */
export const INTENTION_VERBS: ReadonlySet<string> = new Set([
  "want",
  "plan",
  "intend",
  "threaten",
  "consider",
  "hope",
  "seek",
  "try",
  "aim",
  "weigh",
  "mull",
  "talk",
  "think",
  "debate",
  "discuss",
  "propose",
  "prepare",
  "expect",
  "wish",
  "dare",
]);

/** Verbs that ask someone else to blame: the one asked has not blamed anyone (yet). */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  "urge",
  "ask",
  "call",
  "demand",
  "press",
  "pressure",
  "challenge",
  "encourage",
  "invite",
  "implore",
  "beg",
]);

/**
 * Verbs that withhold the blame of their complement, as a clause or as a noun: "declined to
 * criticise", "refused to blame", "refrained from criticism of", "avoided any criticism of".
 */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set([
  "refuse",
  "decline",
  "avoid",
  "stop",
  "resist",
  "hesitate",
  "fail",
  "refrain",
  "withhold",
  "forgo",
  "forego",
  "eschew",
  "shy",
]);

/**
 * Degree words that say an act was nearly done, not done: "nearly accused", "almost blamed",
 * "came close to accusing", "fell short of blaming". A verb that withholds ("stopped short of")
 * is a refusal above.
 */
export const NEAR_MISS_WORDS: ReadonlySet<string> = new Set([
  "nearly",
  "almost",
  "close",
  "closer",
  "near",
  "nearer",
  "short",
]);

/** Modals that make a statement a possibility rather than a fact: "would blame", "could be accused". */
export const HEDGING_MODALS: ReadonlySet<string> = new Set([
  "would",
  "could",
  "might",
  "may",
  "should",
  "'d",
]);

/** Subordinators that make a clause a condition or an open question: "if true", "whether he lied". */
export const CONDITION_MARKERS: ReadonlySet<string> = new Set([
  "if",
  "unless",
  "whether",
  "lest",
  "whenever",
]);

/** Verbs whose complement is denied or disputed: "denied that he attacked her". */
export const DISPUTING_VERBS: ReadonlySet<string> = new Set([
  "deny",
  "dispute",
  "reject",
  "refute",
  "rebut",
  "doubt",
  "question",
  "challenge",
]);
