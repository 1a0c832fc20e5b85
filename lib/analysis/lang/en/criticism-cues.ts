/** Source: written here (a project cue list, not a published lexicon). */

/** Words of praise for what someone says or does: denied ("not accurate", "isn't honest"), they criticise. */
export const PRAISE_WORDS: ReadonlySet<string> = new Set([
  "accurate",
  "true",
  "truthful",
  "honest",
  "correct",
  "fair",
  "credible",
  "factual",
  "candid",
]);

/** Words between a negation and the praise that make it doubt, not denial: "not sure it is true". */
export const DOUBT_WORDS: ReadonlySet<string> = new Set([
  "whether",
  "if",
  "sure",
  "clear",
  "certain",
  "know",
  "known",
  "yet",
]);

/**
 * Evaluative words that make a quoted sentence a criticism of the actor it
 * names ("Brandt's remarks were unfair and wrong"). A cue list of
 * this project, not a published lexicon; the strong negative words of
 * lexicon.ts are used as well.
 */
export const CRITICAL_WORDS: ReadonlySet<string> = new Set([
  "wrong",
  "unfair",
  "failed",
  "failure",
  "fail",
  "mistaken",
  "misuse",
  "damaging",
  "wasted",
  "waste",
  "outrageous",
  "cynical",
  "irresponsible",
  "bigoted",
  "bigotry",
  "racist",
  "racism",
  "nonsense",
  "malarkey",
  "boogeyman",
  "hell",
  "terrible",
  "disgrace",
  "shameful",
  "dishonest",
  "reckless",
  "dangerous",
  "extreme",
  "radical",
  "incompetent",
  "inaccurate",
  "misleading",
  "lie",
  "lies",
  "lied",
  "obstruct",
  "obstruction",
  "hypocrisy",
  "hypocritical",
  "ridiculous",
  "absurd",
  "offensive",
  "unacceptable",
  "unacceptability",
  "appalling",
  "disastrous",
  "disaster",
  "coerce",
  "coerced",
]);

/** Evaluative nouns that criticise only with a following preposition: "war on religion", "assault on". */
export const CRITICAL_NOUNS_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["war", new Set(["on", "against"])],
  ["assault", new Set(["on"])],
]);

/**
 * Verbs whose subject makes the criticism their object names: "voiced criticism of Y", "joined the
 * condemnation of Y", "reserved her harshest words for Y". Other verbs with such an object have a
 * subject that only meets it ("noted", "cited", "heard", "acknowledged criticism of Y"): it is no
 * critic. The aiming verbs ("leveled criticism at Y") are listed with the blame cues.
 */
export const VOICING_VERBS: ReadonlySet<string> = new Set([
  "voice",
  "express",
  "make",
  "offer",
  "issue",
  "launch",
  "unleash",
  "deliver",
  "heap",
  "pile",
  "pour",
  "join",
  "lodge",
  "renew",
  "repeat",
  "sharpen",
  "step",
  "escalate",
  "intensify",
  "mount",
  "echo",
  "have",
  "reserve",
  "save",
  "air",
  "raise",
  "lead",
  "spearhead",
  "add",
  "focus",
  "write",
  "post",
  "tweet",
  "shout",
  "soften",
  "temper",
  "mute",
  "tone",
]);
