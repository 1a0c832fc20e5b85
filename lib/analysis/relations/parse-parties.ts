import { type Mention, type SentenceActors } from "../actors";
import {
  agentOf,
  caseOf,
  dependentOf,
  dependentsOf,
  hasRelation,
  headOf,
  objectOf,
  obliquesOf,
  patientOf,
  phraseOf,
  relationOf,
  spanOf,
  type Parse,
} from "../syntax";
import { sentenceParse } from "../sentence-parses";
import type { QuoteOf } from "./clause-parts";
import { lang } from "../lang";

/**
 * Who a cue's grammar points at, as the sentence's mentions: the subject or "by" agent of a blame
 * verb, its object, the nominal a preposition introduces, the owner of a possessed noun. One parse
 * per sentence (lib/analysis/syntax), made only when a cue reader reads it. The parser often
 * hangs a "for"/"of"/"on" phrase from the object instead of the verb ("accused the police of
 * brutality"), so a verb's obliques include those of its object.
 */

/** One sentence, its parse and where its quotes are: what every cue reader reads. */
export interface Parsed {
  sentence: SentenceActors;
  /** Made when first read: a reader whose word-level pre-test fails (pre-tests.ts) never asks. */
  readonly parse: Parse;
  /** The article's text, for phrases as written. */
  text: string;
  quoteOf: QuoteOf;
}

export function parsedSentence(sentence: SentenceActors, text: string, quoteOf: QuoteOf): Parsed {
  let parse: Parse | null = null;
  return {
    sentence,
    get parse() {
      parse ??= sentenceParse(sentence.tokens);
      return parse;
    },
    text,
    quoteOf,
  };
}

/**
 * How a party was reached: the node itself names it ("role"), it owns the node ("Ruritania's
 * leaders", "possessor"), or it modifies it ("the Varga campaign", "member": weaker).
 */
export type Link = "role" | "possessor" | "member";

/**
 * Which reading found a party's role (roles.ts): the parse and the word window agree ("both"), only
 * the parse ("parse"), both but differently, the parse's answer kept ("disputed"), or only the
 * window ("window"). Unset: read from the parse alone, by design (evaluative words).
 */
export type Reading = "both" | "parse" | "disputed" | "window";

export interface Party {
  mention: Mention;
  link: Link;
  reading?: Reading;
}

/** The mention token i belongs to, or null. */
export function mentionOn(sentence: SentenceActors, i: number): Mention | null {
  const k = sentence.at[i] ?? -1;
  return k >= 0 ? (sentence.mentions[k] ?? null) : null;
}

/** The text of tokens [start, end) as written. */
export function textOf(p: Parsed, start: number, end: number): string {
  const first = p.sentence.tokens[start];
  const last = p.sentence.tokens[end - 1];
  return first && last && end > start ? p.text.slice(first.start, last.end) : "";
}

/** A phrase that names no known actor ("critics", "the aide"), as a stand-in mention with no actor. */
export function phraseMention(p: Parsed, node: number): Mention {
  const span = phraseOf(p.parse, node);
  const first = p.sentence.tokens[span.start];
  const last = p.sentence.tokens[span.end - 1];
  return {
    sentence: p.sentence.index,
    first: span.start,
    last: span.end - 1,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    text: textOf(p, span.start, span.end),
    actor: null,
    form: "nominal",
    head: (p.sentence.tokens[node]?.normal ?? "") || null,
    plural: false,
    quote: p.quoteOf(node),
    via: null,
  };
}

/**
 * "criticized the bill and pressured Y to vote": a participle right after the coordinator that the
 * tagger read as an adjective of Y, with a clause on Y, is the second verb of the sentence and Y
 * its object, not a second party of the first verb.
 */
function verbReadAsModifier(parse: Parse, conjunct: number): boolean {
  const cc = dependentOf(parse, conjunct, "cc");
  if (cc === null) return false;
  const next = parse.tokens[cc + 1];
  if (!next || !/ed$/i.test(next.text) || !hasRelation(parse, cc + 1, "amod")) return false;
  return dependentsOf(parse, conjunct, "acl", "xcomp", "advcl", "ccomp").length > 0;
}

/** The node and its conjuncts ("Bush and Cruz", "the US, Daesh terrorists and remnants of …"). */
function withConjuncts(parse: Parse, node: number): number[] {
  const out = [node];
  for (let k = 0; k < out.length && out.length < 12; k += 1) {
    const conjuncts = dependentsOf(parse, out[k] ?? -1, "conj");
    // A list ends with its coordinator ("X, Y and Z"): a conjunct with none in its list is the
    // parser joining a phrase to the next clause's subject ("amid criticism of X, Y defended …").
    if (!conjuncts.some((c) => dependentOf(parse, c, "cc") !== null)) continue;
    for (const c of conjuncts) {
      // A conjoined clause ("X slammed Y and left") is no second party.
      if (!hasRelation(parse, c, "conj") || dependentOf(parse, c, "nsubj", "cop") !== null)
        continue;
      if (verbReadAsModifier(parse, c)) continue;
      const pos = parse.tokens[c]?.pos;
      if (pos === "NOUN" || pos === "PROPN" || pos === "PRON") out.push(c);
    }
  }
  return out;
}

/** The owner of a noun: "Ruritania's" in "Ruritania's leaders", "their" in "their behaviour". */
export function possessorOf(p: Parsed, node: number): Mention | null {
  const poss = dependentOf(p.parse, node, "nmod:poss");
  return poss === null ? null : mentionOn(p.sentence, poss);
}

/**
 * The parties a nominal node names: the mention covering it, else its owner ("Ruritania's leaders"
 * → Ruritania), else a name that modifies it ("the Varga campaign" → Varga); then the same for each
 * conjunct. Nodes that name nobody give nothing.
 */
export function partiesAt(p: Parsed, node: number | null): Party[] {
  if (node === null || node < 0) return [];
  const out: Party[] = [];
  for (const n of withConjuncts(p.parse, node)) {
    const own = mentionOn(p.sentence, n);
    if (own) {
      out.push({ mention: own, link: "role" });
      continue;
    }
    const owner = possessorOf(p, n);
    if (owner) {
      // "X's allies", "X's lawyer": people around X, so X is a party only as a modifier is.
      const around = lang.hedges.qualifiers.associates.has(p.sentence.tokens[n]?.normal ?? "");
      out.push({ mention: owner, link: around ? "member" : "possessor" });
      continue;
    }
    // "the leaders of Ruritania", "the Varga campaign": a person or body noun with a name attached.
    const head = p.sentence.tokens[n];
    const bodyLike =
      !!head &&
      (lang.gazetteer.personHeads.has(head.lemma) ||
        lang.names.bodyHeads.has(head.normal) ||
        lang.gazetteer.actorRoleNouns.has(head.lemma));
    if (!bodyLike) continue;
    for (const c of dependentsOf(p.parse, n, "compound", "nmod", "amod")) {
      if (hasRelation(p.parse, c, "nmod") && caseOf(p.parse, c) !== "of") continue;
      const m = mentionOn(p.sentence, c);
      if (m) {
        out.push({ mention: m, link: "member" });
        break;
      }
    }
  }
  return out;
}

/** The nominals a predicate introduces with these prepositions, its object's included (see above). */
export function obliqueNodes(p: Parsed, predicate: number, ...prepositions: string[]): number[] {
  const out = obliquesOf(p.parse, predicate, ...prepositions);
  const wanted = new Set(prepositions);
  const object = objectOf(p.parse, predicate);
  const holders = object === null ? [] : [object, ...dependentsOf(p.parse, object, "conj")];
  for (const holder of holders)
    for (const n of dependentsOf(p.parse, holder, "nmod"))
      if (wanted.has(caseOf(p.parse, n))) out.push(n);
  // "accused X of lying": a clause introduced by the preposition.
  for (const c of dependentsOf(p.parse, predicate, "advcl", "acl")) {
    const mark = dependentOf(p.parse, c, "mark");
    if (mark !== null && wanted.has(p.sentence.tokens[mark]?.normal ?? "")) out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** Who does it (subject, or the "by" agent of a passive), as a node. */
export function agentNode(p: Parsed, predicate: number): number | null {
  return agentOf(p.parse, predicate);
}

/** Who it is done to (object, or the subject of a passive), as a node. */
export function patientNode(p: Parsed, predicate: number): number | null {
  return patientOf(p.parse, predicate);
}

/** Tokens that end a matter: clause punctuation. */
const MATTER_STOP = /^[,;:—–()]$/;
const MATTER_MAX = 16;

/**
 * What a relation is about, as written: the words a node covers without the preposition or
 * marker that introduces it, cut at clause punctuation and at 16 words ("for the attack on the
 * parade", "of sowing chaos").
 */
export function matterAt(p: Parsed, node: number | undefined): string | null {
  if (node === undefined) return null;
  const span = spanOf(p.parse, node);
  let start = span.start;
  while (start < node && hasRelation(p.parse, start, "case", "mark")) start += 1;
  let end = start;
  while (end < span.end && end - start < MATTER_MAX) {
    const t = p.sentence.tokens[end];
    if (!t || (end > node && MATTER_STOP.test(t.text))) break;
    end += 1;
  }
  while (end > start && /^[”"’.]$/.test(p.sentence.tokens[end - 1]?.text ?? "")) end -= 1;
  const value = textOf(p, start, end).trim();
  return value.length > 0 ? value : null;
}

/**
 * The noun a relative pronoun stands for ("the violence, which he blames on …" → violence): the
 * head of its relative clause, or, when the parser hung the clause elsewhere, the noun just before
 * the pronoun and its comma.
 */
export function antecedentOf(p: Parsed, node: number): number {
  const t = p.sentence.tokens[node];
  if (!t || !lang.functionWords.relatives.has(t.normal)) return node;
  const clause = headOf(p.parse, node);
  if (clause !== null && hasRelation(p.parse, clause, "acl"))
    return headOf(p.parse, clause) ?? node;
  let k = node - 1;
  while (k >= 0 && p.sentence.tokens[k]?.text === ",") k -= 1;
  const before = p.sentence.tokens[k]?.pos;
  return before === "NOUN" || before === "PROPN" ? k : node;
}

/** True when the node's relation to its head is one of these. */
export const isRole = (p: Parsed, node: number, ...relations: string[]): boolean =>
  hasRelation(p.parse, node, ...relations);

export { relationOf };
