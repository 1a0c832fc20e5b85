/** Source: written here, from English news copy. */

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

/** Verbs by which someone puts out a document ("Lind released an official statement"). */
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

/** Names articles use in turn for one kind of document: "a television commercial" … "the advertisement". */
export const DOCUMENT_KINDS: readonly (readonly string[])[] = [
  ["ad", "advertisement", "commercial", "spot"],
  ["statement", "release", "announcement"],
  ["memo", "memorandum"],
  ["report", "study"],
];
