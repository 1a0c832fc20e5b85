import { clauseSubject } from "./clause-subject";
import { atClauseStart, isName, phraseStartingAt, type Phrase, type Subject } from "./noun-phrases";
import { subjectBefore } from "./subjects";
import { usable, windowAround, type QuoteContext, type Window } from "../text";
import { groupAffiliation } from "./affiliation";
import { phraseText } from "./names";
import { lang } from "../lang";

/**
 * Who issued a document that "says" something: "the statement", "the
 * letter", "the advertisement" resolve to the person or group that put it
 * out, as the article tells it before or just after; and the speakers named
 * with a source rather than a speech verb ("according to X", "In a
 * statement, X …").
 */

/** Who a subject resolves to (the speaker fields of a speech). */
export interface Resolved {
  speaker: string;
  person: string | null;
  collective: boolean;
  bareName?: boolean;
  /** Set when the resolution already knows it (a pronoun's antecedent carries its own). */
  affiliation?: string | null;
}

/** The speaker finder's resolutions that the owner search builds on. */
export interface OwnerLookups {
  antecedent(pronoun: string, before: number): Resolved | null;
  named(phrase: Phrase): Resolved;
  resolve(subject: Subject, w: Window): Resolved | null;
}

/** True when two document nouns (lemmas) can name the same document. */
export function sameDocument(a: string, b: string): boolean {
  return a === b || lang.speech.documentKinds.some((kind) => kind.includes(a) && kind.includes(b));
}

/** How far after "the advertisement says" a later "Dana Kerr's ad" may still name its owner. */
const AHEAD = 150;

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];
const isPossessive = (ctx: QuoteContext, i: number) => /^['’]s$/.test(tok(ctx, i)?.text ?? "");

/** A name that can own a document: not a medium ("TV"). */
const ownerName = (ctx: QuoteContext, i: number) =>
  isName(ctx, i) && !lang.speakers.mediaWords.has(tok(ctx, i)?.normal ?? "");

/**
 * A name written before a document noun: "the ACLU resolution", "Berg’s
 * statement", and a possessor before name modifiers: "Dana Kerr's
 * Medicare ad" (Kerr's, not Medicare's).
 */
export function nameBefore(
  ctx: QuoteContext,
  noun: number,
  floor: number,
  lookups: OwnerLookups,
): Resolved | null {
  let end = noun;
  while (end - 1 >= floor && !ownerName(ctx, end - 1) && tok(ctx, end - 1)?.pos === "ADJ") end -= 1;
  let modifiers = end;
  while (modifiers - 1 >= floor && ownerName(ctx, modifiers - 1)) modifiers -= 1;
  if (modifiers < end && modifiers - 1 >= floor && isPossessive(ctx, modifiers - 1)) {
    let owner = modifiers - 1;
    while (owner - 1 >= floor && ownerName(ctx, owner - 1)) owner -= 1;
    if (owner < modifiers - 1) return lookups.named({ start: owner, end: modifiers - 1 });
  }
  if (end - 1 >= floor && isPossessive(ctx, end - 1)) end -= 1;
  let start = end;
  while (start - 1 >= floor && ownerName(ctx, start - 1)) start -= 1;
  return start < end ? lookups.named({ start, end }) : null;
}

/** The owner of one earlier mention of the document at token d: a name, "his", "from X", or "X released". */
function ownerAt(ctx: QuoteContext, d: number, lookups: OwnerLookups): Resolved | null {
  const w = windowAround(ctx, d);
  const owner = nameBefore(ctx, d, w.lo, lookups);
  if (owner) return owner;
  const pronoun = lang.functionWords.possessiveToPronoun[tok(ctx, d - 1)?.normal ?? ""];
  if (pronoun) return lookups.antecedent(pronoun, d - 1);
  const next = tok(ctx, d + 1);
  if (next && /^(from|by)$/.test(next.normal)) {
    const end = phraseStartingAt(ctx, w, d + 2);
    if (end !== null) return lookups.named({ start: d + 2, end });
  }
  for (let v = d - 1; v >= Math.max(w.lo, d - 9); v -= 1) {
    const verb = tok(ctx, v);
    if (
      verb?.pos === "VERB" &&
      (lang.speech.publishVerbs.has(verb.lemma) || lang.speech.verbs.has(verb.lemma))
    ) {
      const before = subjectBefore(ctx, w, v);
      // "professors connected to the school in Washington has sent": a phrase inside a
      // preposition is not the one who sent it.
      const opens = before !== null && (before.pronoun || atClauseStart(ctx, w, before.start));
      const subjectOfVerb = (opens ? before : null) ?? clauseSubject(ctx, w, v);
      const resolved = subjectOfVerb ? lookups.resolve(subjectOfVerb, w) : null;
      // A group keeps the party its name states ("the Republican caucus sent a letter").
      const party =
        subjectOfVerb && resolved?.person === null ? groupAffiliation(ctx, subjectOfVerb) : null;
      if (resolved)
        return {
          speaker: resolved.speaker,
          person: resolved.person,
          collective: resolved.collective,
          ...(party === null ? {} : { affiliation: party }),
        };
    }
  }
  return null;
}

/**
 * Who wrote "the statement": "X's statement", "a statement from X", "X
 * released a statement" earlier (the same document under another name
 * counts: "a television commercial" … "the advertisement"); failing that, a
 * later "X's ad" or "the ad from X" a few sentences on.
 */
export function documentOwner(
  ctx: QuoteContext,
  subject: Subject,
  lookups: OwnerLookups,
): Resolved | null {
  // "The Washington Post said", "the Post reported": a document noun written as a name's last
  // word (not merely opening the sentence) is a publication that speaks for itself.
  const head = tok(ctx, subject.end - 1);
  const opening = tok(ctx, subject.end - 2)?.sentence !== head?.sentence;
  if (head && /^\p{Lu}/u.test(head.text) && !opening) return null;
  const owner = writerOf(ctx, subject, lookups);
  // "the editorial … published Friday", "Monday’s speech": a day or a time wrote nothing.
  const word = owner?.speaker.toLowerCase() ?? "";
  return lang.time.weekdays.has(word) || lang.time.timePhraseWords.has(word) ? null : owner;
}

function writerOf(ctx: QuoteContext, subject: Subject, lookups: OwnerLookups): Resolved | null {
  const first = tok(ctx, subject.start);
  const possessive = first ? lang.functionWords.possessiveToPronoun[first.normal] : undefined;
  if (possessive) return lookups.antecedent(possessive, subject.start);
  for (let i = subject.start; i < subject.end; i += 1) {
    if (tok(ctx, i)?.pos === "PART" && isPossessive(ctx, i)) {
      const owner = {
        start: tok(ctx, subject.start)?.pos === "DET" ? subject.start + 1 : subject.start,
        end: i,
      };
      return owner.end > owner.start ? lookups.named(owner) : null;
    }
  }
  const lemma = tok(ctx, subject.end - 1)?.lemma ?? "";
  const modifier = nameBefore(ctx, subject.end - 1, subject.start, lookups);
  if (modifier) return modifier;
  for (let d = subject.start - 1; d >= Math.max(0, subject.start - 200); d -= 1) {
    const token = tok(ctx, d);
    if (!token || token.depth !== 0 || !sameDocument(token.lemma, lemma)) continue;
    const owner = ownerAt(ctx, d, lookups);
    if (owner) return owner;
  }
  // Ahead, quoted words count too: “Dana Kerr’s Medicare ad is dishonest,” a rival says of it.
  for (let d = subject.end; d < Math.min(ctx.tokens.length, subject.end + AHEAD); d += 1) {
    const token = tok(ctx, d);
    if (!token || !sameDocument(token.lemma, lemma)) continue;
    const w = windowAround(ctx, d);
    const owner = nameBefore(ctx, d, w.lo, lookups);
    if (owner) return owner;
    const next = tok(ctx, d + 1);
    const end = next && /^(from|by)$/.test(next.normal) ? phraseStartingAt(ctx, w, d + 2) : null;
    if (end !== null) return lookups.named({ start: d + 2, end });
  }
  return null;
}

/** "according to X" within a window: X as written. */
export function accordingTo(ctx: QuoteContext, w: Window): string | null {
  for (let i = w.lo; i + 2 < w.hi; i += 1) {
    if (
      !usable(ctx, w, i) ||
      tok(ctx, i)?.normal !== "according" ||
      tok(ctx, i + 1)?.normal !== "to"
    )
      continue;
    const end = phraseStartingAt(ctx, w, i + 2);
    if (end !== null) return phraseText(ctx, { start: i + 2, end });
  }
  return null;
}

/** "In a statement, X …" at the start of a window: X as written, when a verb follows. */
export function inAStatement(ctx: QuoteContext, w: Window): string | null {
  let i = w.lo;
  if (tok(ctx, i)?.pos === "CCONJ") i += 1;
  if (tok(ctx, i)?.normal !== "in") return null;
  for (let k = i + 1; k < Math.min(w.hi, i + 12); k += 1) {
    const token = tok(ctx, k);
    if (!token || token.text !== ",") continue;
    const hasDocument = ctx.tokens
      .slice(i, k)
      .some((t) => lang.speech.documentNouns.has(t.lemma) || t.lemma === "interview");
    const end = hasDocument ? phraseStartingAt(ctx, w, k + 1) : null;
    if (end === null) return null;
    let after = end;
    while (tok(ctx, after)?.pos === "ADV" || tok(ctx, after)?.pos === "AUX") after += 1;
    return tok(ctx, after)?.pos === "VERB" ? phraseText(ctx, { start: k + 1, end }) : null;
  }
  return null;
}
