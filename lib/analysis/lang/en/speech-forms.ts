/** Source: written here; inflected forms of the speech verbs in speech-verbs.ts. */

/** Inflected forms that are speech verbs whatever POS wink guesses for them. */
export const ALWAYS_VERB_FORMS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "wrote",
  // wink's lexicon knows "elaborate" as an adjective and tags its past as one.
  "elaborated",
]);

/** Forms that introduce who said something: "said", "told", "according (to)". */
export const ATTRIBUTION_FORMS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "say",
  "saying",
  "told",
  "tells",
  "added",
  "adds",
  "adding",
  "noted",
  "quoted",
  "according",
]);

/** Forms that attribute what a source says in running text: the always-verb forms and "claimed", "alleged". */
export const SOURCE_FORMS: ReadonlySet<string> = new Set([
  ...ALWAYS_VERB_FORMS,
  "claimed",
  "alleged",
]);

/** Forms of plain citation (not "demanding", "shouted"): the attribution forms and more. */
export const CITING_FORMS: readonly string[] = [
  ...ATTRIBUTION_FORMS,
  "tell",
  "stated",
  "states",
  "announced",
  "claimed",
  "insisted",
  "warned",
  "explained",
  "wrote",
  "tweeted",
  "reiterated",
  "argued",
  "confirmed",
  "acknowledged",
  "alleged",
  "cited",
  "citing",
  "underscored",
  "stressed",
];

/** Forms that mark a trailing attribution clause in a fact's label: ", the official said", ", according to officials". */
export const LABEL_ATTRIBUTION_FORMS: readonly string[] = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "noted",
  "notes",
  "stated",
  "explained",
  "quoted",
  "according to",
];

/**
 * Verbs (by lemma) whose clausal complement is the news itself, so a fact's
 * label can be that clause: "officials said (that) X" → "X". Not "deny",
 * "doubt" or "claim", which would turn the label's meaning round or drop a hedge.
 */
export const LABEL_REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "add",
  "note",
  "state",
  "explain",
  "announce",
  "confirm",
  "report",
  "write",
  "tweet",
]);

/** The commonest forms that report speech: a line of site furniture never holds them. */
export const REPORTING_FORMS: readonly string[] = ["said", "says", "told"];
