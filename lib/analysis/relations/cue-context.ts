import {
  clauseOf,
  dependentOf,
  dependentsOf,
  hasRelation,
  headOf,
  isNegated,
  markersOf,
  predicateOf,
} from "../syntax";
import { emphaticNegation } from "../text";
import { actAsTopic } from "./adjuncts";
import type { Parsed } from "./parse-parties";
import { lang } from "../lang";

/**
 * What the clause around a blame cue does to it, read from the parse: a negation ("was not
 * accusing him"), a condition ("if true", "whether"), a question, a plan or a wish ("talking about
 * censuring him"), a request to someone else ("urged her to condemn"), a refusal ("declined to
 * criticise"), a modal ("would blame"), or a charge someone else makes ("charges that he demonised
 * …", "denied that she attacked …"). Each is a factor on the relation's confidence; 0 cancels it.
 */

export interface Hedge {
  factor: number;
  /** In words, for the relation's basis: "negated", "in a condition" … */
  note: string;
}

/** Relations that carry a clause up to the clause it completes or modifies. */
const COMPLEMENTS = ["xcomp", "ccomp", "csubj", "advcl", "acl", "conj"];
/** How many clauses up a plan, request or charge may govern the cue. */
const REACH = 3;

const lemmaAt = (p: Parsed, i: number) => p.sentence.tokens[i]?.lemma ?? "";

/** Relations by which a noun a clause hangs from hangs in turn from its verb ("urged X to condemn"). */
const NOMINAL_ROLES = ["obj", "iobj", "nsubj", "obl"];

/**
 * True when a clause hangs from its head as a complement, modifier or conjunct, or a noun that a
 * clause modifies hangs from its verb (the parser often hangs "to condemn" of "urged X to condemn"
 * from X).
 */
function climbs(p: Parsed, node: number): boolean {
  const label = p.parse.labels[node] ?? "";
  if (COMPLEMENTS.some((r) => label.startsWith(r))) return true;
  // A degree word that a clause completes ("did not go so far as to accuse", "went as far as
  // blaming"): the clause is the extent of the verb the word modifies, and shares its negation.
  if (label.startsWith("advmod") && /^(?:ADV|ADJ)$/.test(p.sentence.tokens[node]?.pos ?? ""))
    return dependentsOf(p.parse, node, "advcl", "xcomp", "ccomp").length > 0;
  const nominal = /^(?:NOUN|PROPN|PRON)$/.test(p.sentence.tokens[node]?.pos ?? "");
  return nominal && NOMINAL_ROLES.some((r) => label.startsWith(r));
}

/** An if-clause on the cue's own clause: "if the report is true, X will blame Y". */
function conditionalClause(p: Parsed, predicate: number): boolean {
  return dependentsOf(p.parse, predicate, "advcl").some((clause) =>
    dependentsOf(p.parse, clause, "mark").some((m) =>
      lang.hedges.conditionMarkers.has(p.sentence.tokens[m]?.normal ?? ""),
    ),
  );
}

/** A condition on the cue's clause or on any clause above it: "if true", "whether he lied". */
function conditioned(p: Parsed, predicate: number): boolean {
  let at: number | null = predicate;
  for (let steps = 0; at !== null && steps <= REACH; steps += 1) {
    const marks = [
      ...markersOf(p.parse, at),
      ...dependentsOf(p.parse, at, "mark").map((m) => p.sentence.tokens[m]?.normal ?? ""),
    ];
    if (marks.some((m) => lang.hedges.conditionMarkers.has(m))) return true;
    // "in case": a two-word marker.
    const mark = dependentOf(p.parse, at, "mark");
    if (mark !== null && p.sentence.tokens[mark]?.normal === "case") return true;
    if (!climbs(p, at)) return false;
    at = headOf(p.parse, at);
  }
  return false;
}

/** True when the sentence asks rather than states: it ends with a question mark. */
function asked(p: Parsed, predicate: number): boolean {
  const tokens = p.sentence.tokens;
  for (let k = predicate + 1; k < tokens.length; k += 1) {
    const text = tokens[k]?.text;
    if (text === "?") return true;
    if (text === "." || text === "!") return false;
  }
  return false;
}

/** The modal on a predicate: "would" in "would blame", or null. */
function modalOf(p: Parsed, predicate: number): string | null {
  for (const aux of dependentsOf(p.parse, predicate, "aux")) {
    const word = p.sentence.tokens[aux]?.normal ?? "";
    // "could not be more wrong" asserts the degree: its modal hedges nothing.
    if (lang.hedges.modals.has(word) && !emphaticNegation(p.parse.tokens, aux + 1)) return word;
  }
  return null;
}

/**
 * The hedges on a cue at `node`: on its predicate (a verb, or the noun or adjective a copula
 * joins), and for a noun that is no predicate ("threats from Y"), on the clause it is in too ("did
 * not appear driven by any threat from Y").
 */
export function hedgesOf(p: Parsed, node: number, cue: readonly number[] = []): Hedge[] {
  const predicative =
    p.sentence.tokens[node]?.pos === "VERB" || dependentOf(p.parse, node, "cop") !== null;
  const own = hedgesAt(p, node, cue, !predicative);
  if (predicative) return own;
  const clause = clauseOf(p.parse, node);
  if (clause === node || clause === predicateOf(p.parse, node) || cue.includes(clause)) return own;
  const notes = new Set(own.map((h) => h.note));
  return [...own, ...hedgesAt(p, clause, cue, true).filter((h) => !notes.has(h.note))];
}

/**
 * The hedges at one predicate. A negation above it ("did not say that …", "did not try to blame")
 * cancels a cue that is itself a predicate; for a noun reached through its clause ("did not act to
 * stop these attacks by Y") only a negated raising verb carries over ("did not appear driven by a
 * threat from Y"): the attacks happened, the stopping did not. Heads that are the cue's own words
 * (the "blame" of "blame game", misread as a verb) are passed over.
 */
function hedgesAt(p: Parsed, node: number, cue: readonly number[], nominal: boolean): Hedge[] {
  const predicate = predicateOf(p.parse, node);
  const out: Hedge[] = [];
  if (isNegated(p.parse, predicate)) out.push({ factor: 0, note: "negated" });
  // "no criticism of", "without blaming": the negation sits on the noun or its preposition, and
  // covers what "or" joins to it ("without admitting or denying", "did not blame or criticise").
  const first = sharedNegationHead(p, predicate);
  if (first !== null && isNegated(p.parse, first)) out.push({ factor: 0, note: "negated" });
  for (const d of dependentsOf(p.parse, first ?? predicate, "det", "case", "mark")) {
    const w = p.sentence.tokens[d]?.normal ?? "";
    if (w === "no" || w === "without") out.push({ factor: 0, note: "negated" });
  }
  if (first !== null)
    for (const d of dependentsOf(p.parse, predicate, "det", "case", "mark")) {
      const w = p.sentence.tokens[d]?.normal ?? "";
      if (w === "no" || w === "without") out.push({ factor: 0, note: "negated" });
    }
  // Inside a condition ("if X is a disaster") the cue states nothing; a condition on it ("if …, X
  // will blame Y") makes it conditional.
  if (conditioned(p, predicate)) out.push({ factor: 0.2, note: "in a condition" });
  else if (conditionalClause(p, predicate)) out.push({ factor: 0.6, note: "under a condition" });
  if (asked(p, predicate)) out.push({ factor: 0.6, note: "in a question" });
  // Judged sample F (eval/audit/blame-polnear-dev.md): a quote's "it is easy to <cue> X" was read
  // as its speaker's criticism of X; an act named as a topic is nobody's act here.
  if (actAsTopic(p, predicate)) out.push({ factor: 0.5, note: "an act named, not done" });
  // "should blame" demands the blame (the speaker's own, said as a duty); "might", "would", "could"
  // blame tell of blame that may never be made, and are never sure enough to be shown by default
  // (0.9 × 0.75 < 0.7, lib/analysis/relations/confidence.ts).
  const modal = modalOf(p, predicate);
  if (modal) out.push({ factor: modal === "should" ? 0.8 : 0.75, note: `“${modal}”` });
  // "nearly accused Y": the accusation was not made.
  const near = dependentsOf(p.parse, predicate, "advmod").find((d) =>
    lang.hedges.qualifiers.nearMiss.has(p.sentence.tokens[d]?.normal ?? ""),
  );
  if (near !== undefined) out.push(nearMiss(p, near));
  let at = predicate;
  for (let steps = 0; steps < REACH && climbs(p, at); steps += 1) {
    const head = headOf(p.parse, at);
    if (head === null) break;
    if (cue.includes(head)) {
      at = head;
      continue;
    }
    const lemma = lemmaAt(p, head);
    const word = p.sentence.tokens[head]?.normal ?? "";
    // A refusal denied is the act done: "did not hesitate to blame Y", "was not shy about
    // criticising Y" blame Y; neither the refusal nor its negation withholds the cue.
    const refusal = lang.hedges.refusalVerbs.has(lemma);
    if (refusal && isNegated(p.parse, head)) {
      at = head;
      continue;
    }
    // A conjunct is no complement, nor a subject: "X's war on Y must stop" criticises X.
    const complement = !/^(?:conj|nsubj|csubj)/.test(p.parse.labels[at] ?? "");
    // Requests and disputes govern a clause ("urged X to condemn", "denied that he attacked"): a
    // critical noun that is their own object is a charge made ("we challenge your misuse of …").
    const clausal = !(
      at === predicate && /^(?:NOUN|PROPN)$/.test(p.sentence.tokens[at]?.pos ?? "")
    );
    // "came close to accusing Y", "fell short of blaming Y": a degree word the clause completes.
    if (complement && lang.hedges.qualifiers.nearMiss.has(word)) out.push(nearMiss(p, head));
    else if (complement && lang.hedges.intentionVerbs.has(lemma))
      out.push({ factor: 0.5, note: `only ${word}` });
    else if (complement && clausal && lang.hedges.requestVerbs.has(lemma))
      out.push({ factor: 0, note: `asked of someone (“${word}”)` });
    // A refusal withholds a noun of criticism, a speech act, as much as a clause ("refrained from
    // criticism of"); a harmful act it names happened all the same ("did not act to stop attacks").
    else if (
      complement &&
      (clausal || lang.blame.criticismNouns.has(lemmaAt(p, predicate))) &&
      refusal
    )
      out.push({ factor: 0, note: `withheld (“${word}”)` });
    else if (complement && clausal && lang.hedges.disputingVerbs.has(lemma))
      out.push({ factor: 0, note: `disputed (“${word}”)` });
    else if (
      complement &&
      (lang.blame.accusationNouns.has(lemma) ||
        lang.blame.accuseVerbs.has(lemma) ||
        lang.blame.blameVerbs.has(lemma))
    )
      // "charges that he demonised X", "accused him of attacking X": the charge, not the accused's act.
      out.push({ factor: 0, note: `inside a charge (“${word}”)` });
    else if (complement && lang.blame.claimNouns.has(lemma))
      // "the assertion that X had attacked Y": someone's claim, reported.
      out.push({ factor: 0.5, note: `reported as a claim (“${word}”)` });
    const carries = !nominal || lang.functionWords.raisingVerbs.has(lemma);
    if (isNegated(p.parse, head) && complement && carries)
      out.push({ factor: 0, note: "negated above" });
    at = head;
  }
  return out;
}

/**
 * A near miss ("nearly accused", "came close to blaming", "stopped just short of"): the act was
 * not done, but the sentence says the speaker leaned that way; kept, never confident.
 */
function nearMiss(p: Parsed, node: number): Hedge {
  return { factor: 0.5, note: `only nearly (“${p.sentence.tokens[node]?.text ?? ""}”)` };
}

/** The product of the hedges' factors, and their notes. */
export function applyHedges(base: number, hedges: readonly Hedge[]): number {
  return hedges.reduce((value, h) => value * h.factor, base);
}

/**
 * The first conjunct whose negation a later one shares: "or" and "nor" join alternatives under one
 * negation ("without admitting or denying the charges": neither is done), while "but" and "and"
 * may join a contrast ("did not blame Y but criticised Z"), and a conjunct with its own subject is
 * a clause of its own. Null when the predicate shares none.
 */
function sharedNegationHead(p: Parsed, predicate: number): number | null {
  if (!hasRelation(p.parse, predicate, "conj")) return null;
  const head = headOf(p.parse, predicate);
  if (head === null || head > predicate) return null;
  const cc = dependentOf(p.parse, predicate, "cc");
  const word = cc === null ? "" : (p.sentence.tokens[cc]?.normal ?? "");
  if (word !== "or" && word !== "nor") return null;
  if (dependentOf(p.parse, predicate, "nsubj", "nsubj:pass") !== null) return null;
  return head;
}
