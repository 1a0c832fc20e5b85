import { type Mention } from "../actors";
import { caseOf, dependentsOf, headOf, objectOf, subjectOf } from "../syntax";
import { agentRole, nounObjectRoles, obliqueRoles, passiveAt } from "./roles";
import { isRole, mentionOn, partiesAt, type Party, possessorOf } from "./parse-parties";
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
    (possessorOf(p, i) ? { mention: possessorOf(p, i) as Mention, link: "role" } : undefined) ??
    relativeOwner(p, i) ??
    misattachedCritic(p, i);
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
    // Only a verb that voices it makes its subject the critic ("voiced criticism of Y"); one that
    // meets it ("noted", "cited", "heard criticism of Y") has a subject who only reports it.
    const voices =
      governed.role === "means" ||
      lang.blame.voicingVerbs.has(lemma) ||
      lang.blame.aimingVerbs.has(lemma);
    if (governed.role !== "other" && !answers && voices) accuser = agentRole(p, verb);
    // Nor is the subject of such a verb of speech the source of the criticism ("responded to").
    else notBy = verb;
    // The verb has a subject that names no one the engine knows ("the Doe camp has lobbed
    // criticism of Y"), or one that is not the critic: the sentence names someone, the relation
    // names no critic; judged samples E and F had it wrong as an unnamed critic at full strength.
    voicedBy = !accuser && subjectOf(p.parse, verb, { inherit: false }) !== null;
  }
  if (accused.length === 0) return NONE;
  // No critic in the noun's grammar, but one named after "from"/"by" further on ("faced
  // criticism, including from X"): X, read in the words only, so never a confident critic.
  if (!accuser && !voicedBy && notBy === undefined) accuser = laterCritic(p, i);
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
      // A critic the noun's grammar does not name is not the source that reports it ("there is
      // wide criticism of Y, X said", "X wrote that the criticism of Y was unfair").
      criticNamedByNoun: true,
      basis: `“${t.text}”: a noun of criticism and its object`,
    },
  ];
}

/** "X, whose criticism of Y …": the owner a relative "whose" stands for, the name before its comma. */
function relativeOwner(p: PatternInput["p"], noun: number): Party | undefined {
  const whose = dependentsOf(p.parse, noun, "det", "nmod:poss").find(
    (d) => tok(p, d)?.normal === "whose",
  );
  if (whose === undefined) return undefined;
  let k = whose - 1;
  while (k >= 0 && tok(p, k)?.text === ",") k -= 1;
  const m = mentionOn(p.sentence, k);
  return m ? { mention: m, link: "role", reading: "parse" } : undefined;
}

/**
 * A "by"/"from" phrase the parser hung from the one criticised rather than from the noun ("the
 * criticism of Y by X"): the critic all the same.
 */
function misattachedCritic(p: PatternInput["p"], noun: number): Party | undefined {
  for (const target of dependentsOf(p.parse, noun, "nmod")) {
    if (!ABOUT.has(caseOf(p.parse, target))) continue;
    for (const n of dependentsOf(p.parse, target, "nmod"))
      if (FROM.has(caseOf(p.parse, n))) {
        const party = partiesAt(p, n)[0];
        if (party) return { ...party, reading: "parse" };
      }
  }
  return undefined;
}

/** A mention after "from" or "by" within a few words after the noun, in its clause. */
function laterCritic(p: PatternInput["p"], noun: number): Party | undefined {
  for (let k = noun + 1; k < p.sentence.tokens.length && k <= noun + 8; k += 1) {
    const t = tok(p, k);
    if (!t || /^[.;:—–]$/.test(t.text)) return undefined;
    if (!FROM.has(t.normal)) continue;
    const m = mentionOn(p.sentence, k + 1) ?? mentionOn(p.sentence, k + 2);
    if (m?.actor) return { mention: m, link: "role", reading: "window" };
  }
  return undefined;
}

/** The one a verb of receiving has receive the criticism: its subject. */
function patientOrSubject(p: PatternInput["p"], verb: number): Party[] {
  const role = agentRole(p, verb);
  return role ? [role] : [];
}

const ABOUT = lang.blame.criticismPrepositions;
const FROM: ReadonlySet<string> = new Set(["from", "by"]);
