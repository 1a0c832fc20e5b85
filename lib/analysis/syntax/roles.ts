import type { Parse } from "./fold";
import { dependentOf, dependentsOf, hasRelation, headOf, relationOf } from "./tree";

/**
 * Who did what to whom, read off a parse in Universal Dependencies terms.
 * Every function takes a predicate token: a verb ("blamed"), or the word a
 * copula joins to its subject ("disaster" in "the plan is a disaster"). An
 * auxiliary or copula given instead ("was" in "was blamed") stands for the
 * predicate it belongs to.
 */

/** Relations of function words that stand for their head's predicate. */
const FUNCTION_OF_PREDICATE = ["aux", "cop"];

/** The content predicate token i belongs to: its head when i is an auxiliary or copula, else i. */
export function predicateOf(parse: Parse, i: number): number {
  if (hasRelation(parse, i, ...FUNCTION_OF_PREDICATE)) return headOf(parse, i) ?? i;
  return i;
}

const SUBJECTS = ["nsubj", "csubj"];
const RELATIVE_PRONOUNS = new Set(["who", "whom", "which", "that", "whose"]);

/** The noun a relative clause's pronoun stands for ("the minister, who spoke" → minister). */
function resolveRelative(parse: Parse, predicate: number, subject: number): number {
  const text = (parse.tokens[subject]?.text ?? "").toLowerCase();
  if (!RELATIVE_PRONOUNS.has(text) || !hasRelation(parse, predicate, "acl")) return subject;
  return headOf(parse, predicate) ?? subject;
}

export interface RoleOptions {
  /**
   * Look past the predicate for a subject it shares (default true): a
   * conjunct's ("X arrived and blamed Y"), a controlled infinitive's ("X
   * wants to blame Y"; "X urged Y to resign" → Y), a participle's ("X left,
   * saying …"; "officials speaking on condition of anonymity" → officials);
   * a relative pronoun is replaced by its noun ("X, who spoke" → X).
   */
  inherit?: boolean;
  /**
   * Also look past a clause the parse set beside another (parataxis: "X waved, then leaned in and
   * boomed") when this accepts the clause it hangs from (default: never, since a clause set beside
   * another is often someone else's words).
   */
  sideClause?: (head: number) => boolean;
}

/** Markers of adverbial clauses that leave their subject to the main clause ("after blaming"). */
const SHARING_MARKS = new Set([
  "after",
  "before",
  "while",
  "when",
  "by",
  "since",
  "if",
  "without",
  "in",
  "as",
  "though",
  "although",
  "once",
  "until",
  "upon",
]);

/** True when an adverbial clause without a subject of its own takes its head's. */
function sharesSubject(parse: Parse, clause: number): boolean {
  const mark = dependentOf(parse, clause, "mark");
  if (mark === null) return true;
  return SHARING_MARKS.has((parse.tokens[mark]?.text ?? "").toLowerCase());
}

/**
 * The grammatical subject of a predicate (nsubj, nsubj:pass, csubj), or null.
 * For a passive this is the one acted on; `agentOf` gives the doer.
 */
export function subjectOf(parse: Parse, i: number, options: RoleOptions = {}): number | null {
  const inherit = options.inherit ?? true;
  let predicate = predicateOf(parse, i);
  for (let steps = 0; steps <= parse.heads.length; steps += 1) {
    const own = dependentOf(parse, predicate, ...SUBJECTS);
    if (own !== null) return inherit ? resolveRelative(parse, predicate, own) : own;
    const head = headOf(parse, predicate);
    if (!inherit || head === null) return null;
    const relation = relationOf(parse, predicate);
    if (relation === "acl") return head;
    if (relation === "xcomp") {
      // Object control first: "urged the minister to resign" → the minister resigns.
      const object = dependentOf(parse, head, "obj", "iobj");
      if (object !== null) return object;
    } else if (relation === "advcl") {
      if (!sharesSubject(parse, predicate)) return null;
    } else if (relation === "parataxis") {
      if (!options.sideClause?.(head)) return null;
    } else if (relation !== "conj") return null;
    predicate = head;
  }
  return null;
}

/** The direct object (obj), or null. */
export function objectOf(parse: Parse, i: number): number | null {
  return dependentOf(parse, predicateOf(parse, i), "obj");
}

/** The indirect object (iobj): the one told, given, shown ("told Reuters"), or null. */
export function indirectObjectOf(parse: Parse, i: number): number | null {
  return dependentOf(parse, predicateOf(parse, i), "iobj");
}

/** The case marker (preposition) of a nominal: "for" in "for the crisis", or "". */
export function caseOf(parse: Parse, i: number): string {
  const marks = dependentsOf(parse, i, "case");
  return marks.map((m) => (parse.tokens[m]?.text ?? "").toLowerCase()).join(" ");
}

/**
 * Oblique nominals (obl, obl:agent …) of a predicate; given prepositions,
 * only those they introduce ("accused the police of brutality" → of: brutality).
 */
export function obliquesOf(parse: Parse, i: number, ...prepositions: string[]): number[] {
  const obliques = dependentsOf(parse, predicateOf(parse, i), "obl");
  if (prepositions.length === 0) return obliques;
  const wanted = new Set(prepositions.map((p) => p.toLowerCase()));
  return obliques.filter((o) => wanted.has(caseOf(parse, o)));
}

/** The open clausal complement (xcomp): "to resign" in "urged him to resign", or null. */
export function xcompOf(parse: Parse, i: number): number | null {
  return dependentOf(parse, predicateOf(parse, i), "xcomp");
}

/** The clausal complement (ccomp): what was said, thought or claimed, or null. */
export function ccompOf(parse: Parse, i: number): number | null {
  return dependentOf(parse, predicateOf(parse, i), "ccomp");
}

/** True when the predicate is passive (a passive subject or auxiliary, or a "by" agent). */
export function isPassive(parse: Parse, i: number): boolean {
  const predicate = predicateOf(parse, i);
  return (
    dependentOf(parse, predicate, "nsubj:pass", "aux:pass", "obl:agent", "csubj:pass") !== null
  );
}

/** The "by" phrase of a passive ("was blamed by the opposition" → opposition), or null. */
export function passiveAgentOf(parse: Parse, i: number): number | null {
  const predicate = predicateOf(parse, i);
  const agent = dependentOf(parse, predicate, "obl:agent");
  if (agent !== null) return agent;
  if (!isPassive(parse, predicate)) return null;
  return obliquesOf(parse, predicate, "by")[0] ?? null;
}

/** Who does it: the "by" agent of a passive, else the subject; null when unsaid ("was blamed"). */
export function agentOf(parse: Parse, i: number, options: RoleOptions = {}): number | null {
  if (isPassive(parse, i)) return passiveAgentOf(parse, i);
  return subjectOf(parse, i, options);
}

/** Who it is done to: the subject of a passive, else the object. */
export function patientOf(parse: Parse, i: number, options: RoleOptions = {}): number | null {
  if (isPassive(parse, i)) return subjectOf(parse, i, options);
  return objectOf(parse, i);
}
