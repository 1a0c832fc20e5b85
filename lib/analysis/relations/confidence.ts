import { type Mention } from "../actors";
import type { Blame } from "../schema";
import type { Hedge } from "./cue-context";
import { linkWeight, type Candidate } from "./pattern-parts";
import type { Party } from "./parse-parties";

/**
 * A relation's confidence, 0–1: the strength of its cue's evidence (an explicit blame predicate
 * with both parties in grammatical roles is strongest, an evaluative word whose target the grammar
 * reaches only through a modifier weakest), times how each party was reached (a name in a role, an
 * owner, a pronoun resolved by coreference, a quote's speaker), times the hedges on the cue's
 * clause (negation, condition, question, plan, modal). Calibrated by hand-judged samples: at 0.7
 * and above, relations were right at least 90 % of the time (see eval/audit/).
 */

/** Below this, a relation is not kept at all: the evidence does not relate anyone. */
export const KEEP = 0.25;

/** Where the accuser came from. */
export type AccuserEvidence =
  | "grammar"
  | "frame"
  | "document"
  | "speaker"
  | "speaker-unresolved"
  | "clause"
  | "no-speaker"
  | "unattributed"
  | "no-subject"
  | "outlet";

const ACCUSER_WEIGHT: Record<AccuserEvidence, number> = {
  grammar: 1,
  frame: 0.95,
  document: 0.9,
  speaker: 0.95,
  "speaker-unresolved": 0.85,
  clause: 0.85,
  "no-speaker": 0.6,
  unattributed: 1,
  "no-subject": 0.55,
  outlet: 0.9,
};

const isPronoun = (m: Mention | null | undefined) => m?.form === "pronoun";

/**
 * Coreference is surer for "he"/"she" than for "it", and least sure for "they". Calibrated on the
 * hand-judged sample (eval/audit/blame-polnear-dev.md): a third of the confident relations whose
 * party was a pronoun or a description ("the Democratic nominee", "her opponent") had it resolved
 * to the wrong actor, against one in twenty for names, so a party reached by coreference keeps an
 * explicit predicate below CONFIDENT_BLAME.
 */
function pronounWeight(text: string): number {
  const word = text.toLowerCase();
  if (/^(?:they|them|their|theirs)$/.test(word)) return 0.65;
  if (/^(?:it|its)$/.test(word)) return 0.7;
  return 0.75;
}

/** A description resolved to an actor ("the Democratic nominee", "her opponent"): as sure as a pronoun. */
const DESCRIBED = 0.75;

/** The weight of how a party was reached: pronouns rest on coreference, and one left unresolved names nobody. */
function partyWeight(party: Party | undefined): number {
  if (!party) return 1;
  let weight = linkWeight(party);
  if (isPronoun(party.mention))
    weight *= party.mention.actor ? pronounWeight(party.mention.text) : 0.6;
  else if (party.mention.form === "definite" || party.mention.form === "nominal")
    weight *= DESCRIBED;
  return weight;
}

/**
 * Evidence that never makes a relation confident, however well its parties are placed: it caps
 * the confidence below CONFIDENT_BLAME but keeps the relation (a cap, so it never drops one).
 * Calibrated on the hand-judged samples (eval/audit/blame-polnear-dev.md):
 * - responsibility read from "pointed to", "linked … to", "by", "threats from" — no verb of blame —
 *   was right in one of four confident relations ("a town hall sponsored by X", "pointed to a poll");
 * - a party named through another's possessive ("X's attorney, Y") may be resolved to the owner;
 * - a person the article names only by surname may be another person of that surname (see
 *   named-in-article.ts);
 * - a denial or rejection with no denier found (the outlet's voice) was wrong in both confident
 *   cases judged (samples E and F): a campaign's denial whose subject was missed, and a plain
 *   negative statement in the narration ("X was not involved in …") that nobody denies;
 * - a rejected claim with nobody named as its accused was right in one of three confident cases
 *   (samples D and E): "rebut the claim of progress" rejects no accusation at all.
 */
const NOT_CONFIDENT = 0.65;

/** Kinds that are someone's speech act of denial: without the denier, not confident. */
const DENIALS: ReadonlySet<Blame["kind"]> = new Set([
  "rejects-accusation",
  "denies-responsibility",
]);

/** Accusers that stand in for a clause's own subject: the frame's source, the quote's speaker, the clause around. */
const STAND_INS: ReadonlySet<AccuserEvidence> = new Set([
  "frame",
  "document",
  "speaker",
  "speaker-unresolved",
  "clause",
]);

/**
 * A noun of criticism whose critic is only the source that reports it ("there has been wide
 * criticism of Y, X said"; "X told reporters Y faced criticism"): X may report it, not make it.
 */
const reportedCritic = (c: Candidate, evidence: AccuserEvidence): boolean =>
  !!c.criticNamedByNoun && STAND_INS.has(evidence);

/** True for a party written as someone else's ("X's attorney, Y"): its actor may be the owner's. */
const throughPossessive = (party: Party | undefined): boolean =>
  !!party && /['’]s\s+\S/.test(party.mention.text);

export interface Weighed {
  confidence: number;
  basis: string;
}

/** The confidence of one relation of a candidate, and what it rests on in words. */
export function weigh(
  c: Candidate,
  accused: Party | undefined,
  accuser: Party | undefined,
  accuserEvidence: AccuserEvidence,
  hedges: readonly Hedge[],
  /** A party is a person the article does not name itself: resolved from elsewhere in the story. */
  elsewhere = false,
): Weighed {
  let value = c.strength * partyWeight(accused) * ACCUSER_WEIGHT[accuserEvidence];
  if (accuserEvidence === "grammar") value *= partyWeight(accuser);
  for (const h of hedges) value *= h.factor;
  const capped =
    c.kind === "attributes-responsibility" ||
    throughPossessive(accused) ||
    throughPossessive(accuser) ||
    elsewhere ||
    (DENIALS.has(c.kind) && accuserEvidence === "outlet") ||
    (c.kind === "rejects-accusation" && !accused) ||
    reportedCritic(c, accuserEvidence);
  if (capped) value = Math.min(value, NOT_CONFIDENT);
  const notes = [c.basis];
  for (const [role, party] of [
    ["accused", accused],
    ["accuser", accuserEvidence === "grammar" ? accuser : undefined],
  ] as const) {
    if (party?.reading === "window") notes.push(`${role} read in the words only, not the parse`);
    if (party?.reading === "disputed") notes.push(`parse and words disagree on the ${role}`);
  }
  if (accused?.link === "possessor") notes.push("the accused owns what is criticised");
  if (accused?.link === "member") notes.push("the accused is named as a modifier");
  if (isPronoun(accused?.mention))
    notes.push(`“${accused?.mention.text ?? ""}” resolved by coreference`);
  if (accuserEvidence === "speaker") notes.push("accuser: the quote's speaker");
  if (accuserEvidence === "speaker-unresolved")
    notes.push("accuser: a speaker not resolved to an actor");
  if (accuserEvidence === "clause")
    notes.push("accuser: the subject of the clause around the quote");
  if (accuserEvidence === "no-subject") notes.push("no accuser read in the sentence");
  if (accuserEvidence === "no-speaker") notes.push("no speaker found for the quote");
  if (accuserEvidence === "frame" || accuserEvidence === "document")
    notes.push("accuser: the source the sentence cites");
  for (const h of hedges) notes.push(h.note);
  if (c.kind === "attributes-responsibility") notes.push("responsibility, not a verb of blame");
  if (elsewhere) notes.push("a person the article does not name in full, resolved story-wide");
  if (DENIALS.has(c.kind) && accuserEvidence === "outlet") notes.push("no denier found");
  if (c.kind === "rejects-accusation" && !accused) notes.push("no accused named");
  if (throughPossessive(accused) || throughPossessive(accuser))
    notes.push("a party named through another's possessive");
  if (reportedCritic(c, accuserEvidence))
    notes.push("the critic is who reports the criticism, not who the noun names");
  return {
    confidence: Math.round(Math.min(1, Math.max(0, value)) * 100) / 100,
    basis: notes.join("; "),
  };
}

/** Keep the relation? */
export const kept = (w: Weighed): boolean => w.confidence >= KEEP;

export type { Blame };
