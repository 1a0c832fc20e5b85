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
  // A forecast: "is likely to blame", "is poised to attack".
  "likely",
  "unlikely",
  "poised",
  "ready",
  "eager",
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
 * Negative implicatives (Karttunen 1971, "Implicative verbs"): "refused to say X" entails not
 * saying X, as "did not say X" does. Lemmas of the verbs and of the words made from them that take
 * "to" the same way ("her refusal to call it …", "reluctant to say"). Narrower than REFUSAL_VERBS
 * above, which also withhold a noun ("avoided any criticism"): "stopped to say" did say.
 */
export const NEGATIVE_IMPLICATIVES: ReadonlySet<string> = new Set([
  "refuse",
  "refusal",
  "decline",
  "fail",
  "failure",
  "neglect",
  "reluctant",
  "reluctance",
  "unwilling",
  "unwillingness",
]);

/** Words that qualify a blame cue or its parties, read by the blame finder (lib/analysis/relations). */
export const QUALIFIERS = {
  /**
   * Degree words that say an act was nearly done, not done: "nearly accused", "almost blamed",
   * "came close to accusing", "fell short of blaming". A verb that withholds ("stopped short of")
   * is a refusal above.
   */
  nearMiss: new Set(["nearly", "almost", "close", "closer", "near", "nearer", "short"]),
  /**
   * Adverbs by which whoever reports a passive blame disowns it: "was wrongly blamed", "was
   * falsely accused". The source that says so defends the accused; it does not blame.
   */
  unjust: new Set([
    "wrongly",
    "falsely",
    "unfairly",
    "unjustly",
    "mistakenly",
    "erroneously",
    "wrongfully",
  ]),
  /**
   * People around someone, not that someone: "X's allies accused Y" is not X accusing Y, and
   * "attacked X's lawyers" does not attack X. Their owner is a party only as a modifier is.
   */
  associates: new Set([
    "ally",
    "allies",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "supporter",
    "supporters",
    "backer",
    "backers",
    "friend",
    "friends",
    "critic",
    "critics",
    "rival",
    "rivals",
    "opponent",
    "opponents",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "surrogate",
    "surrogates",
    "staffer",
    "staffers",
    "wife",
    "husband",
    "son",
    "daughter",
  ]),
} as const satisfies Record<string, ReadonlySet<string>>;

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
