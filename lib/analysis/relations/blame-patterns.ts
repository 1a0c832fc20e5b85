import { dependentsOf, objectOf, subjectOf } from "../syntax";
import { findWord } from "./clause-parts";
import { agentRole, obliqueRoles, passiveAt, patientRoles } from "./roles";
import { antecedentOf, matterAt, obliqueNodes, partiesAt, type Party } from "./parse-parties";
import {
  type Candidate,
  describedBody,
  isPerson,
  isVerb,
  NONE,
  type PatternInput,
  tok,
} from "./pattern-parts";
import {
  claimPattern,
  falseClaimPattern,
  namingPattern,
  noRolePattern,
  rejectPattern,
} from "./rejection-patterns";
import {
  causePattern,
  holdPattern,
  pointPattern,
  possessedPattern,
  threatPattern,
} from "./responsibility-patterns";
import { criticismNounPattern } from "./criticism-nouns";
import { hasMention, hasWord } from "./pre-tests";
import { lang } from "../lang";

export type { Candidate, PatternInput } from "./pattern-parts";

/**
 * The explicit predicates of blame, read through the parse: "X blamed Y for Z", "blamed Z on Y",
 * "X accused Y of Z", "X criticised Y", "rail against Y", "criticism of Y". The accused is the
 * predicate's grammatical target (object; subject of a passive; the nominal of "on", "against");
 * the accuser its subject or "by" agent. Each returns candidates with the strength of that
 * evidence; blame.ts adds the accuser from a frame or quote when the clause names none, the voice
 * and the hedges. Rejections, denials and claims are in rejection-patterns.ts, holding and
 * attributing responsibility in responsibility-patterns.ts, nouns of criticism and the verb that
 * voices them in criticism-nouns.ts, criticism read from a quote's
 * evaluative words in quote-blame.ts.
 */

/** An explicit predicate with both parties in grammatical roles: the strongest evidence there is. */
const EXPLICIT = 0.9;

const FOR = new Set(["for"]);
const FOR_ON = new Set(["for", "on"]);
const OF = new Set(["of"]);
const FOR_OVER = new Set(["for", "over"]);

/** "X blamed Y for Z", "blamed Z on Y", "Z, which he blames on Y", "Z was blamed on Y", "Y was blamed for Z". */
export function blamePattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || !lang.blame.blameVerbs.has(t.lemma) || !isVerb(t)) return NONE;
  // Pre-test (pre-tests.ts): the one blamed is one of the sentence's mentions.
  if (!hasMention(p.sentence)) return NONE;
  const passive = passiveAt(p, i);
  const base = { kind: "blames" as const, strength: EXPLICIT, predicate: i };
  // "blamed Z on Y" needs a thing blamed: with a party as its object ("blamed local officials on
  // Twitter", "blamed X on Friday") the "on" phrase says where or when, and the object is blamed.
  const object = passive ? null : objectOf(p.parse, i);
  const partyBlamed = object !== null && partiesAt(p, object).length > 0;
  const on = partyBlamed ? [] : obliqueRoles(p, i, ["on"]);
  if (on.length > 0) {
    // "blamed the threat on Y": the object is what is blamed; "Z, which he blames on Y": its noun.
    const thing = passive ? subjectOf(p.parse, i, { inherit: false }) : objectOf(p.parse, i);
    const onAt = findWord(p.sentence.tokens, i + 1, "on", 14);
    return [
      {
        ...base,
        cue: onAt >= 0 ? [i, onAt] : [i],
        accuser: passive ? undefined : agentRole(p, i),
        activeVerb: !passive,
        accused: on,
        matter: thing === null ? null : matterAt(p, antecedentOf(p, thing)),
        basis: `“${t.text} … on”: the one blamed after “on”`,
      },
    ];
  }
  const accused = patientRoles(p, i, partyBlamed ? FOR_ON : FOR);
  if (accused.length === 0) return NONE;
  const forAt = obliqueNodes(p, i, "for")[0];
  return [
    {
      ...base,
      cue: forAt === undefined ? [i] : [i, ...dependentsOf(p.parse, forAt, "case")],
      accuser: agentRole(p, i),
      activeVerb: !passive,
      accused,
      matter: matterAt(p, forAt),
      basis: `“${t.text}”: ${passive ? "the passive's subject is blamed" : "subject and object"}`,
    },
  ];
}

/** "X accused Y of Z", "accusing Ruritania’s leaders of …", "Y was accused of Z by X". */
export function accusePattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || !lang.blame.accuseVerbs.has(t.lemma) || !isVerb(t)) return NONE;
  // Pre-test (pre-tests.ts): the accused is one of the sentence's mentions.
  if (!hasMention(p.sentence)) return NONE;
  const passive = passiveAt(p, i);
  const accuser = agentRole(p, i);
  const accused = patientRoles(p, i, OF);
  const object = objectOf(p.parse, i);
  if (accused.length === 0 && object !== null && !passive) {
    const body = describedBody(input, object, i, accuser?.mention);
    if (body) accused.push({ mention: body, link: "role", reading: "parse" });
  }
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "accuses",
      cue: [i],
      accuser,
      activeVerb: !passive,
      accused,
      matter: matterAt(p, obliqueNodes(p, i, "of")[0]),
      strength: EXPLICIT,
      predicate: i,
      basis: `“${t.text}”: ${passive ? "the passive's subject is accused" : "subject and object"}`,
    },
  ];
}

/** The parties after a multi-word verb of criticism: "rail against Y", "lash out at Y", "take aim at Y". */
function phraseTargets(input: PatternInput, i: number, particle: string): Party[] {
  const { p } = input;
  if (/^(?:against|after|into)$/.test(particle)) return obliqueRoles(p, i, [particle], 4);
  // "lash out at", "take aim at", "hit out at": the particle follows the verb, the target "at".
  const next = findWord(p.sentence.tokens, i + 1, particle, 3);
  return next < 0 ? [] : obliqueRoles(p, next, ["at"], 3);
}

/** True when a verb that also names a physical act ("attacked", "hit") is criticism here: a person acts or is its target, or it is for something said or done. */
function criticismSense(
  input: PatternInput,
  accuser: Party | undefined,
  accused: readonly Party[],
  matter: string | null,
): boolean {
  const person = (party: Party | undefined) => !!party && isPerson(input, party.mention);
  return matter !== null || person(accuser) || accused.some(person);
}

/** "knocked X out of the race", "hit back", "slammed the door": a particle makes a physical verb literal. */
function literal(input: PatternInput, i: number): boolean {
  const { p } = input;
  if (dependentsOf(p.parse, i, "compound:prt").length > 0) return true;
  const out = findWord(p.sentence.tokens, i + 1, "out", 8);
  return out >= 0 && tok(p, out + 1)?.normal === "of";
}

/** "X criticised/condemned/slammed Y (for Z)", "Y was criticised by X", "rail against Y". */
export function criticisePattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  // Pre-test (pre-tests.ts): the one criticised is one of the sentence's mentions; for a verb of a
  // physical act, criticismSense below also needs a person among them or a "for"/"over" matter.
  if (!t || !isVerb(t) || !hasMention(p.sentence)) return NONE;
  if (
    lang.blame.physicalCriticiseVerbs.has(t.lemma) &&
    !hasMention(p.sentence, (m) => isPerson(input, m)) &&
    !hasWord(p.sentence, "for", "over")
  )
    return NONE;
  let accused: Party[] = [];
  let passive = false;
  if (lang.blame.criticiseVerbs.has(t.lemma)) {
    passive = passiveAt(p, i);
    accused = patientRoles(p, i, FOR_OVER);
  } else {
    for (const [verb, particle] of lang.blame.criticisePhrases)
      if (t.lemma === verb && accused.length === 0) accused = phraseTargets(input, i, particle);
  }
  if (accused.length === 0) return NONE;
  const accuser = agentRole(p, i);
  const matter = matterAt(p, obliqueNodes(p, i, "for", "over")[0]);
  // "attack", "hit", "blast" name physical acts too: "militants attacked the consulate" is no criticism.
  if (
    lang.blame.physicalCriticiseVerbs.has(t.lemma) &&
    (literal(input, i) || !criticismSense(input, accuser, accused, matter))
  )
    return NONE;
  return [
    {
      kind: "criticises",
      cue: [i],
      accuser,
      activeVerb: !passive,
      accused,
      matter,
      strength: EXPLICIT,
      predicate: i,
      basis: `“${t.text}”: ${passive ? "the passive's subject is criticised" : "subject and object"}`,
    },
  ];
}

/** Words that can start any reader (lemmas or forms): other tokens are skipped at once. */
export const TRIGGERS: ReadonlySet<string> = new Set([
  ...lang.blame.blameVerbs,
  ...lang.blame.accuseVerbs,
  ...lang.blame.criticiseVerbs,
  ...lang.blame.criticisePhrases.map(([verb]) => verb),
  ...lang.blame.criticismNouns,
  "hold",
  ...lang.blame.holdAdjectives,
  ...lang.blame.pointVerbs.keys(),
  ...lang.blame.causeVerbs,
  ...lang.blame.threatNouns,
  ...lang.blame.blamingPossessed,
  ...[...lang.blame.criticisingPossessed].map((phrase) => phrase.split(" ")[0] ?? phrase),
  ...lang.blame.rejectVerbs,
  ...lang.blame.namingVerbs,
  ...lang.blame.accusationNouns,
  ...lang.blame.claimVerbs,
]);

/** All readers, in the order their results are preferred. */
export const PATTERNS = [
  rejectPattern,
  namingPattern,
  falseClaimPattern,
  noRolePattern,
  holdPattern,
  blamePattern,
  accusePattern,
  claimPattern,
  pointPattern,
  causePattern,
  threatPattern,
  possessedPattern,
  criticisePattern,
  criticismNounPattern,
] as const;
