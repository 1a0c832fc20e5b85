import { adjunctStart } from "./verb-adjuncts";
import {
  atClauseStart,
  isName,
  nominal,
  phraseEndingAt,
  phraseStartingAt,
  type Phrase,
  type Subject,
} from "./noun-phrases";
import { placeQualifier } from "./place-qualifier";
import { namedAfter, ofTail, wholeSubjectStart } from "./subject-extent";
import { thingBeforeInfinitive } from "./thing-infinitive";
import { isSpeechVerb, usable, type QuoteContext, type Window } from "../text";
import { lang } from "../lang";
import { dashAsideBefore } from "./dash-aside";

/**
 * The subject of a speech verb: the phrase before it ("the senior official also said"), after it
 * ("…,” said a party spokeswoman"), or a pronoun, with an appositive or a relative clause set off
 * by commas. Apart from noun-phrases.ts, which reads one noun phrase, because a subject is read
 * around a verb and across commas.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Verbs that name as participles: "a book called", "a group dubbed". */
const NAMING = new Set(["call", "dub", "name", "title"]);

/** Heads of time phrases set off by commas like a subject: "this month, the bishop said". */
const TIME_HEADS = new Set(lang.time.timeNouns);

function pronounAt(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  return (
    token !== undefined &&
    token.pos === "PRON" &&
    lang.functionWords.thirdPersonSubjects.has(token.normal)
  );
}

function plain(start: number, end: number, extra: Partial<Subject> = {}): Subject {
  return { start, end, appositive: null, pronoun: false, documentFrom: false, ...extra };
}

/**
 * An appositive after a phrase: ", department spokeswoman," or ", advisory board
 * member for Safer Towns Now." — a short noun phrase, prepositions allowed,
 * set off by commas and holding no verb.
 */
function appositiveAfter(ctx: QuoteContext, w: Window, end: number): Phrase | null {
  if (tok(ctx, end)?.text !== "," || !usable(ctx, w, end + 1)) return null;
  if (phraseStartingAt(ctx, w, end + 1) === null) return null;
  let stop = end + 1;
  // Tokens of places set off by commas (", Mo.,") do not count towards the length limit.
  let qualifiers = 0;
  while (stop < w.hi && usable(ctx, w, stop)) {
    const token = tok(ctx, stop);
    if (!token || stop - end - qualifiers > 12) return null;
    if (token.text === ",") {
      // "president of the Joplin, Mo., chapter of the Renters League": the state is part of the phrase.
      const place = placeQualifier(ctx, stop);
      if (!place || place.end > w.hi) break;
      qualifiers += place.end - stop + (place.continues ? 1 : 0);
      stop = place.end + (place.continues ? 1 : 0);
      if (!place.continues) break;
      continue;
    }
    if (/^[.;:!?()]$/.test(token.text)) break;
    if ((token.pos === "VERB" || token.pos === "AUX") && /^\p{Ll}/u.test(token.text)) return null;
    if (token.pos === "PRON" && lang.functionWords.relatives.has(token.normal)) return null;
    stop += 1;
  }
  while (stop > end + 1 && !nominal(ctx, stop - 1)) stop -= 1;
  return stop > end + 1 ? { start: end + 1, end: stop } : null;
}

/** Skip words between a subject and its verb: adverbs, auxiliaries, "was quick to", "on Friday". */
function skipModifiers(ctx: QuoteContext, w: Window, v: number): number {
  let j = v - 1;
  for (let skipped = 0; skipped < 8 && j >= w.lo && usable(ctx, w, j); skipped += 1) {
    const token = tok(ctx, j);
    if (!token) break;
    const beforeTo = tok(ctx, j + 1)?.normal === "to";
    const adjunct = adjunctStart(ctx, j); // "two weeks ago", "in a statement": not the subject
    if (adjunct !== null) j = adjunct - 1;
    else if (
      token.pos === "ADV" ||
      token.pos === "AUX" ||
      // "Ruiz himself said": an emphatic pronoun after its subject.
      (token.pos === "PRON" && /sel(?:f|ves)$/.test(token.normal)) ||
      (token.pos === "PART" && !/^['’]s?$/.test(token.text))
    )
      j -= 1;
    else if (
      // A surname spelled like a time word ("Ann Early said", "Early said") is tagged as a
      // name: after a name or opening the clause it is the subject, not a time.
      (lang.time.timePhraseWords.has(token.normal) &&
        !(token.pos === "PROPN" && (isName(ctx, j - 1) || j === w.lo))) ||
      (token.pos === "PROPN" && lang.time.timePhraseWords.has(tok(ctx, j - 1)?.normal ?? ""))
    )
      j -= 1;
    else if (beforeTo && (token.pos === "ADJ" || lang.speakers.catenatives.has(token.lemma)))
      j -= 1;
    else if (token.normal === "on" && tok(ctx, j - 1)?.lemma === "go") j -= 1;
    else break;
  }
  return j;
}

/** The token before a parenthesis that ends at j ("Sen. Ann Lee (D-Ill.)" → Lee), else j. */
function beforeParenthesis(ctx: QuoteContext, w: Window, j: number): number {
  if (tok(ctx, j)?.text !== ")") return j;
  let k = j;
  while (k >= w.lo && tok(ctx, k)?.text !== "(") k -= 1;
  return k - 1;
}

/** Subject of a phrase chain left of a comma: "Ina Kowal, a spokeswoman for the campaign, said". */
function appositiveChain(ctx: QuoteContext, w: Window, comma: number): Subject | null {
  let right = comma;
  const found: Subject[] = [];
  for (let n = 0; n < 5; n += 1) {
    // "one diplomat, who spoke on condition of anonymity, told": a relative clause set off by
    // commas describes the phrase before it, whatever verbs it holds.
    // The phrase before it may itself be an appositive ("Rep. Dana Holt, R-Ohio, who …, said"):
    // the chain goes on from the relative clause's comma.
    const relative = relativeClauseStart(ctx, w, right);
    if (relative !== null) {
      const end = beforeParenthesis(ctx, w, relative - 2);
      const start = phraseEndingAt(ctx, w, end);
      if (start === null) break;
      if (atClauseStart(ctx, w, start)) found.push(plain(start, end + 1));
      right = relative - 1;
      continue;
    }
    let left = right - 1;
    while (left >= w.lo && usable(ctx, w, left)) {
      const inside = tok(ctx, left);
      if (inside?.text === ",") {
        // A place set off by commas is inside the segment: "the Dayton, Ohio, chapter", "mayor of Springfield, Ill.,".
        const opens = placeQualifier(ctx, left);
        const closes = tok(ctx, left - 2)?.text === "," ? placeQualifier(ctx, left - 2) : null;
        if (opens?.end === right) left -= 1;
        else if (closes?.continues && closes.end === left) left -= 3;
        else break;
        continue;
      }
      // ", noting the size of the crowd, said": a participle opening the segment is an adjunct, not the clause's verb.
      const adjunct =
        inside?.pos === "VERB" && /ing$/.test(inside.normal) && tok(ctx, left - 1)?.text === ",";
      // ", at a firm called Ridge Partners, said": a participle naming the noun before it does not speak.
      const naming = inside !== undefined && namesNoun(ctx, left);
      if ((inside && isSpeechVerb(inside) && !adjunct && !naming) || right - left > 30)
        return found[found.length - 1] ?? null;
      left -= 1;
    }
    const segment = { start: left + 1, end: right };
    const end = beforeParenthesis(ctx, w, left - 1);
    const start = left >= w.lo && usable(ctx, w, left) ? phraseEndingAt(ctx, w, end) : null;
    if (start === null || segment.end <= segment.start) break;
    const subject = plain(start, end + 1, { appositive: segment });
    if (TIME_HEADS.has(tok(ctx, end)?.normal ?? "")) break;
    if (atClauseStart(ctx, w, start)) {
      found.push(subject);
      // A subject not preceded by a comma starts the clause: stop; else look further left.
      if (tok(ctx, start - 1)?.text !== ",") break;
    }
    right = left;
  }
  return found[found.length - 1] ?? null;
}

/** "a firm called Ridge Partners", "a group dubbed …": a naming participle right after a common noun. */
function namesNoun(ctx: QuoteContext, v: number): boolean {
  const verb = tok(ctx, v);
  return (
    verb !== undefined &&
    NAMING.has(verb.lemma) &&
    verb.normal !== verb.lemma &&
    tok(ctx, v - 1)?.pos === "NOUN"
  );
}

/** Index of "who"/"which" opening a relative clause that ends at the comma `right`, or null. */
function relativeClauseStart(ctx: QuoteContext, w: Window, right: number): number | null {
  for (let k = right - 1; k >= Math.max(w.lo, right - 30) && usable(ctx, w, k); k -= 1) {
    if (tok(ctx, k)?.text === ",") return opensRelativeClause(ctx, k) ? k + 1 : null;
  }
  return null;
}

/** True when the comma at `comma` opens a relative clause: ", who spoke on condition of anonymity,". */
export function opensRelativeClause(ctx: QuoteContext, comma: number): boolean {
  const opener = tok(ctx, comma + 1);
  return (
    tok(ctx, comma)?.text === "," &&
    opener?.pos === "PRON" &&
    (opener.normal === "who" || opener.normal === "which")
  );
}

/**
 * "After the vote, Gov. Ray Talbot (D-Iowa), said": a name with its party tag that opens its
 * clause, then a comma before the verb that sets nothing off. Only when no appositive chain
 * reads there; the name is the subject (its tag left out, as in the chain).
 */
function taggedName(ctx: QuoteContext, w: Window, comma: number): Subject | null {
  if (tok(ctx, comma - 1)?.text !== ")") return null;
  const end = beforeParenthesis(ctx, w, comma - 1);
  if (!isName(ctx, end)) return null;
  const start = phraseEndingAt(ctx, w, end);
  return start !== null && atClauseStart(ctx, w, start) ? plain(start, end + 1) : null;
}

/** The subject right before a finite speech verb: "Berg said", "the senior official also said". */
export function subjectBefore(ctx: QuoteContext, w: Window, v: number): Subject | null {
  let j = skipModifiers(ctx, w, v);
  // "Ruiz — named by the paper as a favourite — told": the subject before the aside.
  const aside = dashAsideBefore(ctx, w, j);
  if (aside) j = aside.open - 1;
  if (!usable(ctx, w, j)) return null;
  const token = tok(ctx, j);
  if (!token) return null;
  if (pronounAt(ctx, j)) return plain(j, j + 1, { pronoun: true });
  if (token.pos === "PRON" && lang.functionWords.relatives.has(token.normal)) {
    j -= tok(ctx, j - 1)?.text === "," ? 2 : 1;
    const start = phraseEndingAt(ctx, w, j);
    return start === null ? null : plain(start, j + 1);
  }
  if (token.text === ",") return appositiveChain(ctx, w, j) ?? taggedName(ctx, w, j);
  if (token.text === ")") {
    while (j >= w.lo && tok(ctx, j)?.text !== "(") j -= 1;
    j -= 1;
  }
  const start = wholeSubjectStart(ctx, w, phraseEndingAt(ctx, w, j), j);
  if (start === null || thingBeforeInfinitive(ctx, v, j)) return null;
  // "a book called “…”", "a firm called Gavekal": a participle that names what an indefinite
  // noun is called, not someone calling it.
  if (
    j === v - 1 &&
    NAMING.has(tok(ctx, v)?.lemma ?? "") &&
    /^an?$/.test(tok(ctx, start)?.normal ?? "")
  )
    return null;
  const before = tok(ctx, start - 1);
  const documentStart =
    before && /^(from|by)$/.test(before.normal) ? phraseEndingAt(ctx, w, start - 2) : null;
  const document =
    documentStart !== null && lang.speech.documentNouns.has(tok(ctx, start - 2)?.lemma ?? "");
  return plain(start, j + 1, { documentFrom: document, appositive: aside?.name ?? null });
}

/** The subject after a speech verb that follows a quote: "…,” said a senior Freedonian official". */
export function subjectAfter(ctx: QuoteContext, w: Window, v: number): Subject | null {
  const i = v + 1;
  if (!usable(ctx, w, i)) return null;
  if (pronounAt(ctx, i)) return plain(i, i + 1, { pronoun: true });
  const phrase = phraseStartingAt(ctx, w, i);
  if (phrase === null) return null;
  const end = namedAfter(ctx, w, phrase) ?? ofTail(ctx, w, phrase) ?? phrase;
  return plain(i, end, { appositive: appositiveAfter(ctx, w, end) });
}

/**
 * "when asked about …", "if pressed", "as noted": a past participle right after a subordinator
 * is a passive with its subject left out; the one asked is not the one who speaks, and the
 * phrase before it ("told WKTV Friday when asked") is no subject of it.
 */
export function reducedPassive(ctx: QuoteContext, v: number): boolean {
  const verb = ctx.tokens[v];
  const before = ctx.tokens[v - 1]?.normal ?? "";
  // "once" is as often an adverb ("Lemkin once said"), whose verb has its subject.
  if (!verb || verb.lemma === verb.normal || /ing$/.test(verb.normal) || before === "once")
    return false;
  return (
    lang.functionWords.subordinators.has(before) || lang.functionWords.conditionals.has(before)
  );
}
