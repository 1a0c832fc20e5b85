import {
  accordingTo,
  dependentOf,
  dependentsOf,
  hasRelation,
  headOf,
  isPassive,
  passiveAgentOf,
  phraseOf,
  relationOf,
  subjectOf,
} from "../syntax";
import { isParticiple, isSpeechVerb, windowAround, type QuoteContext } from "../text";
import { invertedSubject } from "./inverted-subject";
import { isName } from "./noun-phrases";
import { canSpeak } from "./can-speak";
import {
  afterQuote,
  articleNoun,
  isPredicate,
  spacedDash,
  tok,
  type Candidate,
} from "./governor-parts";
import type { ParseUnit } from "./parse-units";
import { lang } from "../lang";
import { strandedSubject } from "./stranded-subject";

/** How a governor's agent was read: the subject, a passive's "by" phrase, or "according to X". */
export type AgentRole = "subject" | "agent" | "according";

/**
 * The subject of a participle the parse hung from a noun ("issued a new attack, stating …",
 * "punctuated his list by saying"): the subject of the clause the noun is in, unless the noun is
 * itself that subject ("officials speaking …") or a document ("a statement saying …").
 */
function participleSubject(ctx: QuoteContext, unit: ParseUnit, verb: number): number | null {
  const { parse, first } = unit;
  const token = tok(ctx, first + verb);
  if (!token || !isParticiple(token) || relationOf(parse, verb) !== "acl") return null;
  const noun = headOf(parse, verb);
  if (noun === null || hasRelation(parse, noun, "nsubj")) return null;
  if (lang.speech.documentNouns.has(tok(ctx, first + noun)?.lemma ?? "")) return null;
  let clause = headOf(parse, noun);
  while (clause !== null && !isPredicate(parse, clause)) clause = headOf(parse, clause);
  return clause === null ? null : subjectOf(parse, clause);
}

/** Words that open an adverbial participle: "…, before adding", "after saying", "while noting". */
const PARTICIPLE_OPENERS = new Set([",", "before", "after", "while", "when", "by"]);

/**
 * "The official was quoted as saying", "quoted the official as saying": a participle opened by
 * "as" after a verb with an object speaks for that object.
 */
function asSayingSubject(
  ctx: QuoteContext,
  unit: ParseUnit,
  verb: number,
  speaking: (i: number | null) => i is number,
): { object: number; participle: number } | null {
  const { parse, first } = unit;
  const asSaying = (i: number) => {
    const token = tok(ctx, first + i);
    return (
      token !== undefined &&
      isParticiple(token) &&
      isSpeechVerb(token) &&
      tok(ctx, first + i - 1)?.normal === "as"
    );
  };
  // The participle itself, or a verb with one below it ("quoted the official as saying “…”",
  // parsed with the quote hung from "quoted").
  const participle = asSaying(verb) ? verb : dependentsOf(parse, verb, "advcl").find(asSaying);
  const head = participle === undefined ? null : participle === verb ? headOf(parse, verb) : verb;
  const object = head === null ? null : dependentOf(parse, head, "obj");
  return speaking(object) && participle !== undefined ? { object, participle } : null;
}

/**
 * A participle set off by a comma or opened by "before", "after", "while" ("The ministry renewed
 * its advisory urging travellers not to go, saying …", "Ruiz said the cuts help the rich, before
 * adding …") speaks for the sentence's main clause, whatever the parse hung it from: the subject
 * of the highest clause above it that has one who can speak.
 */
function commaParticipleSubject(
  ctx: QuoteContext,
  unit: ParseUnit,
  verb: number,
  speaking: (i: number | null) => i is number,
): number | null {
  const { parse, first } = unit;
  const token = tok(ctx, first + verb);
  // American style closes the quote after its comma ("… a “reckless plan,” saying …"): the
  // opener is the word before any closing quote marks.
  let before = verb - 1;
  while (before > 0 && /^[”"’']$/.test(tok(ctx, first + before)?.text ?? "")) before -= 1;
  const opener = tok(ctx, first + before)?.normal ?? "";
  if (!token || !isParticiple(token) || !PARTICIPLE_OPENERS.has(opener)) return null;
  if (dependentOf(parse, verb, "nsubj") !== null) return null;
  let found: number | null = null;
  // A subordinate clause's subject only when no clause above it has one who can speak ("The
  // first incident came when protesters interrupted her, shouting “…”": an incident says nothing).
  let nearest: number | null = null;
  for (let up = headOf(parse, verb); up !== null; up = headOf(parse, up)) {
    const subject = dependentOf(parse, up, "nsubj");
    if (!isPredicate(parse, up) || !speaking(subject)) continue;
    if (!subordinate(ctx, unit, subject)) found = subject;
    else nearest ??= subject;
  }
  return found ?? nearest;
}

/**
 * A subject opened by a subordinator ("As Ruiz spoke, the union …, urging …", which the parser
 * may hang with "spoke" on top and "As" as Ruiz's case): its clause tells when or why, whatever
 * the parse says, and is not the main clause a participle speaks for.
 */
export function subordinate(ctx: QuoteContext, unit: ParseUnit, subject: number): boolean {
  const { parse, first } = unit;
  const start = phraseOf(parse, subject).start;
  return [start - 1, start].some((k) =>
    lang.functionWords.subordinators.has(tok(ctx, first + k)?.normal ?? ""),
  );
}

/**
 * "… has been called “…” by Ruiz": the "by" phrase of a passive that the parse hung from the
 * quote's closing mark rather than from the verb. Read along the outlet's words after the verb,
 * past the quote's own words, up to the first other verb or clause break.
 */
function byAfterQuote(ctx: QuoteContext, unit: ParseUnit, verb: number): number | null {
  const { parse, first } = unit;
  const level = tok(ctx, first + verb)?.depth;
  // Only past the quote: a "by" phrase right after the verb is the parse's to hang.
  let passed = false;
  for (let k = verb + 1; k < parse.heads.length; k += 1) {
    const token = tok(ctx, first + k);
    if (!token) return null;
    if (token.depth !== level || /^[“”"‘’']$/.test(token.text)) {
      passed = passed || token.depth !== level;
      continue;
    }
    if (token.normal === "by" && relationOf(parse, k) === "case")
      return passed ? headOf(parse, k) : null;
    if (/^(?:VERB|AUX)$/.test(token.pos) || /^[,;:.!?—–()]$/.test(token.text)) return null;
  }
  return null;
}

/** How far up a participle or a conjunct looks for the speech verb whose subject it shares. */
const MAX_REPORT_CLIMB = 6;

/**
 * A speech participle or a speech conjunct with no subject of its own ("Ruiz said the plan was
 * “dead,” noting …", "…, Ruiz said, adding …", "Ruiz said the firm broke the rules and accused
 * it of “…”") speaks for the nearest speech verb above it that has a subject who can speak: the
 * one reporting, not the subject of the clause reported between them, nor the main clause's
 * subject when the report is set in it as an aside ("The talks will resume, Ruiz said, adding").
 */
function reportingSubject(
  ctx: QuoteContext,
  unit: ParseUnit,
  verb: number,
  speaking: (i: number | null) => i is number,
): number | null {
  const { parse, first } = unit;
  const token = tok(ctx, first + verb);
  if (!token || dependentOf(parse, verb, "nsubj") !== null) return null;
  if (!isParticiple(token) && !hasRelation(parse, verb, "conj")) return null;
  let up = headOf(parse, verb);
  for (let steps = 0; up !== null && steps < MAX_REPORT_CLIMB; steps += 1) {
    const above = tok(ctx, first + up);
    if (
      above &&
      up < verb &&
      isPredicate(parse, up) &&
      isSpeechVerb(above) &&
      !articleNoun(ctx, first + up)
    ) {
      const subject = dependentsOf(parse, up, "nsubj").find(
        (i) => speaking(i) && !hasRelation(parse, i, "nsubj:pass"),
      );
      if (subject !== undefined) return subject;
    }
    up = headOf(parse, up);
  }
  return null;
}

/** Who does the verb: the "by" agent of a passive, the subject, or X of "according to X". */
export function agentOf(
  ctx: QuoteContext,
  unit: ParseUnit,
  candidate: Candidate,
  usable: (i: number | null) => i is number,
  depth = 0,
): { agent: number; role: AgentRole; verb?: number } | null {
  const { parse, first } = unit;
  const verb = candidate.verb;
  const speaking = (i: number | null): i is number =>
    usable(i) && canSpeak(ctx, first + i, candidate.speech);
  if (candidate.named) {
    // "Ruiz: “…”", "HEADLINE — Ana Ruiz: “…”", "Here is Ruiz in 1992: “…”": the first name of
    // the line's last stretch (after a dash or an earlier colon); else the nearest word that speaks.
    // Not a type guard: a failed test must not narrow the index to `never`.
    const speaksAt = (k: number): boolean => speaking(k);
    // A hyphen joined to the word before it ("(R-Ohio):", a party tag) is no dash.
    const breaks = (k: number): boolean =>
      tok(ctx, first + k)?.text === ":" || spacedDash(ctx, first + k);
    let start = verb - 1;
    while (start > 0 && !breaks(start - 1)) start -= 1;
    for (let k = start; k < verb; k += 1) {
      if (!isName(ctx, first + k) || !speaksAt(k)) continue;
      // A lone capitalised word opening the line ("Former secretary Ana Ruiz:") is not a name.
      if (k === start && k + 1 < verb && !isName(ctx, first + k + 1)) continue;
      // The name's last word, as the reader reads a name back from its end.
      let end = k;
      while (end + 1 < verb && isName(ctx, first + end + 1) && speaksAt(end + 1)) end += 1;
      return { agent: end, role: "subject" };
    }
    let i = verb - 1;
    while (i >= 0 && !speaksAt(i)) i -= 1;
    return i >= 0 ? { agent: i, role: "subject" } : null;
  }
  if (isPassive(parse, verb)) {
    const agent = passiveAgentOf(parse, verb) ?? byAfterQuote(ctx, unit, verb);
    if (speaking(agent)) return { agent, role: "agent" };
  }
  // ", said Tom Beck." / "Said Beck, “…”": an inverted reporting clause, whatever the parse hung
  // before the verb.
  if (candidate.speech && !candidate.after) {
    const inverted = invertedSubject(ctx, windowAround(ctx, first + verb), first + verb);
    const head = inverted === null ? null : inverted.end - 1 - first;
    if (speaking(head)) return { agent: head, role: "subject" };
  }
  const quoted = asSayingSubject(ctx, unit, verb, speaking);
  if (quoted !== null) return { agent: quoted.object, role: "subject", verb: quoted.participle };
  // The verb's own subject outside the quote ("It isn't,” Ruiz said" may parse "It" as one too);
  // none for a passive, whose subject is spoken to ("Ruiz was asked", however the parse labels it).
  const own = isPassive(parse, verb)
    ? undefined
    : dependentsOf(parse, verb, "nsubj").find(
        (i) => speaking(i) && !hasRelation(parse, i, "nsubj:pass"),
      );
  if (own !== undefined) return { agent: own, role: "subject" };
  const reporter = candidate.speech ? reportingSubject(ctx, unit, verb, speaking) : null;
  if (reporter !== null) return { agent: reporter, role: "subject" };
  // "“…,” said a senior official", "“…,” Ruiz, a lawyer, said": after a quote, the first word
  // that speaks after it, however the parse hung it; not after a participle, which never has its
  // subject after it ("“…,” noting that it …": "it" is what is noted).
  const verbToken = tok(ctx, first + verb);
  if (candidate.after && candidate.speech && verbToken && !isParticiple(verbToken)) {
    const level = tok(ctx, first + verb)?.depth;
    for (let i = candidate.after.from; i < parse.heads.length; i += 1) {
      if (i === verb || tok(ctx, first + i)?.depth !== level) continue;
      if (speaking(i)) return { agent: i, role: "subject" };
    }
  }
  if (!isPassive(parse, verb)) {
    const subject =
      commaParticipleSubject(ctx, unit, verb, speaking) ??
      participleSubject(ctx, unit, verb) ??
      // A clause of the outlet's words with no subject, set beside another ("Ruiz waved, then
      // leaned in and boomed: “…”"), shares that clause's subject, as a conjunct does; only verbs
      // outside quotes are climbed, so a quote's own clause never takes the reporter.
      subjectOf(parse, verb, {
        sideClause: (head) =>
          tok(ctx, first + head)?.pos === "VERB" &&
          tok(ctx, first + head)?.depth === tok(ctx, first + verb)?.depth,
      });
    // "The ad hits Berg for taking “…”": who does a verb that does not speak by being the
    // object of another (control, or a clause hung on the object) acts, but does not word the
    // quote; the one whose object it is does. So does a speech verb's, when the object cannot
    // speak ("used the hearing to demand “…”").
    const controller =
      (!candidate.speech || !speaking(subject)) &&
      subject !== null &&
      hasRelation(parse, subject, "obj", "iobj")
        ? subjectOf(parse, headOf(parse, subject) ?? subject)
        : null;
    if (speaking(controller)) return { agent: controller, role: "subject" };
    if (speaking(subject)) return { agent: subject, role: "subject" };
  }
  const stranded = strandedSubject(ctx, unit, verb, speaking);
  if (stranded !== null) return { agent: stranded, role: "subject" };
  const according = accordingTo(parse, verb);
  if (speaking(according)) return { agent: according, role: "according" };
  // "…,” said Ruiz, urging them to “…”": a participle with no subject of its own in the parse
  // speaks for the speech verb before it in the sentence.
  const token = tok(ctx, first + verb);
  if (!token || !isParticiple(token) || depth > 2) return null;
  for (let v = verb - 1; v >= 0; v -= 1) {
    const before = tok(ctx, first + v);
    if (!before || before.depth !== token.depth || !isSpeechVerb(before, true)) continue;
    const after = afterQuote(ctx, unit, v, null);
    return agentOf(ctx, unit, { verb: v, speech: true, direct: false, after }, usable, depth + 1);
  }
  return null;
}
