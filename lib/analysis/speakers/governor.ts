import {
  dependentOf,
  dependentsOf,
  hasRelation,
  headOf,
  isNegated,
  phraseOf,
  relationOf,
} from "../syntax";
import { isParticiple, isSpeechVerb, refusedBefore, type QuoteContext } from "../text";
import { agentOf, subordinate, type AgentRole } from "./governor-agent";
import { openingVerb } from "./opening-verb";
import {
  afterQuote,
  colonIntroduced,
  participleAfter,
  hanging,
  isPredicate,
  quoteHead,
  tok,
  type Candidate,
  type Region,
} from "./governor-parts";
import { asideStates, gapped, isClauseVerb, setOff, stated, thinks } from "./governor-thinking";
import { parseUnit, type ParseUnit } from "./parse-units";
import { reportedFirst } from "./reported-first";
import { isAsAside, putsIt } from "./speech-idioms";

/**
 * The verb that governs a quote, read off the dependency parse of the quote's sentence: the
 * quote is its complement ("said “…”", "“…,” X said"), its object or predicate ("called it a
 * “…”"), an oblique ("thanked him for “…”", "praised her as “…”"), or sits deeper in the clause
 * the verb heads ("pushed his promise of “…”"); and who does the verb: its subject, the "by"
 * agent of a passive, or X of "according to X". Whatever the verb; but a speech verb above the
 * quote's clause wins over the clause's own verb ("X says Y took money and “…”" is X's), and a
 * verb whose subject cannot speak ("the data suggest") gives way to one above it.
 */
export interface Governor {
  /** The governing predicate (index in ctx.tokens). */
  verb: number;
  /** The head of the phrase that does the verb (index in ctx.tokens). */
  agent: number;
  /** How the agent was read: the subject, a passive's "by" phrase, or "according to X". */
  role: AgentRole;
  /** The predicate is a speech verb. */
  speech: boolean;
  /** The quote is the predicate's argument (object, complement, oblique), not a word deep inside one. */
  direct: boolean;
  /** The parse the answer was read from. */
  unit: ParseUnit;
}

/** Speech verbs only when the quote is their argument: "called it a “…”", not "calling “every hour”". */
const ARGUMENT_ONLY = new Set(["call", "go", "read", "add", "continue", "offer", "finish"]);
/** Verbs that, as participles of a noun, give its name: "a group called", "a plan dubbed". */
export const NAMING = new Set(["call", "dub", "name", "title"]);
/** How far up from the quote's clause a speech verb may govern it. */
const MAX_CLIMB = 8;

/**
 * The predicates that may govern a quote hanging from `anchor`, best first: the speech verbs on
 * the way up from the quote's clause, nearest first, with those set in as asides ("Biden, Rubio
 * said, had been there “for years”"); then the verbs of thinking, feeling or perceiving whose
 * complement the clause is ("Park believes the bridge will open “in May”": Park's words, not
 * the bridge's) or set in as "as" asides ("As Park has pointed out, the toll is “too high”");
 * then the clause's own verb, whatever it is. `beside`: the quote is set beside its clause, not
 * in it (no verb of thinking states it).
 */
function governing(
  ctx: QuoteContext,
  unit: ParseUnit,
  anchor: number,
  argument: boolean,
  beside: boolean,
) {
  const { parse, first } = unit;
  const speaks = (i: number, direct: boolean) => {
    const token = tok(ctx, first + i);
    if (!token || (ARGUMENT_ONLY.has(token.lemma) && !direct)) return false;
    // "Berg cannot say that “…”, Ruiz added": words a subject does not say are not its own; nor
    // what it refuses to say ("refused to call it “…”").
    if (isNegated(parse, i) || refusedBefore(ctx.tokens, first + i)) return false;
    // "a book called “…”": a participle hung from a noun names it; no one speaks.
    if (
      NAMING.has(token.lemma) &&
      relationOf(parse, i) === "acl" &&
      !hasRelation(parse, i, "nsubj")
    )
      return false;
    return isSpeechVerb(token) || putsIt(ctx, parse, first, i);
  };
  let at: number | null = anchor;
  let direct = argument;
  while (at !== null && !isPredicate(parse, at)) {
    direct = false;
    at = headOf(parse, at);
  }
  if (at === null) return [];
  const clause = at;
  const found: Candidate[] = [];
  const thinking: Candidate[] = [];
  // Still climbing through what is stated only: complements ("believes [that the plan will
  // cost …]") and their conjuncts ("thinks [A] and [B]"), governor-thinking.ts; a clause hung on
  // a noun ("the fear that …") or asked ("wondered whether …") is nobody's statement, and
  // nothing above it makes it one.
  let complement = !beside;
  for (
    let up: number | null = clause, below: number | null = null, steps = 0;
    up !== null && steps < MAX_CLIMB;
    steps += 1
  ) {
    if (isPredicate(parse, up) && speaks(up, up === clause && direct))
      found.push({ verb: up, speech: true, direct: up === clause && direct });
    else if (below !== null && complement && thinks(ctx, unit, up, below))
      thinking.push({ verb: up, speech: false, direct: false });
    for (const aside of dependentsOf(parse, up, "parataxis"))
      if (speaks(aside, true)) found.push({ verb: aside, speech: true, direct: false });
    // "As Ruiz put it, the plan is “…”": an aside opened by "as" says the clause it is set in;
    // "As Ruiz has pointed out, …" states it.
    for (const aside of dependentsOf(parse, up, "advcl")) {
      if (!isAsAside(ctx, parse, first, aside)) continue;
      if (speaks(aside, true)) found.push({ verb: aside, speech: true, direct: false });
      else if (isClauseVerb(ctx, unit, aside) && gapped(ctx, unit, aside, null))
        thinking.push({ verb: aside, speech: false, direct: false });
    }
    // An adverbial clause is what the speaker did, not what was said ("Ruiz said, dismissing
    // the “…”"): a speech verb above it does not govern its words.
    const upToken = tok(ctx, first + up);
    const commaParticiple =
      upToken !== undefined && isParticiple(upToken) && tok(ctx, first + up - 1)?.text === ",";
    if (hasRelation(parse, up, "advcl", "acl") || commaParticiple) break;
    // "After Berg said that …, Ruiz said": a clause whose subject a subordinator opens is one,
    // however the parse hung it; no verb above it reports what it says.
    const subject = dependentOf(parse, up, "nsubj");
    if (isPredicate(parse, up) && subject !== null && subordinate(ctx, unit, subject)) break;
    // The steps below `up`; the one from `up` to its head is thinks()'s to judge.
    if (below !== null) complement &&= stated(ctx, unit, below);
    below = up;
    up = headOf(parse, up);
  }
  for (const c of thinking)
    if (c.verb !== clause && !found.some((f) => f.verb === c.verb)) found.push(c);
  // Not a speech verb that is negated: what its subject does not say is no one's there.
  const clauseToken = tok(ctx, first + clause);
  const unsaid = clauseToken !== undefined && isSpeechVerb(clauseToken) && isNegated(parse, clause);
  if (!unsaid && !found.some((c) => c.verb === clause))
    found.push({ verb: clause, speech: false, direct });
  return reportedFirst(ctx, unit, found);
}

/** The governor of quote q read in the unit holding wink sentence s, or null. */
function governorIn(ctx: QuoteContext, q: number, s: number): Governor | null {
  const at = ctx.spanTokens[q];
  const unit = parseUnit(ctx, s);
  if (!at || !unit) return null;
  const { parse, first } = unit;
  const region: Region = {
    lo: Math.max(at.open ?? at.first, first) - first,
    hi: Math.min(at.close ?? at.last - 1, first + unit.length - 1) - first,
  };
  if (region.lo > region.hi) return null;
  const top = quoteHead(parse, region);
  if (top === null) return null;
  const { head, anchor } = top;
  const level = ctx.spans[q]?.depth ?? 0;
  // The outlet's own words (at the quote's level), outside the quote; a phrase that holds the
  // quote does not say it ("the “so-called” deal angered …").
  const usable = (i: number | null): i is number => {
    if (i === null || (i >= region.lo && i <= region.hi)) return false;
    if (tok(ctx, first + i)?.depth !== level) return false;
    const phrase = phraseOf(parse, i);
    return phrase.end <= region.lo || phrase.start > region.hi;
  };
  const candidates: Candidate[] = [];
  if (anchor !== null) {
    // "… want to know, ‘Does he …?’", "… realized they were not coming, “he left”": a quote the
    // parse hung beside a clause, or as a complement parted from it by a comma, is no part of
    // what a verb of thinking above that clause states.
    // Not when the clause is what an "as" aside above it states ("As Ruiz has pointed out, the
    // toll is “…”"), which the parse sets beside the aside.
    const apart =
      (hasRelation(parse, head, "parataxis") && !asideStates(ctx, unit, head)) ||
      (hasRelation(parse, head, "ccomp") && setOff(ctx, unit, head));
    const argument = !hasRelation(parse, head, "acl", "advcl");
    const found = governing(ctx, unit, anchor, argument, apart);
    // After this quote, or, for the second half of a split quote, after the first ("“…,” Ruiz
    // added, “…”").
    for (const c of found)
      c.after = afterQuote(ctx, unit, c.verb, c.verb > region.hi ? region.hi : null);
    candidates.push(...found);
  }
  candidates.push(
    ...hanging(ctx, unit, region),
    ...colonIntroduced(ctx, unit, region),
    ...participleAfter(ctx, unit, region),
  );
  // A speech verb right before the quote's first mark opens it ("When Beck asked who would win,
  // Ruiz replied, “…”"), however the parse hung the quote's clause (here below "asked").
  const opener = openingVerb(ctx, unit, region.lo, level);
  if (opener !== null) {
    const known = candidates.find((c) => c.verb === opener);
    if (known) known.opens = true;
    else candidates.push({ verb: opener, speech: true, direct: true, opens: true });
    // A verb after a quote closed by "?" or "!" begins a sentence of its own ("Ruiz responded:
    // “Why now?” Critics cited it as …"): the verb that opened the quote says whose it is.
    const opening = tok(ctx, first + region.lo)?.sentence;
    for (const c of candidates)
      if (c.after && tok(ctx, first + c.verb)?.sentence !== opening) c.after = null;
  }
  // Speech verbs first; among them one right after the quote with only its subject between
  // ("…, saying they “…,” said Ruiz") or the one that opens it is the quote's own attribution.
  const rank = (c: Candidate) =>
    Number(c.speech) * 4 + Number(c.speech && c.after != null) * 2 + Number(c.opens === true);
  candidates.sort((a, b) => rank(b) - rank(a));
  // A quote set beside a verb that does not speak ("held a sign reading “Go home”", parsed as
  // parataxis) is not linked to it by grammar.
  const beside = hasRelation(parse, head, "parataxis") && !asideStates(ctx, unit, head);
  for (const candidate of candidates) {
    if (tok(ctx, first + candidate.verb)?.depth !== level) continue;
    // A colon introduces what follows ("Ruiz delivered a blunt message: “…”"): not merely beside.
    if (beside && !candidate.speech && !candidate.colon && headOf(parse, head) === candidate.verb)
      continue;
    const found = agentOf(ctx, unit, candidate, usable);
    if (!found) continue;
    return {
      verb: first + (found.verb ?? candidate.verb),
      agent: first + found.agent,
      role: found.role,
      speech: candidate.speech,
      direct: candidate.direct,
      unit,
    };
  }
  return null;
}

/** True when wink sentence s holds words of the quote's level outside the quote. */
function hasOwnWords(ctx: QuoteContext, q: number, s: number): boolean {
  const sentence = ctx.sentences[s];
  const at = ctx.spanTokens[q];
  const level = ctx.spans[q]?.depth ?? 0;
  if (!sentence || !at) return false;
  const open = at.open ?? at.first;
  const close = at.close ?? at.last - 1;
  for (let i = sentence.first; i < sentence.first + sentence.tokens.length; i += 1) {
    if (i >= open && i <= close) continue;
    const token = tok(ctx, i);
    if (token && token.depth === level && /[\p{L}\p{N}]/u.test(token.text)) return true;
  }
  return false;
}

/**
 * The governor of quote q: read in the sentence that opens it, then in the one that closes it
 * ("“… . …,” X said"). Only those are parsed, and only when they hold words outside the quote
 * (a sentence wink cut short is read with its rest: parse-units.ts).
 */
export function quoteGovernor(ctx: QuoteContext, q: number): Governor | null {
  const at = ctx.spanTokens[q];
  if (!at) return null;
  const opening = tok(ctx, at.open ?? at.first)?.sentence;
  const closing = tok(ctx, at.close ?? at.last - 1)?.sentence;
  const tried = new Set<ParseUnit>();
  for (const s of [opening, closing]) {
    if (s === undefined) continue;
    const unit = parseUnit(ctx, s);
    if (!unit || tried.has(unit)) continue;
    tried.add(unit);
    let own = false;
    for (let k = s; k >= 0 && (ctx.sentences[k]?.first ?? -1) >= unit.first && !own; k -= 1)
      own = hasOwnWords(ctx, q, k);
    for (
      let k = s + 1;
      (ctx.sentences[k]?.first ?? Infinity) < unit.first + unit.length && !own;
      k += 1
    )
      own = hasOwnWords(ctx, q, k);
    if (!own) continue;
    const found = governorIn(ctx, q, s);
    if (found) return found;
  }
  return null;
}
