import { type Mention } from "../actors";
import { caseOf, dependentsOf, headOf, objectOf, subjectOf } from "../syntax";
import { agentRole, nounObjectRoles, obliqueRoles, passiveAt } from "./roles";
import { isRole, type Party, possessorOf } from "./parse-parties";
import { type Candidate, NONE, type PatternInput, tok } from "./pattern-parts";
import { hasLemma, hasMention } from "./pre-tests";
import { lang } from "../lang";

/**
 * Nouns of criticism — "criticism of Y", "X's condemnation of Y", "Y drew criticism from X",
 * "had harsh words for Y" — and who makes it: the noun's owner or "from"/"by" phrase, or the
 * subject of the verb that voices it, read from the parse (blame-patterns.ts gathers the readers).
 */

/** A noun of criticism ("criticism of X"): explicit, but its accuser is often only nearby. */
const NOUN_OF_CRITICISM = 0.8;

/** True for a noun of criticism: one of the list, or a word of speech qualified as harsh ("harsh words"). */
function criticismNoun(p: PatternInput["p"], i: number): boolean {
  const t = tok(p, i);
  if (!t || t.pos !== "NOUN") return false;
  if (lang.blame.criticismNouns.has(t.lemma)) return true;
  return (
    lang.blame.harshSpeechNouns.has(t.lemma) &&
    dependentsOf(p.parse, i, "amod", "compound").some((a) =>
      lang.blame.harshAdjectives.has(tok(p, a)?.normal ?? ""),
    )
  );
}

/**
 * The verb a noun of criticism is an argument of, and how: its object ("voiced criticism of Y",
 * "had harsh words for Y"), the "with" phrase of a verb that has an object of its own, which says
 * how its subject did it ("opened the hearing with criticism of Y" — the parser often hangs that
 * phrase from the object), or some other phrase ("responded to criticism of Y").
 */
function governingVerb(
  p: PatternInput["p"],
  i: number,
): { verb: number; role: "object" | "means" | "other" } | null {
  const head = headOf(p.parse, i);
  if (head === null) return null;
  const isVerbAt = (k: number) => /^(?:VERB|AUX)$/.test(tok(p, k)?.pos ?? "");
  const withPhrase = caseOf(p.parse, i) === "with";
  if (isVerbAt(head)) {
    if (objectOf(p.parse, head) === i) return { verb: head, role: "object" };
    if (!isRole(p, i, "obl")) return null;
    const means = withPhrase && objectOf(p.parse, head) !== null && !passiveAt(p, head);
    return { verb: head, role: means ? "means" : "other" };
  }
  const verb = headOf(p.parse, head);
  if (withPhrase && isRole(p, i, "nmod") && verb !== null && isVerbAt(verb))
    if (objectOf(p.parse, verb) === head && !passiveAt(p, verb)) return { verb, role: "means" };
  return null;
}

/** "criticism of Y", "X's condemnation of Y", "Y drew criticism from X", "shouted condemnation for Y's …". */
export function criticismNounPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || t.pos !== "NOUN") return NONE;
  if (!lang.blame.criticismNouns.has(t.lemma) && !lang.blame.harshSpeechNouns.has(t.lemma))
    return NONE;
  // Pre-test (pre-tests.ts): the one criticised is a mention, or the subject of a verb of receiving.
  if (!hasMention(p.sentence) && !hasLemma(p.sentence, lang.blame.receivingVerbs)) return NONE;
  if (!criticismNoun(p, i)) return NONE;
  let accused = nounObjectRoles(p, i, ABOUT);
  // The critic: the noun's owner ("X's criticism of"), its "from"/"by" phrase, or the subject of
  // the verb that voices it ("X voiced criticism of", "X opened the hearing with criticism of");
  // the subject of a verb of receiving is the one criticised instead ("Y drew criticism from X").
  let voicedBy = false;
  let accuser: Party | undefined =
    nounObjectRoles(p, i, FROM)[0] ??
    (possessorOf(p, i) ? { mention: possessorOf(p, i) as Mention, link: "role" } : undefined);
  const governed = governingVerb(p, i);
  const verb = governed?.verb ?? null;
  const lemma = verb === null ? "" : (tok(p, verb)?.lemma ?? "");
  // "leveled criticism at Y", "directed her criticism at Y": a verb of aiming names the criticised after "at".
  if (accused.length === 0 && governed?.role === "object" && lang.blame.aimingVerbs.has(lemma))
    accused = obliqueRoles(p, governed.verb, ["at"], 4);
  let notBy: number | undefined;
  if (verb !== null && lang.blame.receivingVerbs.has(lemma)) {
    if (accused.length === 0) accused = patientOrSubject(p, verb);
  } else if (!accuser && governed && verb !== null) {
    // A verb that answers criticism ("rejected criticism of Y", "disputed the criticism") has
    // the one who answers as its subject, not the critic; neither has a phrase other than its
    // object or its means ("responded to criticism of Y").
    const answers = lang.blame.rejectVerbs.has(lemma) || lang.hedges.disputingVerbs.has(lemma);
    if (governed.role !== "other" && !answers) accuser = agentRole(p, verb);
    // Nor is the subject of such a verb of speech the source of the criticism ("responded to").
    else notBy = verb;
    // The verb has a subject that names no one the engine knows ("the Doe camp has lobbed
    // criticism of Y"), or one that is not the critic: the sentence names someone, the relation
    // names no critic; judged samples E and F had it wrong as an unnamed critic at full strength.
    voicedBy = !accuser && subjectOf(p.parse, verb, { inherit: false }) !== null;
  }
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "criticises",
      cue: [i],
      accuser,
      accused,
      matter: null,
      strength: NOUN_OF_CRITICISM,
      predicate: i,
      activeVerb: voicedBy,
      notBy,
      basis: `“${t.text}”: a noun of criticism and its object`,
    },
  ];
}

/** The one a verb of receiving has receive the criticism: its subject. */
function patientOrSubject(p: PatternInput["p"], verb: number): Party[] {
  const role = agentRole(p, verb);
  return role ? [role] : [];
}

const ABOUT = lang.blame.criticismPrepositions;
const FROM: ReadonlySet<string> = new Set(["from", "by"]);
