import { type Mention } from "../actors";
import {
  caseOf,
  dependentsOf,
  headOf,
  indirectObjectOf,
  isPassive,
  objectOf,
  subjectOf,
} from "../syntax";
import { misattachedAdjunct } from "./adjuncts";
import { findWord, mentionsFrom, subjectOf as windowSubject } from "./clause-parts";
import {
  agentNode,
  mentionOn,
  obliqueNodes,
  type Parsed,
  type Party,
  partiesAt,
  phraseMention,
} from "./parse-parties";
import { hasMention, hasWord } from "./pre-tests";
import { lang } from "../lang";

/**
 * The roles a blame cue needs — who acts (subject, or the "by" agent of a passive), who is acted
 * on (object, or the subject of a passive), the nominal a preposition introduces — read from the
 * parse and checked against a reading of the word window (clause-parts.ts). The parser was trained
 * on web text and misreads some news constructions ("The White House earlier this month blamed
 * …", long appositions, "Iranian-backed"); the window reading was tuned on news. Where both agree
 * the party is read surely; where only one gives it, or they differ, it is read less surely (the
 * parse's answer wins a disagreement), and the relation's confidence says so.
 */

/** Nouns for people and bodies: a subject headed by one is an accuser even when it names no known actor. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...lang.gazetteer.personHeads,
  ...lang.gazetteer.actorRoleNouns,
  ...lang.names.personNouns,
  ...lang.names.bodyHeads,
  ...lang.names.groupHeads,
]);

/** True when the verb at i is passive, by the parse or by a form of "be"/"get" just before it. */
export function passiveAt(p: Parsed, i: number): boolean {
  if (isPassive(p.parse, i)) return true;
  let k = i - 1;
  while (k >= 0 && p.sentence.tokens[k]?.pos === "ADV") k -= 1;
  const t = p.sentence.tokens[k];
  const participle = /(?:ed|en)$/.test(p.sentence.tokens[i]?.normal ?? "");
  return (
    participle &&
    !!t &&
    (lang.functionWords.beForms.has(t.normal) || t.lemma === "be" || t.lemma === "get")
  );
}

/** True when two mentions name the same party: the same tokens, or the same actor. */
function same(a: Mention, b: Mention): boolean {
  if (a === b) return true;
  if (a.actor && a.actor === b.actor) return true;
  return a.sentence === b.sentence && a.first <= b.last && b.first <= a.last && a.first >= 0;
}

/**
 * Both readings, as one: agreement is "both"; in a difference ("disputed") the parse's answer
 * wins, except for a subject the window finds nearer the verb: the parser tends to take the first
 * noun of a long subject ("Leader of Ruritania's Council Minister Varga blamed …").
 */
function combine(
  parsed: Party | undefined,
  windowed: Mention | null,
  nearerWins = false,
): Party | undefined {
  if (parsed && windowed) {
    // The same words: keep whichever names a known actor ("Rules Committee Chairman Bruce Ash").
    if (same(parsed.mention, windowed))
      return parsed.mention.actor || !windowed.actor
        ? { ...parsed, reading: "both" }
        : { mention: windowed, link: "role", reading: "both" };
    if (nearerWins && windowed.first > parsed.mention.last)
      return { mention: windowed, link: "role", reading: "disputed" };
    return { ...parsed, reading: "disputed" };
  }
  if (parsed) return { ...parsed, reading: "parse" };
  if (windowed) return { mention: windowed, link: "role", reading: "window" };
  return undefined;
}

/** Lists of parties from both readings: each kept once, "both" where the readings share it. */
function union(parsed: readonly Party[], windowed: readonly Mention[]): Party[] {
  const out: Party[] = parsed.map((party) => ({
    ...party,
    reading: windowed.some((w) => same(party.mention, w)) ? ("both" as const) : ("parse" as const),
  }));
  for (const w of windowed)
    if (!parsed.some((party) => same(party.mention, w)))
      out.push({ mention: w, link: "role", reading: "window" });
  return out;
}

/** A time word ("this month", "Oct.") or an expletive read as a subject is the parser's slip, not a party. */
function slip(p: Parsed, node: number): boolean {
  const t = p.sentence.tokens[node];
  if (!t) return true;
  const word = t.normal.replace(/\.$/, "");
  return (
    lang.time.adverbialTimeWords.has(word) ||
    lang.chrome.dateMonths.includes(word) ||
    (t.pos === "PRON" && /^(?:it|there)$/.test(word) && !mentionOn(p.sentence, node))
  );
}

/** The "(" of the parenthesis a node sits in, a few words back, or null. */
function openParenthesis(p: Parsed, node: number): number | null {
  for (let k = node - 1; k >= 0 && node - k <= 4; k -= 1) {
    const text = p.sentence.tokens[k]?.text;
    if (text === ")") return null;
    if (text === "(") return k;
  }
  return null;
}

/** The party a subject node names; a relative pronoun the parser left alone hands over to the name just before it. */
function subjectParty(p: Parsed, node: number): Party | undefined {
  const t = p.sentence.tokens[node];
  // A parenthesis is no subject ("X (D-Nev.) blasted Y" read with "D" as the subject): the name
  // it follows is.
  const open = openParenthesis(p, node);
  if (open !== null) {
    const before = mentionOn(p.sentence, open - 1);
    return before ? { mention: before, link: "role" } : undefined;
  }
  if (t && lang.functionWords.relatives.has(t.normal) && !mentionOn(p.sentence, node)) {
    let k = node - 1;
    while (k >= 0 && p.sentence.tokens[k]?.text === ",") k -= 1;
    const m = mentionOn(p.sentence, k);
    return m ? { mention: m, link: "role" } : undefined;
  }
  const found = partiesAt(p, node)[0];
  if (found) return found;
  if (!t) return undefined;
  // A document that speaks ("a statement which pointed to …") hands over to whoever put it out.
  if (lang.speech.documentNouns.has(t.lemma)) {
    const verb = headOf(p.parse, node);
    if (verb !== null && lang.speech.publishVerbs.has(p.sentence.tokens[verb]?.lemma ?? "")) {
      const author = agentNode(p, verb);
      return author === null ? undefined : partiesAt(p, author)[0];
    }
    return undefined;
  }
  // A subject that names no known actor is kept as written when it names people ("critics",
  // "the aide"); a thing ("the evidence", "the decision") leaves the accuser to the frame.
  return PEOPLE_NOUNS.has(t.lemma) || PEOPLE_NOUNS.has(t.normal) || t.pos === "PROPN"
    ? { mention: phraseMention(p, node), link: "role" }
    : undefined;
}

/** The "by" agent of a passive, read in the window: "was criticised by the opposition". */
function windowAgent(p: Parsed, verb: number): Mention | null {
  const by = findWord(p.sentence.tokens, verb + 1, "by", 12);
  return by < 0 ? null : (mentionOn(p.sentence, by + 1) ?? mentionOn(p.sentence, by + 2));
}

/** Who does it: the subject of an active verb, the "by" agent of a passive. */
export function agentRole(p: Parsed, verb: number): Party | undefined {
  const passive = passiveAt(p, verb);
  const adjunct = misattachedAdjunct(p, verb);
  const node = adjunct ? adjunctAgent(p, verb) : agentNode(p, verb);
  const parsed = node === null || slip(p, node) ? undefined : subjectParty(p, node);
  const windowed = passive ? windowAgent(p, verb) : windowSubject(p.sentence, verb, p.quoteOf);
  // The window's nearest name before a misattached adjunct is the noun the parser hung it from.
  return combine(parsed, windowed, !passive && !adjunct);
}

/**
 * The doer of a marked gerund the parser hung from a noun (adjuncts.ts): for a reason ("praised X
 * for attacking Y", "ridiculed X for criticising Y") the one judged — the noun it hangs from,
 * as the parse has it; for means, time or manner ("took orders from X by posting attacks on Y",
 * "after attacking Y") the subject of the clause the noun is in.
 */
function adjunctAgent(p: Parsed, verb: number): number | null {
  const marks = dependentsOf(p.parse, verb, "mark").map((m) => p.sentence.tokens[m]?.normal);
  if (marks.includes("for")) return agentNode(p, verb);
  let at = headOf(p.parse, verb);
  for (let steps = 0; at !== null && steps < 6; steps += 1) {
    if (p.sentence.tokens[at]?.pos === "VERB") return agentNode(p, at);
    at = headOf(p.parse, at);
  }
  return null;
}

/** Who it is done to: the object (and any indirect object and conjuncts) of an active verb, the subject of a passive. */
export function patientRoles(
  p: Parsed,
  verb: number,
  stops: ReadonlySet<string> = new Set(),
): Party[] {
  if (passiveAt(p, verb)) {
    const node = subjectOf(p.parse, verb);
    const parsed = node === null || slip(p, node) ? undefined : partiesAt(p, node)[0];
    const windowed = windowSubject(p.sentence, verb, p.quoteOf);
    const party = combine(parsed, windowed);
    // The other conjuncts of a passive subject ("X and Y were blamed").
    const rest = node === null ? [] : partiesAt(p, node).slice(1);
    return party ? [party, ...rest.map((r) => ({ ...r, reading: "parse" as const }))] : [];
  }
  const nodes = [objectOf(p.parse, verb), indirectObjectOf(p.parse, verb)].filter(
    (n): n is number => n !== null && n > verb,
  );
  const parsed = nodes.flatMap((n) => partiesAt(p, n));
  return union(parsed, mentionsFrom(p.sentence, verb + 1, 6, stops));
}

/** The nominals these prepositions introduce after the verb ("blamed … on Y", "rail against Y"). */
export function obliqueRoles(
  p: Parsed,
  verb: number,
  prepositions: readonly string[],
  reach = 14,
): Party[] {
  // Pre-test (pre-tests.ts): both readings give mentions after one of the prepositions.
  if (!hasMention(p.sentence) || !hasWord(p.sentence, ...prepositions)) return [];
  const parsed = obliqueNodes(p, verb, ...prepositions)
    .filter((n) => n > verb)
    .flatMap((n) => partiesAt(p, n));
  const windowed: Mention[] = [];
  for (const prep of prepositions) {
    const at = findWord(p.sentence.tokens, verb + 1, prep, reach);
    if (at >= 0) windowed.push(...mentionsFrom(p.sentence, at + 1, 4));
  }
  return union(parsed, windowed);
}

/** The first mention within `reach` tokens from `from`, to clause punctuation; null when the first one names no actor. */
function firstMention(p: Parsed, from: number, reach: number): Mention | null {
  for (let k = from; k < p.sentence.tokens.length && k < from + reach; k += 1) {
    const t = p.sentence.tokens[k];
    if (!t || /^[.;:]$/.test(t.text)) return null;
    const m = mentionOn(p.sentence, k);
    if (m) return m.actor ? m : null;
  }
  return null;
}

/**
 * The parties a noun's preposition introduces ("criticism of Y", "condemnation for Y's …"): its
 * own phrases, or the verb's when the parser hung them there ("shouted condemnation for …"); in
 * the window, the first actor named after a preposition right after the noun.
 */
export function nounObjectRoles(
  p: Parsed,
  noun: number,
  prepositions: ReadonlySet<string>,
): Party[] {
  const nodes = dependentsOf(p.parse, noun, "nmod").filter((n) =>
    prepositions.has(caseOf(p.parse, n)),
  );
  const verb = headOf(p.parse, noun);
  if (verb !== null && objectOf(p.parse, verb) === noun)
    for (const n of obliqueNodes(p, verb, ...prepositions))
      if (n > noun && n <= noun + 3) nodes.push(n);
  const parsed = nodes.flatMap((n) => partiesAt(p, n));
  const windowed: Mention[] = [];
  for (const at of [noun + 1, noun + 2]) {
    if (!prepositions.has(p.sentence.tokens[at]?.normal ?? "")) continue;
    const m = firstMention(p, at + 1, 10);
    if (m) windowed.push(m);
    break;
  }
  return union(parsed, windowed);
}

/** The parse's clause complement's subject, read with its conjuncts (for "denying that the US had a role"). */
export function clauseSubject(p: Parsed, clause: number): Party[] {
  const node = subjectOf(p.parse, clause, { inherit: false });
  return node === null
    ? []
    : partiesAt(p, node).map((party) => ({ ...party, reading: "parse" as const }));
}
