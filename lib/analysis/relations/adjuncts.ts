import { dependentsOf, dominates, headOf, isPassive, relationOf } from "../syntax";
import type { Frame } from "./sources";
import type { Parsed } from "./parse-parties";

/**
 * Clauses that hang from a sentence as adjuncts — "for criticising X", "by posting …" — read from
 * the parse. Their verb says what someone did, not who speaks the rest of the sentence, and the
 * parser often hangs them from the nearest noun, whose actor is then not their doer.
 */

/** True for a gerund a marker introduces: "for criticising", "by posting", "after slamming". */
export function markedGerund(p: Parsed, verb: number): boolean {
  const token = p.sentence.tokens[verb];
  if (!token || !/ing$/.test(token.normal)) return false;
  return dependentsOf(p.parse, verb, "mark").length > 0;
}

/**
 * The frames that may attribute the cue at `cue`. Not a speech verb heading a marked gerund inside
 * the cue's own phrase ("ridiculed X, Y and Z for criticising W's plan": the ones who criticised
 * are the ridiculed, not the source of "ridiculed"); nor a speech verb whose object a cue in the
 * infinitive modifies ("X praised the efforts of Y to attack Z"): that infinitive is the act of
 * whoever the noun belongs to. (Only the infinitive: the parser often takes the subject of a
 * reported clause for the object of "said", and then a participle on it is still reported.) A
 * frame in the passive ("it was revealed that …", "X was told …") has no source in its subject.
 */
export function framesFor(p: Parsed, frames: readonly Frame[], cue: number): readonly Frame[] {
  const nounInfinitive =
    relationOf(p.parse, cue).startsWith("acl") &&
    dependentsOf(p.parse, cue, "mark").some((m) => p.sentence.tokens[m]?.normal === "to");
  return frames
    .filter((f) => {
      if (markedGerund(p, f.at) && dominates(p.parse, cue, f.at)) return false;
      return !(
        nounInfinitive &&
        dependentsOf(p.parse, f.at, "obj").some((object) => dominates(p.parse, object, cue))
      );
    })
    .map((f) => (f.source && isPassive(p.parse, f.at) ? { ...f, source: null } : f));
}

/**
 * The parser hangs a gerund of means ("… took orders from Y by posting criticism of Z") from the
 * noun before it, as a modifier (acl) or an adverbial (advcl), which makes that noun ("Y") its
 * subject or leaves it none. A clause that modifies a noun has no marker of its own; with one it is
 * an adjunct of the clause around the noun.
 */
export function misattachedAdjunct(p: Parsed, verb: number): boolean {
  const relation = relationOf(p.parse, verb);
  const head = headOf(p.parse, verb);
  const nominal = head !== null && /^(?:NOUN|PROPN|PRON)$/.test(p.sentence.tokens[head]?.pos ?? "");
  return (relation.startsWith("acl") || (relation === "advcl" && nominal)) && markedGerund(p, verb);
}

/**
 * An act named as a topic, not done: the cue's clause is the subject of an adjective or noun
 * ("it is easy to attack X", "attacking X is pointless", "it's time to condemn Y"), so nobody in
 * the sentence — neither its subject nor the quote's speaker — performs it.
 */
export function actAsTopic(p: Parsed, predicate: number): boolean {
  const head = headOf(p.parse, predicate);
  // Only a predicate with a copula or a placeholder "it" has a clause as its subject; the parser also gives "csubj" to
  // a purpose infinitive it misreads ("parties interested in … to reinforce our message").
  // The parser may read the "'s" of "it's" as a possessive, so a placeholder subject counts too.
  if (head === null || dependentsOf(p.parse, head, "cop", "expl").length === 0) return false;
  if (relationOf(p.parse, predicate).startsWith("csubj")) return true;
  // "it is time to condemn Y", "it would be a mistake to criticise Y": an infinitive after a
  // copula whose subject is the placeholder "it" (the parser gives it as expl or nsubj).
  const to = dependentsOf(p.parse, predicate, "mark").some(
    (m) => p.sentence.tokens[m]?.normal === "to",
  );
  return (
    to &&
    dependentsOf(p.parse, head, "expl", "nsubj").some((s) => p.sentence.tokens[s]?.normal === "it")
  );
}
