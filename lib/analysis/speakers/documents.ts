import { clauseSubject } from "./clause-subject";
import { atClauseStart, isName, phraseStartingAt, type Phrase, type Subject } from "./noun-phrases";
import { subjectBefore } from "./subjects";
import { windowAround, type QuoteContext, type Window } from "../text";
import { groupAffiliation } from "./affiliation";
import { lang } from "../lang";

/**
 * Who issued a document that "says" something: "the statement", "the
 * letter", "the advertisement" resolve to the person or group that put it
 * out, as the article tells it before or just after. The speakers named with
 * a source rather than a speech verb are in source-phrases.ts.
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

/**
 * True when token i is a document noun naming a document: one capitalised inside its sentence
 * names an outlet or a body instead ("the Post answered" is a newspaper, "the post says" a
 * message; "The Harbor Courier" speaks as itself, not for someone named "Harbor").
 */
export function isDocument(ctx: QuoteContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || !lang.speech.documentNouns.has(token.lemma)) return false;
  if (!/^\p{Lu}/u.test(token.text) || ctx.tokens[i - 1]?.sentence !== token.sentence) return true;
  return titleCase(ctx, i);
}

/** True when the sentence of token i capitalises all its content words (a headline). */
function titleCase(ctx: QuoteContext, i: number): boolean {
  const sentence = ctx.sentences[ctx.tokens[i]?.sentence ?? -1];
  if (!sentence) return false;
  for (let k = sentence.first; k < sentence.first + sentence.tokens.length; k += 1) {
    const token = ctx.tokens[k];
    if (
      token &&
      token.depth === 0 &&
      /^(?:NOUN|VERB|ADJ)$/.test(token.pos) &&
      /^\p{Ll}/u.test(token.text)
    )
      return false;
  }
  return true;
}

/** How far after "the advertisement says" a later "Dana Kerr's ad" may still name its owner. */
const AHEAD = 150;

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];
const isPossessive = (ctx: QuoteContext, i: number) => /^['’]s$/.test(tok(ctx, i)?.text ?? "");

/**
 * The bare apostrophe of a possessive after a word ending in "s" ("Reyes’ email", "the
 * senators’ letter"), written against both words: not a closing single quote, which follows a
 * space or ends a quoted stretch.
 */
const isBarePossessive = (ctx: QuoteContext, i: number) => {
  const mark = tok(ctx, i);
  const before = tok(ctx, i - 1);
  const after = tok(ctx, i + 1);
  return (
    mark !== undefined &&
    before !== undefined &&
    after !== undefined &&
    /^['’]$/.test(mark.text) &&
    mark.start === before.end &&
    after.start === mark.end + 1 &&
    /s$/i.test(before.text) &&
    /^\p{L}/u.test(after.text)
  );
};

/**
 * A lone capitalised word opening the sentence before a document noun ("Full transcript
 * below:", "Partial text as follows"): wink tags it as a name for its capital, but the capital is
 * the sentence's. It owns the document only when the article writes it capitalised elsewhere
 * too, inside a sentence ("Ruiz statement:" where Ruiz is named).
 */
function onlyOpensSentence(ctx: QuoteContext, start: number, end: number): boolean {
  const first = tok(ctx, start);
  if (end - start !== 1 || !first || tok(ctx, start - 1)?.sentence === first.sentence) return false;
  // Capitals past the first letter ("WSJ", "McCain") are the name's own.
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  return !ctx.tokens.some(
    (other, k) =>
      k !== start && other.text === first.text && tok(ctx, k - 1)?.sentence === other.sentence,
  );
}

/**
 * A name that can own a document: not a medium ("TV"), nor a name inside a compound for or
 * against someone ("an anti-Reyes ad", "a pro-Reyes spot": the name is the target, not who
 * paid for it).
 */
const ownerName = (ctx: QuoteContext, i: number) =>
  isName(ctx, i) &&
  !lang.speakers.mediaWords.has(tok(ctx, i)?.normal ?? "") &&
  !/^(?:anti|pro)[-–]/.test(tok(ctx, i)?.normal ?? "");

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
  const possessed = end - 1 >= floor && isPossessive(ctx, end - 1);
  if (possessed) end -= 1;
  let start = end;
  while (start - 1 >= floor && ownerName(ctx, start - 1)) start -= 1;
  if (start < end && !possessed && onlyOpensSentence(ctx, start, end)) return null;
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
    if ((tok(ctx, i)?.pos === "PART" && isPossessive(ctx, i)) || isBarePossessive(ctx, i)) {
      // "the mayor’s letter": the mayor; "the Kerr campaign’s ad": the Kerr campaign, as named.
      const article = tok(ctx, subject.start)?.pos === "DET";
      const named = article && isName(ctx, subject.start + 1);
      const owner = { start: article && named ? subject.start + 1 : subject.start, end: i };
      return owner.end > owner.start ? lookups.named(owner) : null;
    }
  }
  const lemma = tok(ctx, subject.end - 1)?.lemma ?? "";
  const modifier = nameBefore(ctx, subject.end - 1, subject.start, lookups);
  if (modifier) return modifier;
  // "The Ledger published a piece that argued …": the speech is the relative clause of the document
  // that its own sentence says someone put out.
  const after = tok(ctx, subject.end)?.text === "," ? subject.end + 1 : subject.end;
  if (/^(?:that|which)$/.test(tok(ctx, after)?.normal ?? "")) {
    const publisher = ownerAt(ctx, subject.end - 1, lookups);
    if (publisher) return publisher;
  }
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
