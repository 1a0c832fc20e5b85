import {
  caseOf,
  dependentOf,
  dependentsOf,
  headOf,
  objectOf,
  passiveAgentOf,
  relationOf,
  subjectOf,
} from "../syntax";
import {
  matterAt,
  mentionOn,
  obliqueNodes,
  type Party,
  partiesAt,
  possessorOf,
} from "./parse-parties";
import { type Candidate, isVerb, NONE, type PatternInput, tok } from "./pattern-parts";
import { agentRole, obliqueRoles, passiveAt, patientRoles } from "./roles";
import { findWord } from "./clause-parts";
import { hasMention, hasWord } from "./pre-tests";
import { lang } from "../lang";

/**
 * The readers of responsibility, through the parse: holding someone responsible ("hold Y
 * accountable", "Y would be held accountable", "Y is responsible for the attack"), pointing at
 * someone ("pointed to Y", "attribute responsibility to Y"), a cause ("caused by Y"), a harm's
 * author ("threats from Y", "attacks by its proxies") and a blaming possessive ("Ruritania's
 * meddling", "the US' blame game").
 */

/** The kinds of actor whose threats and attacks are harm rather than words. */
const HARMING_KINDS: ReadonlySet<string> = new Set([
  "government",
  "armed-group",
  "agency",
  "crowd",
]);

const HOLD = 0.9;
const RESPONSIBLE = 0.8;
const POINT = 0.75;
const CAUSE = 0.75;
const THREAT = 0.75;
const POSSESSED = 0.7;

/** "hold Y (directly) responsible/accountable", "Y would be held accountable", "Y would be accountable for attacks". */
export function holdPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  // Pre-test (pre-tests.ts): the one held responsible is one of the sentence's mentions.
  if (!t || !hasMention(p.sentence)) return NONE;
  if (t.lemma === "hold" && isVerb(t)) {
    // "hold Y (directly) responsible": a fixed frame, read in the words after the verb (the parser
    // often hangs the adjective elsewhere in long sentences).
    const adjective =
      findWord(p.sentence.tokens, i + 1, "responsible", 10) >= 0
        ? findWord(p.sentence.tokens, i + 1, "responsible", 10)
        : [...lang.blame.holdAdjectives]
            .map((a) => findWord(p.sentence.tokens, i + 1, a, 10))
            .filter((k) => k >= 0)
            .sort((a, b) => a - b)[0];
    if (adjective === undefined) return NONE;
    const passive = passiveAt(p, i);
    // The one held responsible stands between "hold" and the adjective ("hold Y directly responsible").
    const accused = patientRoles(p, i).filter((a) => passive || a.mention.last < adjective);
    if (accused.length === 0) return NONE;
    const forAt = [...obliqueNodes(p, adjective, "for"), ...obliqueNodes(p, i, "for")][0];
    return [
      {
        kind: "holds-responsible",
        cue: [i, adjective],
        accuser: agentRole(p, i),
        accused,
        matter: matterAt(p, forAt),
        strength: HOLD,
        predicate: i,
        basis: `“hold … ${tok(p, adjective)?.text ?? ""}”: ${passive ? "the passive's subject" : "its object"}`,
      },
    ];
  }
  // "Y would be accountable for attacks", "Y is responsible for the attack": the copula's subject.
  if (!lang.blame.holdAdjectives.has(t.normal) || dependentOf(p.parse, i, "cop") === null)
    return NONE;
  const forAt = obliqueNodes(p, i, "for")[0];
  const harm =
    forAt !== undefined &&
    dependentsOf(p.parse, forAt)
      .concat(forAt)
      .some((d) => lang.blame.harmNouns.has(tok(p, d)?.lemma ?? ""));
  if (t.normal !== "accountable" && !harm) return NONE;
  const accused = partiesAt(p, subjectOf(p.parse, i));
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "holds-responsible",
      cue: [i],
      accuser: undefined,
      accused,
      matter: matterAt(p, forAt),
      strength: RESPONSIBLE,
      predicate: i,
      basis: `“${t.text}”: its subject, for a harm`,
    },
  ];
}

/** "pointed to Y", "attribute ultimate responsibility to Y", "linked the attack to Y". */
export function pointPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  const particle = t ? lang.blame.pointVerbs.get(t.lemma) : undefined;
  if (!t || !particle || !isVerb(t)) return NONE;
  // Pre-test (pre-tests.ts): the one pointed at is a mention after the particle (obliqueRoles).
  if (!hasMention(p.sentence) || !hasWord(p.sentence, particle)) return NONE;
  // "rebels linked to Ruritania's Guards" describes the rebels: only a verb with a subject or a passive blames.
  const reduced = tok(p, i - 1)?.pos === "NOUN" && !passiveAt(p, i);
  if ((relationOf(p.parse, i) === "acl" || reduced) && t.lemma !== "point") return NONE;
  const accused = obliqueRoles(p, i, [particle], 6);
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "attributes-responsibility",
      cue: [i],
      accuser: agentRole(p, i),
      accused,
      matter: matterAt(p, obliqueNodes(p, i, "for")[0]),
      strength: POINT,
      predicate: i,
      basis: `“${t.text} … ${particle}”: the one pointed at`,
    },
  ];
}

/** True when the token at k is a noun of threat or harm ("threat", "attack"). */
const isThreatAt = (p: PatternInput["p"], k: number): boolean =>
  lang.blame.threatNouns.has(tok(p, k)?.lemma ?? "");

/** The authors a harm noun names: "threats from Y", "attacks by Y", "Y's meddling". */
function authorsOf(p: PatternInput["p"], noun: number): Party[] {
  const out: Party[] = [];
  for (const n of dependentsOf(p.parse, noun, "nmod")) {
    if (/^(?:from|by)$/.test(caseOf(p.parse, n))) out.push(...partiesAt(p, n));
  }
  return out;
}

/** "caused by Y", "was prompted by threats from Y", "did not appear driven by any threat from Y". */
export function causePattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || !lang.blame.causeVerbs.has(t.lemma) || !isVerb(t)) return NONE;
  // Pre-test (pre-tests.ts): the cause kept is a mention, named or not itself a threat (see below).
  if (!hasMention(p.sentence, (m) => !!m.actor || !isThreatAt(p, m.first))) return NONE;
  const agent = passiveAgentOf(p.parse, i) ?? obliqueNodes(p, i, "by")[0] ?? null;
  if (agent === null) return NONE;
  let accused = partiesAt(p, agent);
  // "triggered by residents’ anger": their grievance is a cause, not a culprit.
  if (
    accused.some((a) => a.link === "possessor") &&
    lang.blame.grievances.has(tok(p, agent)?.lemma ?? "")
  )
    return NONE;
  // "driven by any threat from Y or the groups it supports": the threat's authors, and any conjunct named.
  if (lang.blame.threatNouns.has(tok(p, agent)?.lemma ?? ""))
    for (const author of authorsOf(p, agent))
      if (!accused.some((a) => a.mention === author.mention)) accused.push(author);
  accused = accused.filter((a) => a.mention.actor || !isThreatAt(p, a.mention.first));
  if (accused.length === 0) return NONE;
  const thing = subjectOf(p.parse, i);
  return [
    {
      kind: "attributes-responsibility",
      cue: [i, ...dependentsOf(p.parse, agent, "case")],
      accuser: undefined,
      accused,
      matter: thing === null ? null : matterAt(p, thing),
      strength: CAUSE,
      predicate: i,
      basis: `“${t.text} by”: the cause named`,
    },
  ];
}

/** "threats from Y", "attacks by its proxies", "security risks from Y". */
export function threatPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || (t.pos !== "NOUN" && !(t.pos === "PROPN" && i === 0))) return NONE;
  const lemma = lang.blame.threatNouns.has(t.lemma) ? t.lemma : t.normal.replace(/s$/, "");
  if (!lang.blame.threatNouns.has(lemma) || lemma === "role" || lemma === "involvement")
    return NONE;
  // Pre-test (pre-tests.ts): the author kept is a mention of a harming kind, after "from"/"by".
  if (
    !hasMention(p.sentence, (m) => HARMING_KINDS.has(input.kindOf(m.actor) ?? "")) ||
    !hasWord(p.sentence, "from", "by")
  )
    return NONE;
  let accused = authorsOf(p, i);
  // The parser may hang "from Y" on the verb whose object the noun is ("citing threats from Iran").
  const verb = headOf(p.parse, i);
  if (accused.length === 0 && verb !== null && objectOf(p.parse, verb) === i) {
    const from = obliqueNodes(p, verb, "from", "by").find((n) => n > i && n <= i + 4);
    if (from !== undefined) accused = partiesAt(p, from);
  }
  // "hold X responsible for attacks by Y": the harm is the matter of a responsibility claimed, no claim of its own.
  for (
    let at: number | null = headOf(p.parse, i), k = 0;
    at !== null && k < 3;
    at = headOf(p.parse, at), k += 1
  ) {
    const word = tok(p, at);
    if (word && (word.lemma === "hold" || lang.blame.holdAdjectives.has(word.normal))) return NONE;
  }
  // "attacks from Christie", "attacks from Republicans" in a campaign are words, not harm: only a
  // state, an armed group, an agency or a crowd is read as the author of a threat or an attack.
  accused = accused.filter((a) => HARMING_KINDS.has(input.kindOf(a.mention.actor) ?? ""));
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "attributes-responsibility",
      cue: [i],
      accuser: undefined,
      accused,
      matter: t.text,
      strength: THREAT,
      predicate: i,
      basis: `“${t.text} from/by”: the author of a harm`,
    },
  ];
}

/** "the US’ blame game", "Ruritania's propaganda" (criticism); "Ruritania's meddling" (responsibility). */
export function possessedPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t) return NONE;
  const pair = `${t.normal} ${tok(p, i + 1)?.normal ?? ""}`;
  const two = lang.blame.criticisingPossessed.has(pair);
  const criticising = two || lang.blame.criticisingPossessed.has(t.normal);
  if (!criticising && !lang.blame.blamingPossessed.has(t.lemma)) return NONE;
  // Pre-test (pre-tests.ts): the owner kept is a mention of a known actor.
  if (!hasMention(p.sentence, (m) => !!m.actor)) return NONE;
  // The owner: the parse's possessor, or the name just before a possessive mark ("the US’ blame
  // game", which the parser, not knowing the idiom, reads as a verb).
  const mark = tok(p, i - 1);
  const owner =
    possessorOf(p, two ? i + 1 : i) ??
    (mark && lang.functionWords.possessiveMarks.has(mark.normal)
      ? mentionOn(p.sentence, i - 2)
      : null);
  if (!owner?.actor) return NONE;
  return [
    {
      kind: criticising ? "criticises" : "attributes-responsibility",
      cue: two ? [i, i + 1] : [i],
      accuser: undefined,
      accused: [{ mention: owner, link: "role" }],
      matter: criticising ? null : t.text,
      strength: POSSESSED,
      predicate: two ? i + 1 : i,
      basis: `“${owner.text} ${t.text}”: a blaming word and its owner`,
    },
  ];
}
