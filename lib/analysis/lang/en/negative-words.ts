/** Source: the MPQA Subjectivity Lexicon (Wilson, Wiebe & Hoffmann 2005) for MPQA_NEGATIVE; the other lists written here. */
/**
 * Evaluative words that criticise, for reading criticism in quotes
 * (quote-blame.ts), in two lists kept apart by where they come from.
 *
 * 1. MPQA_NEGATIVE: words of the MPQA Subjectivity Lexicon (Wilson, Wiebe &
 *    Hoffmann 2005, "Recognizing contextual polarity in phrase-level
 *    sentiment analysis", HLT-EMNLP 2005; file subjclueslen1-HLTEMNLP05.tff)
 *    listed there as strongly subjective ("type=strongsubj") with negative
 *    prior polarity ("priorpolarity=negative"). Only a small subset, each
 *    checked against the lexicon entry, and only words that judge a person's
 *    or a body's conduct: "bad record", "unfair", "unscrupulous". Words
 *    whose negative sense is mostly about events or moods ("worried",
 *    "unexpected", "unrest") are left out on purpose: a quote that is
 *    worried is not a quote that criticises. The strong negative words of
 *    lexicon.ts (the same lexicon) and the project's cue list CRITICAL_WORDS
 *    (blame-cues.ts) are used as well.
 * 2. CRITICAL_PHRASES: multi-word cues of this project (not from a published
 *    lexicon): "out of touch", "at war with", "attacks on".
 */

/** MPQA strongly subjective words with negative prior polarity (checked subset, lower case). */
export const MPQA_NEGATIVE: ReadonlySet<string> = new Set([
  "abhorrent",
  "abysmal",
  "bad",
  "badly",
  "barbaric",
  "belittle",
  "berate",
  "besmirch",
  "betray",
  "betrayal",
  "undermine",
  "unethical",
  "unfit",
  "unjust",
  "unjustifiable",
  "unqualified",
  "unreasonable",
  "unscrupulous",
  "unconvincing",
  "vulgar",
  "wicked",
  "worst",
  "worthless",
  "wretched",
  "woeful",
]);

/**
 * Multi-word criticism cues, as lower-case token sequences; the cue token is
 * the first word. `modified`: only with an adjective or a possessive before
 * it ("liberal attacks on", "Varga's attacks on"), which makes it a
 * characterised pattern of conduct, not a reported event ("an attack on the
 * embassy"). A phrase ending in a preposition names the victim after it,
 * never the criticised (quote-blame.ts looks before the cue only).
 */
export const CRITICAL_PHRASES: readonly { words: readonly string[]; modified: boolean }[] = [
  { words: ["out", "of", "touch"], modified: false },
  { words: ["at", "war", "with"], modified: false },
  { words: ["attacks", "on"], modified: true },
];

/**
 * Verbs of harm done to something valued ("gutted the program", "wrecked the
 * economy") or of unfair treatment of others ("demonizing immigrants"): in a
 * quote, their subject is criticised and their object is the victim. A
 * project cue list, not a published lexicon.
 */
export const HARM_VERBS: ReadonlySet<string> = new Set([
  "destroy",
  "dismantle",
  "wreck",
  "ruin",
  "gut",
  // The lemmatiser leaves the doubled consonant of "gutted" alone.
  "gutted",
  "gutting",
  "decimate",
  "sabotage",
  "slash",
  "raid",
  "loot",
  "squander",
  "jeopardize",
  "jeopardise",
  "demonize",
  "demonise",
  "vilify",
  "smear",
  "scapegoat",
]);

/**
 * Common verbs that harm only with a completion a few words on: "cut $5
 * billion from the schools", "end Medicare as we know it". Alone they are
 * neutral ("the company cut prices", "the war ended").
 */
export const HARM_COMPLETIONS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ["cut", [["from"]]],
  ["take", [["away", "from"]]],
  ["steal", [["from"]]],
  ["end", [["as", "we", "know", "it"]]],
  ["kill", [["as", "we", "know", "it"]]],
]);
