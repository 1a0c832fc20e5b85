/**
 * Generic knowledge of who is who, in ONE place: common actors (governments,
 * their capitals, institutions and leaders; agencies; armed groups; parties;
 * crowds; media) with the names news text uses for them, nationality
 * adjectives, and the words for roles and titles. Story frontmatter actors are
 * merged over this list; names neither knows are discovered in the text.
 *
 * Aliases are matched token by token on lower-cased words or their lemmas
 * ("rebel" also matches "rebels"); an alias written in capitals only
 * ("US", "UN") must match with the same case, so the pronoun "us" is no
 * actor. A leading "the" is taken in by the matcher, so aliases omit it.
 */

import { lang, type GazetteerActor } from "../lang";

export type { GazetteerActor } from "../lang";

/** Known actors (states, then other bodies, in one order). Longer aliases win over shorter ones at the same position. */
export const GAZETTEER: readonly GazetteerActor[] = [
  ...lang.gazetteer.states,
  ...lang.gazetteer.bodies,
];
