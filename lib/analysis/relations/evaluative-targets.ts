import { type Mention } from "../actors";
import { type Token } from "../text";
import { agentOf, dependentOf, dependentsOf, headOf, headOfSpan, relationOf } from "../syntax";
import { subjectOf as windowSubject } from "./clause-parts";
import { mentionOn, type Parsed, type Party, partiesAt, possessorOf } from "./parse-parties";
import { lang } from "../lang";

/**
 * Whom a critical word in a quote judges, read two ways: through the parse (the subject of the
 * predicate it is, the owner of what it describes, the author "by"/"of" names) and through the
 * words before it (the subject before a copula or a verb, the name after a reproachful "why
 * can't"). Where they agree the target is sure; where only one reads it, less so. A word whose
 * target is a thing, or nobody, judges no actor: no nearest name is taken.
 */

/** A grammatical target of a critical word, with the strength of the path that reached it. */
export interface Target {
  parties: Party[];
  strength: number;
  how: string;
}

const NO_TARGET: Target = { parties: [], strength: 0, how: "" };

/**
 * The strength of an evaluative word whose target is its subject or owner. Calibrated on a
 * hand-judged sample of relations from articles never tuned on (eval/audit/blame-polnear-dev.md):
 * about half of the relations read from an evaluative word in a quote were right — the word may
 * judge a thing, a pronoun may be misresolved, the quote may voice someone else's view — so, at
 * best, they stay below CONFIDENT_BLAME: only an explicit blame predicate is shown by default.
 */
const EVALUATIVE = 0.65;
/** The author a noun names ("failure by X"), a looser link than a subject or owner. */
const AUTHORED = 0.6;

/** True for a node that heads a predicate: a verb, a word a copula joins to its subject, a word with a subject. */
function predicative(p: Parsed, node: number): boolean {
  return (
    p.sentence.tokens[node]?.pos === "VERB" || dependentOf(p.parse, node, "cop", "nsubj") !== null
  );
}

/** The subject's parties; a thing said ("the things he said", "his remarks") hands over to who said it. */
function subjectParties(p: Parsed, subject: number): Party[] {
  const direct = partiesAt(p, subject);
  if (direct.length > 0) return direct;
  for (const clause of dependentsOf(p.parse, subject, "acl")) {
    const inner = agentOf(p.parse, clause, { inherit: false });
    if (inner !== null && inner !== subject) return partiesAt(p, inner);
  }
  return [];
}

/**
 * Where the grammar points from a critical word at `node`: a predicate's subject (or a passive's
 * "by" agent); a noun's owner or the author of "failure by X"; climbing at most twice from a
 * modifier to what it modifies ("the wrong thing" → "did" → its subject; "called Y's remarks
 * unfair" → the remarks' owner; "tolerance for bigotry" → the tolerance's owner).
 */
function parsedTarget(p: Parsed, node: number, climbs = 0): Target {
  const weaken = climbs === 0 ? 1 : 0.8;
  if (predicative(p, node)) {
    const agent = agentOf(p.parse, node);
    const parties = agent === null ? [] : subjectParties(p, agent);
    if (parties.length > 0)
      return {
        parties,
        strength: EVALUATIVE * weaken,
        how: climbs === 0 ? "its subject" : "the subject of its clause",
      };
    // A predicate whose subject is a thing with no owner ("the plan is a disaster") criticises no actor.
    if (agent !== null && climbs === 0) return NO_TARGET;
  }
  const owner = possessorOf(p, node);
  if (owner)
    return {
      parties: [{ mention: owner, link: "role" }],
      strength: EVALUATIVE * weaken,
      how: climbs === 0 ? "its owner" : "the owner of what it describes",
    };
  for (const n of dependentsOf(p.parse, node, "nmod")) {
    const prep = p.sentence.tokens[dependentOf(p.parse, n, "case") ?? -1]?.normal ?? "";
    if (prep === "by" || prep === "from" || prep === "of") {
      const parties = partiesAt(p, n);
      if (parties.length > 0)
        return { parties, strength: AUTHORED * weaken, how: `“${prep}” its author` };
    }
  }
  const head = headOf(p.parse, node);
  const relation = relationOf(p.parse, node);
  if (head === null || climbs >= 2 || !/^(?:amod|advmod|xcomp|obj|nmod|obl|conj)/.test(relation))
    return NO_TARGET;
  return parsedTarget(p, head, climbs + 1);
}

const QUOTE_MARKS = /^[“”"‘’']$/;

/** True for a form of "be": a copula. */
const isBe = (p: Parsed, k: number) => {
  const t = p.sentence.tokens[k];
  return !!t && (t.lemma === "be" || lang.functionWords.beForms.has(t.normal));
};

/**
 * True when token k is a linking verb other than "be" whose description starts at `cue`, with only
 * adverbs and words of degree between ("has become so reckless", "couldn't get any more out of
 * touch"). An article or adjective between makes it an object ("got a terrible deal": the deal is
 * terrible, not the one who got it).
 */
function linksTo(tokens: readonly Token[], k: number, cue: number): boolean {
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !lang.functionWords.linkingVerbs.has(verb.lemma))
    return false;
  for (let j = k + 1; j < cue; j += 1) {
    const t = tokens[j];
    if (!t || !(t.pos === "ADV" || lang.functionWords.degreeWords.has(t.normal))) return false;
  }
  return true;
}

/**
 * The words' reading of a critical word's target: the name after a reproachful question's
 * negation ("Why can't X …"); the subject before a copula ("X is out of touch", "X's comments were
 * inaccurate" → X); the subject of a verb ("X has gutted the program"). Null otherwise.
 */
function windowTarget(p: Parsed, cue: number, negation: number): Mention | null {
  const { sentence } = p;
  const tokens = sentence.tokens;
  if (negation >= 0) return mentionOn(sentence, negation + 1);
  let k = cue - 1;
  const skipped = (t: Token | undefined) =>
    !!t && (/^(?:ADV|DET|ADJ|NUM)$/.test(t.pos) || QUOTE_MARKS.test(t.text));
  while (k >= 0 && skipped(tokens[k])) k -= 1;
  if (isBe(p, k) || linksTo(tokens, k, cue)) {
    let s = k - 1;
    // Back over adverbs, auxiliaries and negators to the subject: "X has been", "X couldn't get".
    while (
      s >= 0 &&
      (/^(?:ADV|AUX)$/.test(tokens[s]?.pos ?? "") ||
        lang.functionWords.negators.has(tokens[s]?.normal ?? ""))
    )
      s -= 1;
    const direct = mentionOn(sentence, s);
    if (direct) return direct;
    // "what he said was inaccurate", "the things she did were wrong": who said or did them.
    if (tokens[s]?.pos === "VERB") return mentionOn(sentence, s - 1);
    // "X's comments were …": walk back over the noun phrase to its owner.
    while (s >= 0 && /^(?:NOUN|ADJ)$/.test(tokens[s]?.pos ?? "")) s -= 1;
    if (lang.functionWords.possessiveMarks.has(tokens[s]?.normal ?? "")) {
      return mentionOn(sentence, s) ?? mentionOn(sentence, s - 1);
    }
    return null;
  }
  const t = tokens[cue];
  const verbal =
    t?.pos === "VERB" ||
    (t?.pos === "ADJ" && /(?:ed|en|ing)$/.test(t.normal) && tokens[k]?.pos === "AUX");
  return verbal ? windowSubject(sentence, cue, p.quoteOf) : null;
}

/** True when two mentions name the same party. */
function same(a: Mention, b: Mention): boolean {
  return a === b || (!!a.actor && a.actor === b.actor) || (a.first <= b.last && b.first <= a.last);
}

/**
 * The target of a critical word starting at `cue` (a phrase of `length` words is read from its
 * head), or of the verb a reproachful question's `negation` belongs to, by both readings.
 */
export function targetOf(p: Parsed, cue: number, length: number, negation: number): Target {
  const node =
    negation >= 0
      ? (headOf(p.parse, negation) ?? negation)
      : length > 1
        ? (headOfSpan(p.parse, cue, cue + length) ?? cue)
        : cue;
  const parsed = parsedTarget(p, node);
  const windowed = windowTarget(p, cue, negation);
  const first = parsed.parties[0];
  if (first && windowed) {
    if (parsed.parties.some((party) => same(party.mention, windowed)))
      return {
        ...parsed,
        parties: parsed.parties.map((x) => ({ ...x, reading: "both" as const })),
      };
    return {
      ...parsed,
      parties: parsed.parties.map((x) => ({ ...x, reading: "disputed" as const })),
    };
  }
  if (first)
    return { ...parsed, parties: parsed.parties.map((x) => ({ ...x, reading: "parse" as const })) };
  if (windowed)
    return {
      parties: [{ mention: windowed, link: "role", reading: "window" }],
      strength: EVALUATIVE,
      how: "the subject before it",
    };
  return NO_TARGET;
}
