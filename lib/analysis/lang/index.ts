/**
 * The language the engine reads: its word lists, as one object. Stage code imports `lang` from
 * here and never a language folder directly, so the lists can be swapped as one piece. Today the
 * engine reads English only, as a module singleton (README.md says what a per-story language
 * would take).
 */
import { en } from "./en";

/** The shape of a language's data: English's, structurally; a second language provides the same. */
export type Language = typeof en;

/** The language the engine reads. */
export const lang: Language = en;

export { anyOf } from "./pattern";
export type { GazetteerActor } from "./gazetteer-entry";
export type { EventFamily, LexiconCategory } from "./en";
