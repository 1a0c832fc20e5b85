/** Source: written here, from English reporting usage (no published lexicon). */

/** Words for what someone is accused of. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  "claim",
  "accusation",
  "allegation",
  "charge",
  "assertion",
  "account",
  "justification",
  "reason",
  "narrative",
  "propaganda",
  "story",
  "report",
  "suggestion",
  "version",
]);

/** Of these, the ones that always mean an accusation ("accusations against Ruritania"). */
export const ACCUSATION_NOUNS: ReadonlySet<string> = new Set([
  "accusation",
  "allegation",
  "charge",
  "claim",
]);

/** Verbs that reject a claim: "rejected Berg's claim", "dismissed the allegations". */
export const REJECT_VERBS: ReadonlySet<string> = new Set([
  "reject",
  "dismiss",
  "deny",
  "refute",
  "rebut",
  "rebuff",
  "repudiate",
  "dispute",
  "contradict",
  "debunk",
  "discount",
  "disavow",
]);

/** Words that brand a claim as false: "baseless accusations", "called the allegations baseless". */
export const FALSE_WORDS: ReadonlySet<string> = new Set([
  "baseless",
  "unfounded",
  "groundless",
  "false",
  "fabricated",
  "bogus",
  "absurd",
  "ridiculous",
  "laughable",
  "lie",
  "lies",
  "propaganda",
  "nonsense",
  "untrue",
  "unsubstantiated",
  "fake",
  "astonishing",
  "irresponsible",
  "preposterous",
  "outrageous",
  "slander",
  "smear",
  "libel",
  "fiction",
  "malarkey",
  "politically-motivated",
]);

/** Naming verbs whose complement characterises their object: "called the allegations baseless". */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "call",
  "describe",
  "label",
  "term",
  "brand",
  "dub",
  "characterize",
  "characterise",
  "dismiss",
]);

/** Verbs of claiming whose complement clause accuses its subject: "claimed Ruritania was trying …". */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(["claim", "allege", "charge", "contend"]);

/** "denied a role", "denying that the US had a role": what a denial is about. */
export const DENIAL_OBJECTS: ReadonlySet<string> = new Set([
  "role",
  "responsibility",
  "involvement",
  "part",
  "complicity",
  "link",
  "links",
  "wrongdoing",
  "hand",
]);

/** Word sequences that deny responsibility: "had nothing to do with", "played no role in". */
export const NO_ROLE_PHRASES: readonly (readonly string[])[] = [
  ["nothing", "to", "do", "with"],
  ["no", "role", "in"],
  ["no", "part", "in"],
  ["no", "involvement", "in"],
  ["no", "hand", "in"],
  ["not", "responsible", "for"],
  ["not", "behind"],
  ["not", "involved", "in"],
  ["never", "involved", "in"],
];
