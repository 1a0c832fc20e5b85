import { emphaticNegation } from "../text";
import type { Parse } from "./fold";
import { agentOf, ccompOf, obliquesOf, predicateOf, type RoleOptions } from "./roles";
import { dependentOf, dependentsOf, hasRelation, headOf, relationOf } from "./tree";

/**
 * Clauses: which clause a word is in, whether a predicate is negated, what it
 * is conditioned on, and for a speech verb who speaks and what is said.
 */

/** Relations that open a clause of their own. */
const CLAUSAL = ["ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"];

/** True when token i heads a clause: the root, a clausal dependent, or a word with a subject. */
export function headsClause(parse: Parse, i: number): boolean {
  if (i === parse.root) return true;
  if (hasRelation(parse, i, ...CLAUSAL)) return true;
  return dependentOf(parse, i, "nsubj", "csubj", "expl") !== null;
}

/**
 * The predicate heading the smallest clause that contains token i: "blamed"
 * for every word of "the minister blamed the opposition", "spoke" for "who"
 * in "X, who spoke, told …". The root when nothing nearer heads a clause.
 */
export function clauseOf(parse: Parse, i: number): number {
  let at = predicateOf(parse, i);
  for (let steps = 0; steps <= parse.heads.length; steps += 1) {
    if (headsClause(parse, at)) return at;
    const head = headOf(parse, at);
    if (head === null) return at;
    at = head;
  }
  return at;
}

/** Words that negate the predicate they attach to. */
const NEGATORS = new Set(["not", "n't", "nt", "never", "cannot", "no", "neither", "nor"]);

function straight(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'");
}

/**
 * The word that negates a predicate ("not" in "was not accusing", "never",
 * "n't", "cannot"), or null. Only negation attached to the predicate itself or
 * to its auxiliaries counts: "no" before a noun ("no one blamed him") is the
 * noun's, and a negated main verb does not negate the clause below it.
 */
export function negationOf(parse: Parse, i: number): number | null {
  const predicate = predicateOf(parse, i);
  const candidates = [predicate, ...dependentsOf(parse, predicate, "aux", "cop")];
  for (const node of candidates) {
    for (const child of [node, ...dependentsOf(parse, node, "advmod", "neg", "aux")]) {
      if (child === predicate) continue;
      const text = straight(parse.tokens[child]?.text ?? "");
      if (
        NEGATORS.has(text) &&
        (text !== "no" || relationOf(parse, child) === "advmod") &&
        !emphaticNegation(parse.tokens, child)
      ) {
        return child;
      }
    }
  }
  return null;
}

/** True when the predicate is negated (see `negationOf`). */
export function isNegated(parse: Parse, i: number): boolean {
  return negationOf(parse, i) !== null;
}

/**
 * The subordinating words of the clause a predicate heads ("if" in "if true",
 * "whether", "because"), lower-cased, for telling conditions and questions
 * from facts.
 */
export function markersOf(parse: Parse, i: number): string[] {
  const clause = clauseOf(parse, i);
  return dependentsOf(parse, clause, "mark").map((m) => straight(parse.tokens[m]?.text ?? ""));
}

/**
 * Who is speaking, for a speech verb ("said", "told", "wrote"): its subject,
 * or for a passive its "by" agent; "X, who spoke …, told" → X. Null when the
 * sentence does not say ("it was said").
 */
export function speakerOf(parse: Parse, verb: number, options: RoleOptions = {}): number | null {
  return agentOf(parse, verb, options);
}

/** The source of "according to X" attached to the clause of token i, or null. */
export function accordingTo(parse: Parse, i: number): number | null {
  for (const oblique of obliquesOf(parse, clauseOf(parse, i))) {
    const first = dependentsOf(parse, oblique, "case")[0];
    if (first !== undefined && straight(parse.tokens[first]?.text ?? "") === "according") {
      return oblique;
    }
  }
  return null;
}

/**
 * What a speech verb reports: its clausal complement ("said [that] …"), or,
 * when the verb is set inside or after the quote as a parenthetical ("…, he
 * said, …"), the clause it comments on. Null when neither is there.
 */
export function contentOf(parse: Parse, verb: number): number | null {
  const predicate = predicateOf(parse, verb);
  const complement = ccompOf(parse, predicate);
  if (complement !== null) return complement;
  if (relationOf(parse, predicate) === "parataxis") return headOf(parse, predicate);
  return dependentOf(parse, predicate, "parataxis");
}
