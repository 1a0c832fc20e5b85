import { dependentOf, dependentsOf, hasRelation, headOf } from "../syntax";
import { isParticiple, isSpeechVerb, type QuoteContext } from "../text";
import { isPredicate, tok } from "./governor-parts";
import type { ParseUnit } from "./parse-units";
import { lang } from "../lang";

/** How many clauses set beside one another a stranded subject is looked for across. */
const MAX_BESIDE = 3;

/**
 * "Ana Ruiz — a teacher from Dover — says …", "Two analysts, Ana Ruiz and Tom Berg, found that
 * …": a long subject set off by dashes or an apposition often leaves the parser with the subject
 * on top and the verb of saying or thinking hung beside it (parataxis) with no subject of its
 * own (or as the noun's conjunct). The word on top, before the verb and heading no clause, is the
 * verb's subject; so is the
 * subject of a passive participle the parse put on top in its place ("Ruiz — named by the
 * paper as a favourite — told …").
 */
export function strandedSubject(
  ctx: QuoteContext,
  unit: ParseUnit,
  verb: number,
  speaking: (i: number | null) => i is number,
): number | null {
  const { parse, first } = unit;
  const token = tok(ctx, first + verb);
  if (!token || isParticiple(token) || dependentOf(parse, verb, "nsubj", "csubj") !== null)
    return null;
  if (!isSpeechVerb(token) && !lang.speakers.clauseVerbs.has(token.lemma)) return null;
  let at = verb;
  for (let steps = 0; steps < MAX_BESIDE; steps += 1) {
    const up = headOf(parse, at);
    if (up === null || up > at) return null;
    const above = tok(ctx, first + up);
    if (!above) return null;
    const noun = above.pos === "NOUN" || above.pos === "PROPN";
    // A verb joined to a noun as its conjunct is the same misreading.
    if (!hasRelation(parse, at, "parataxis") && !(noun && hasRelation(parse, at, "conj")))
      return null;
    if (noun) {
      // On top, or hung only by punctuation or a list: not a subject or object of its own verb.
      const free =
        headOf(parse, up) === null || hasRelation(parse, up, "punct", "list", "dep", "appos");
      return free && !isPredicate(parse, up) && speaking(up) ? up : null;
    }
    const passive = dependentsOf(parse, up, "nsubj:pass").find((i) => i < up);
    if (above.pos === "VERB" && passive !== undefined && headOf(parse, up) === null)
      return speaking(passive) ? passive : null;
    // Past a clause with a subject of its own ("Reed, who wrote …, said"), the window rules
    // read the sentence better than this misparse.
    if (dependentOf(parse, up, "nsubj", "nsubj:pass") !== null) return null;
    at = up;
  }
  return null;
}
