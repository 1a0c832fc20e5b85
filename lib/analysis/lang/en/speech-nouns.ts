/** Source: written here, from English news copy. */

/**
 * Nouns for a thing said (not a document): whose words a quote set in them are is the one the
 * noun belongs to, "X's claim that …", "X's “…” promise", "in X's words", or the subject of the
 * verb that makes it, "X made the point that …" (speakers/speech-noun.ts). Lemmas.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "accusation",
  "admission",
  "allegation",
  "argument",
  "assertion",
  "assurance",
  "boast",
  "broadside",
  "catchphrase",
  "characterization",
  "charge",
  "claim",
  "comment",
  "complaint",
  "contention",
  "denial",
  "description",
  "insistence",
  "jab",
  "joke",
  "lament",
  "mantra",
  "motto",
  "phrase",
  "plea",
  "pledge",
  "point",
  "prediction",
  "promise",
  "question",
  "quip",
  "refrain",
  "remark",
  "retort",
  "slogan",
  "suggestion",
  "taunt",
  "threat",
  "vow",
  "warning",
  "word",
]);

/**
 * Verbs that make a speech noun said by their subject: "made the point that …", "issued a
 * warning that …", "repeated her claim that …". Lemmas.
 */
export const SPEECH_NOUN_VERBS: ReadonlySet<string> = new Set([
  "deliver",
  "echo",
  "express",
  "issue",
  "level",
  "make",
  "offer",
  "press",
  "renew",
  "repeat",
  "restate",
  "reiterate",
  "voice",
]);
