/** Source: written here, from the reporting verbs of English news copy. */

/**
 * Verbs that speak of someone, whose object is the one praised or faulted ("Ruiz credited the
 * mayor with holding “…”", "Berg ripped the board for acting as “…”", "thanked her for “…”"):
 * used with a quote they report what the subject said of the object. The name after them is
 * their object, never a subject written after the verb ("…, star of “Night Shift,” thanked
 * Ruiz" is not "“…,” said Ruiz"). Lemmas; part of SPEECH_VERBS.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  "applaud",
  "assail",
  "belittle",
  "berate",
  "castigate",
  "chastise",
  "chide",
  "commend",
  "credit",
  "fault",
  "knock",
  "lambast",
  "lambaste",
  "ridicule",
  "rip",
  "scold",
  "thank",
  "tout",
]);

/**
 * Verbs that answer with a particle after them ("Ruiz shot back, “…”", "Berg chimed in: “…”"), by
 * lemma, with their particles. Alone the verb does not speak ("shot the ball", "hit the wall"):
 * the quote context retags the verb before its particle with the two as its lemma ("shoot back"),
 * which SPEECH_VERBS holds.
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["shoot", new Set(["back"])],
  // Past forms wink tags as nouns ("Ruiz shot back"), which have no verb lemma to look up.
  ["shot", new Set(["back"])],
  ["struck", new Set(["back"])],
  ["fire", new Set(["back"])],
  ["hit", new Set(["back"])],
  ["strike", new Set(["back"])],
  ["snap", new Set(["back"])],
  ["chime", new Set(["in"])],
]);

/**
 * The one list of speech and attribution verbs, by lemma. Quote attribution,
 * voice detection and word-choice analysis all read it from here.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "add",
  "claim",
  "insist",
  "warn",
  "write",
  "note",
  "argue",
  "explain",
  "elaborate",
  "state",
  "declare",
  "announce",
  "deny",
  "accuse",
  "call",
  "cite",
  "describe",
  "acknowledge",
  "admit",
  "ask",
  "urge",
  "reply",
  "respond",
  "retort",
  "tweet",
  "suggest",
  "charge",
  "contend",
  "maintain",
  "assert",
  "predict",
  "complain",
  "conclude",
  "recall",
  "remark",
  "observe",
  "testify",
  "comment",
  "emphasize",
  "emphasise",
  "stress",
  "caution",
  "concede",
  "counter",
  "boast",
  "vow",
  "pledge",
  "promise",
  "label",
  "dub",
  "brand",
  "term",
  "refer",
  "characterize",
  "characterise",
  "quote",
  "report",
  "reiterate",
  "blast",
  "slam",
  "condemn",
  "criticize",
  "criticise",
  "denounce",
  "decry",
  "praise",
  "hail",
  "lament",
  "question",
  "demand",
  "confirm",
  "inform",
  "proclaim",
  "shout",
  "chant",
  "joke",
  "quip",
  "muse",
  "allege",
  "assure",
  "agree",
  "scoff",
  "snap",
  "fume",
  "rail",
  "deride",
  "mock",
  "plead",
  "pray",
  "propose",
  "reveal",
  "recount",
  "answer",
  "interject",
  "concur",
  "cry",
  "yell",
  "whisper",
  "thunder",
  "intone",
  ...JUDGING_VERBS,
  ...[...PHRASAL_SPEECH_VERBS].flatMap(([verb, particles]) =>
    [...particles].map((particle) => `${verb} ${particle}`),
  ),
]);

/**
 * Verbs that only attribute a quote when they sit right after it ("…,” Brandt
 * continued): elsewhere they are ordinary verbs ("will continue to provide").
 */
export const POST_QUOTE_VERBS: ReadonlySet<string> = new Set([
  "continue",
  "go",
  "begin",
  "read",
  "laugh",
  "smile",
  "sigh",
  "conclude",
  "finish",
  "offer",
]);

/** Verbs that only attribute (beyond speech-verbs.ts): announcing, underscoring. */
export const SOURCE_VERBS: ReadonlySet<string> = new Set([
  "announce",
  "underscore",
  "reiterate",
  "stress",
  "warn",
  "insist",
  "allege",
  "claim",
  "cite",
  "believe",
  "argue",
  "assert",
  "contend",
  "maintain",
  "say",
  "tell",
  "add",
  "note",
  "write",
  "tweet",
  "state",
]);

/**
 * Speech verbs whose first object is the one spoken to: "told CNN that …", "assured reporters
 * that …". The name after them is the listener, never a subject written after its verb.
 */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  "tell",
  "inform",
  "assure",
  "remind",
  "notify",
  "brief",
  "advise",
  "ask",
  "urge",
  "promise",
]);

/** Words before "to" that address someone: "wrote to X", "a letter to X", "said to X". */
export const ADDRESSING_WORDS: ReadonlySet<string> = new Set([
  "write",
  "letter",
  "say",
  "speak",
  "reply",
  "respond",
  "message",
  "appeal",
  "plead",
]);

/**
 * Reporting verbs whose subject may follow them outside the "“…,” said X" frame: opening the
 * sentence ("Said Beck, “…”", "Continued Beck: “…”") or closing it after a comma (", said Beck.").
 * Verbs that take a person as object ("told", "asked", "called") are not here.
 */
export const INVERTING_VERBS: ReadonlySet<string> = new Set([
  "say",
  "write",
  "add",
  "explain",
  "continue",
  "state",
  "recall",
  "remember",
  "note",
  "observe",
  "declare",
  "insist",
]);
