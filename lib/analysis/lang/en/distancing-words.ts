/** Source: written here, from the distancing devices of English news attribution. */

/** Verbs that put distance between the outlet and what is said. */
export const DISTANCING_VERBS: ReadonlySet<string> = new Set(["claim", "allege", "purport"]);

/** "without providing evidence", "without citing any evidence": what a source did not do. */
export const EVIDENCE_GERUNDS: readonly string[] = [
  "providing",
  "offering",
  "presenting",
  "giving",
  "citing",
];

/** "has not provided evidence", "did not produce any public evidence". */
export const EVIDENCE_PARTICIPLES: readonly string[] = [
  "provided",
  "offered",
  "presented",
  "given",
  "produced",
  "shown",
  "released",
];

/** Auxiliaries before "not" in "has not provided evidence". */
export const EVIDENCE_AUXILIARIES: readonly string[] = ["has", "have", "had", "did", "does", "do"];

/** "no concrete evidence", "no public evidence". */
export const EVIDENCE_QUALIFIERS: readonly string[] = [
  "concrete",
  "hard",
  "credible",
  "public",
  "direct",
];

/** "what it called", "what the ministry termed", "what he described as". */
export const NAMING_PARTICIPLES: readonly string[] = [
  "called",
  "termed",
  "described as",
  "dubbed",
  "labelled",
  "labeled",
];

/** Distancing words, one group per pattern, most telling first: "purportedly", "allegedly", "claimed". */
export const DISTANCING_FORMS: readonly (readonly string[])[] = [
  ["purportedly", "purported"],
  ["allegedly", "alleged"],
  ["claimed", "claiming"],
];

/** Adjectives that doubt a claim: "unverified reports". */
export const DOUBTING_ADJECTIVES: readonly string[] = ["unsubstantiated", "unverified", "unproven"];

/** Stems that any distancing phrase contains: a cheap first test before the patterns. */
export const DISTANCING_STEMS: readonly string[] = [
  "evidence",
  "called",
  "termed",
  "described",
  "dubbed",
  "label",
  "purport",
  "alleg",
  "claim",
  "unsubstantiated",
  "unverified",
  "unproven",
];

/** Words that point back at the previous sentence's claims: "those allegations", "such claims". */
export const BACK_REFERENCE_DETERMINERS: readonly string[] = [
  "those",
  "these",
  "the",
  "such",
  "its",
  "his",
  "their",
];

/** Claim nouns a back reference names, singular ("charge" also matches "charges"). */
export const BACK_REFERENCE_NOUNS: readonly string[] = [
  "charge",
  "claim",
  "allegation",
  "accusation",
  "assertion",
];

/** Pronouns for a source: "what it called", "it has not provided …". */
export const SOURCE_PRONOUNS: readonly string[] = ["it", "he", "she", "they"];
