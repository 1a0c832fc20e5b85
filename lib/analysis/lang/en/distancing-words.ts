/** TODO source note */

/** Verbs that put distance between the outlet and what is said. */
export const DISTANCING_VERBS: ReadonlySet<string> = new Set(["claim", "allege", "purport"]);
