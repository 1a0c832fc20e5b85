import type { Token } from "./nlp";

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
]);

/**
 * Verbs that only attribute a quote when they sit right after it ("…,” Akin
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

/** Inflected forms that are speech verbs whatever POS wink guesses for them. */
const ALWAYS_VERB_FORMS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "wrote",
]);

/**
 * Nouns for documents and utterances whose "author" is the real speaker: "the
 * statement said", "a statement from X said", "X's letter says".
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "letter",
  "ad",
  "advertisement",
  "resolution",
  "release",
  "report",
  "memo",
  "email",
  "tweet",
  "post",
  "video",
  "message",
  "advisory",
  "note",
  "editorial",
  "document",
  "filing",
  "complaint",
  "lawsuit",
  "motion",
  "speech",
  "remark",
  "comment",
  "announcement",
  "transcript",
  "blog",
  "column",
  "op-ed",
  "interview",
  "brief",
  "ruling",
  "order",
  "notice",
]);

/** Verbs by which someone puts out a document ("Sanders released an official statement"). */
export const PUBLISH_VERBS: ReadonlySet<string> = new Set([
  "release",
  "issue",
  "send",
  "write",
  "sign",
  "publish",
  "post",
  "put",
  "deliver",
  "give",
  "make",
  "air",
  "run",
  "circulate",
  "draft",
  "file",
  "pen",
  "tweet",
  "launch",
  "adopt",
  "pass",
  "approve",
  "unveil",
  "introduce",
  "sponsor",
  "author",
  "produce",
  "broadcast",
]);

/**
 * True when a token is a speech or attribution verb. `afterQuote` admits the
 * verbs that only attribute right after a quote.
 */
export function isSpeechVerb(token: Token, afterQuote = false): boolean {
  if (ALWAYS_VERB_FORMS.has(token.normal)) return true;
  if (token.pos !== "VERB") return false;
  if (SPEECH_VERBS.has(token.lemma)) return true;
  return afterQuote && POST_QUOTE_VERBS.has(token.lemma);
}

/** True for "-ing" forms, whose subject sits in the clause they hang from ("…, saying “…”"). */
export function isParticiple(token: Token): boolean {
  return token.pos === "VERB" && /ing$/.test(token.normal);
}
