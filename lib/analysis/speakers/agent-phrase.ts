import { dependentOf, hasRelation, headOf, phraseOf, relationOf } from "../syntax";
import { isParticiple, windowAround, type QuoteContext } from "../text";
import { isName, phraseEndingAt, type Phrase, type Subject } from "./noun-phrases";
import { subjectAfter, subjectBefore } from "./subjects";
import { canSpeak } from "./can-speak";
import { namedApposition } from "./named-apposition";
import { adjunctStart } from "./verb-adjuncts";
import { clauseSubject } from "./clause-subject";
import type { Governor } from "./governor";
import { lang } from "../lang";

/**
 * The phrase that names a governor's agent. The parse says which word speaks; how far its name
 * runs ("U.S. Secretary of State Tomas Berg", "Ina Kowal, a spokeswoman for …") is read by the
 * noun-phrase reader at the verb the agent is subject of, which knows news names better than a
 * parser trained on web text, and is kept only when it holds the parse's word.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

function plain(start: number, end: number, extra: Partial<Subject> = {}): Subject {
  return { start, end, appositive: null, pronoun: false, documentFrom: false, ...extra };
}

/** The name run holding token i, as a range ("Tomas Berg" for "Berg"). */
function nameRun(ctx: QuoteContext, i: number): Phrase {
  let start = i;
  let end = i + 1;
  const sentence = tok(ctx, i)?.sentence;
  while (isName(ctx, start - 1) && tok(ctx, start - 1)?.sentence === sentence) start -= 1;
  while (isName(ctx, end) && tok(ctx, end)?.sentence === sentence) end += 1;
  return { start, end };
}

/** The phrase from the parse alone: the agent's name run or noun, its modifiers before it, its appositive. */
function fromParse(ctx: QuoteContext, governor: Governor): Subject {
  const { parse, first } = governor.unit;
  const local = governor.agent - first;
  const run = isName(ctx, governor.agent)
    ? nameRun(ctx, governor.agent)
    : { start: governor.agent, end: governor.agent + 1 };
  const w = windowAround(ctx, governor.agent);
  const start = phraseEndingAt(ctx, w, run.end - 1) ?? run.start;
  const appos = dependentOf(parse, local, "appos");
  let appositive: Phrase | null = null;
  if (appos !== null && tok(ctx, first + phraseOf(parse, appos).start - 1)?.text === ",") {
    const span = phraseOf(parse, appos);
    appositive = { start: first + span.start, end: first + span.end };
  }
  return plain(Math.min(start, run.start), run.end, { appositive });
}

/** "A statement from the ministry said": the ministry, as the author of its document. */
function documentAuthor(ctx: QuoteContext, governor: Governor): Subject | null {
  const { parse, first } = governor.unit;
  const local = governor.agent - first;
  if (!lang.speech.documentNouns.has(tok(ctx, governor.agent)?.lemma ?? "")) return null;
  const author = dependentOf(parse, local, "nmod");
  if (author === null) return null;
  const marker = parse.children[author]?.find((c) => hasRelation(parse, c, "case"));
  const word = marker === undefined ? "" : (tok(ctx, first + marker)?.normal ?? "");
  if (word !== "from" && word !== "by") return null;
  const span = phraseOf(parse, author);
  // "from State Department spokeswoman Ina Kowal": the name the parse left outside the phrase.
  let end = first + span.end;
  if (!isName(ctx, end - 1) && isName(ctx, end)) end = nameRun(ctx, end).end;
  return plain(first + span.start, end, { documentFrom: true });
}

/**
 * "The ministry renewed its warning, saying …", "Ruiz released a statement saying …": a document
 * that is the object of a verb speaks for that verb's subject, who issued it.
 */
function documentIssuer(ctx: QuoteContext, governor: Governor): Subject | null {
  const { parse, first } = governor.unit;
  const local = governor.agent - first;
  if (!lang.speech.documentNouns.has(tok(ctx, governor.agent)?.lemma ?? "")) return null;
  if (!hasRelation(parse, local, "obj")) return null;
  const verb = headOf(parse, local);
  const issuer = verb === null ? null : dependentOf(parse, verb, "nsubj");
  if (verb === null || issuer === null || hasRelation(parse, issuer, "nsubj:pass")) return null;
  if (!canSpeak(ctx, first + issuer, true)) return null;
  const read = readAt(ctx, first + verb, first + issuer);
  if (read && read.start <= first + issuer && first + issuer < read.end) return read;
  return fromParse(ctx, { ...governor, agent: first + issuer });
}

/** The subject phrase the reader finds next to verb v, on the agent's side of it. */
function readAt(ctx: QuoteContext, v: number, agent: number): Subject | null {
  const w = windowAround(ctx, v);
  return v > agent ? subjectBefore(ctx, w, v) : subjectAfter(ctx, w, v);
}

/**
 * A phrase the reader found that cannot speak, when the parse's agent lies outside it ("That
 * theory, Ruiz continued, suggests …": the parse gives Ruiz, the reader "That theory"; "Critics
 * of the plan said": the reader stops at "the plan"; "said one former aide": at "one"). A role
 * noun tagged as an adjective ("the base chief") still speaks.
 */
function mute(ctx: QuoteContext, read: Subject, agent: number, speech: boolean): boolean {
  if (agent >= read.start && agent < read.end) return false;
  return tok(ctx, read.end - 1)?.pos !== "ADJ" && !canSpeak(ctx, read.end - 1, speech);
}

/**
 * True when the phrase the reader found next to the verb is the object of a relative clause's
 * verb, and the parse's agent comes before that clause: "the mayor who led the town said" is the
 * mayor's, and "Ned Gold, the data expert who founded voteline.com tweeted" Gold's, however the
 * parse hung the object.
 */
function inRelativeClause(ctx: QuoteContext, governor: Governor, read: Subject): boolean {
  const { parse, first } = governor.unit;
  const before = read.start - 1;
  if (governor.agent >= before || tok(ctx, before)?.pos !== "VERB") return false;
  return relationOf(parse, before - first) === "acl:relcl";
}

/**
 * The subject phrase for a governor's agent; a description subject named in apposition before
 * the verb ("The head of the Civic Trust, Mara Denholm, warned") gives the name.
 */
export function agentSubject(ctx: QuoteContext, governor: Governor): Subject {
  const subject = agentPhrase(ctx, governor);
  if (governor.role !== "subject") return subject;
  return namedApposition(ctx, governor.unit, subject, governor.agent, governor.verb) ?? subject;
}

function agentPhrase(ctx: QuoteContext, governor: Governor): Subject {
  const agent = governor.agent;
  const token = tok(ctx, agent);
  if (token?.pos === "PRON" && lang.functionWords.thirdPersonSubjects.has(token.normal))
    return plain(agent, agent + 1, { pronoun: true });
  const document = documentAuthor(ctx, governor) ?? documentIssuer(ctx, governor);
  if (document) return document;
  // "Here is Ruiz in 1992: “…”": no verb, the name the colon's line gives.
  if (tok(ctx, governor.verb)?.text === ":") return fromParse(ctx, governor);
  // "backs Dunn and in a statement thanked him": a document the words were said in is no
  // subject, whatever the parse hung on it; the conjunct's subject is the clause's.
  if (governor.role === "subject" && adjunctStart(ctx, agent) !== null) {
    const clause = clauseSubject(ctx, windowAround(ctx, governor.verb), governor.verb);
    if (clause) return clause;
  }
  if (governor.role === "subject") {
    // The phrase next to the verb is its subject even where the parse hung the subject on a
    // word before it ("On Sunday, Sen. Ana Ruiz said" parsed with "Sunday" as subject).
    // A conjunct with no subject of its own ("called it … and warned") shares its first verb's;
    // one joined by a comma alone is more often misparsed than a conjunct.
    const { parse, first } = governor.unit;
    const local = governor.verb - first;
    const conjunct =
      hasRelation(parse, local, "conj") &&
      dependentOf(parse, local, "nsubj") === null &&
      dependentOf(parse, local, "cc") !== null;
    const verbToken = tok(ctx, governor.verb);
    const finite =
      !conjunct &&
      verbToken !== undefined &&
      !isParticiple(verbToken) &&
      tok(ctx, governor.verb - 1)?.normal !== "to";
    const read = finite ? readAt(ctx, governor.verb, agent) : null;
    if (read && read.start > agent && agent < governor.verb) {
      // "A spokeswoman for Sen. Ana Ruiz said": the reader stops at "for", but the parse's
      // subject is the spokeswoman: the phrase runs from the agent's noun phrase to the name.
      const head = tok(ctx, agent);
      const from = phraseEndingAt(ctx, windowAround(ctx, agent), agent);
      if (
        head?.pos === "NOUN" &&
        from !== null &&
        /^(?:for|of|to|with)$/.test(tok(ctx, agent + 1)?.normal ?? "")
      )
        return plain(from, read.end, { appositive: read.appositive });
    }
    if (read && !mute(ctx, read, agent, governor.speech) && !inRelativeClause(ctx, governor, read))
      return read;
    // A participle or a conjunct ("…, saying", "and added"): the verb whose subject it shares.
    let verb = headOf(parse, agent - first);
    while (verb !== null && hasRelation(parse, verb, "flat", "compound", "appos"))
      verb = headOf(parse, verb);
    const shared = verb === null ? null : readAt(ctx, first + verb, agent);
    if (
      shared &&
      !mute(ctx, shared, agent, governor.speech) &&
      !inRelativeClause(ctx, governor, shared)
    )
      return shared;
  }
  return fromParse(ctx, governor);
}
