import type { QuoteContext, Token } from "../text";
import { lang } from "../lang";

/**
 * Speech verbs in the third person singular that are also plural nouns ("notes", "claims",
 * "states"): after a noun subject wink often tags them as the noun ("The Herald claims that …",
 * "Lena Ortiz, a county planner, notes that …"), so no speech verb is seen and the quote goes
 * unattributed. A plural noun right after a noun or a name, with no verb before it in its
 * clause, and then a "that" clause or a quote, can only be the verb: it is retagged in the quote
 * context (a copy made for this article; parse-units.ts parses its sentence with that tag).
 */

const QUOTE_OPENERS = /^[“"‘]$/;

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * A noun or a name ending the subject: its head ("The mayor notes"), or the noun of a phrase
 * after the head ("Reyes’ email to her supporters notes"). Two plural nouns in a row do not make
 * a compound either ("supporters claims" is no kind of claim).
 */
function endsSubject(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === "PROPN" || token.pos === "NOUN");
}

/**
 * The subject before the word: right before it ("The mayor notes"), or before a part set off
 * by commas ("Ortiz, a county planner, notes"). A finite verb in the sentence before it that no
 * comma separates from it makes it an object ("He filed fraud claims that …").
 */
function subjectBefore(ctx: QuoteContext, v: number): boolean {
  const token = ctx.tokens[v];
  const before = ctx.tokens[v - 1];
  if (!token || !before || before.sentence !== token.sentence) return false;
  let comma = false;
  for (let k = v - 1; k >= 0; k -= 1) {
    const other = ctx.tokens[k];
    if (!other || other.sentence !== token.sentence) break;
    if (other.text === ",") comma = true;
    else if ((other.pos === "VERB" || other.pos === "AUX") && !comma) return false;
  }
  // After a comma, the last word of the part set off ("Ortiz, a county planner, notes").
  return endsSubject(before.text === "," ? ctx.tokens[v - 2] : before);
}

/** What follows: a "that" clause whose subject comes next (not a relative "that" + verb), or a quote. */
function reportFollows(ctx: QuoteContext, v: number): boolean {
  const next = ctx.tokens[v + 1];
  if (!next) return false;
  if (QUOTE_OPENERS.test(next.text)) return true;
  if (next.normal !== "that") return false;
  // A gerund opens a clause's subject ("notes that scoring 20 % is enough"), a finite verb a relative.
  const after = ctx.tokens[v + 2];
  if (!after) return false;
  if (after.pos === "VERB" && /ing$/.test(after.normal)) return true;
  return after.pos !== "VERB" && after.pos !== "AUX";
}

/** True when token v is a speech verb wink tagged as a plural noun after its subject. */
export function isNounForVerb(ctx: QuoteContext, v: number): boolean {
  const token = ctx.tokens[v];
  if (!token || token.pos !== "NOUN" || token.depth !== 0) return false;
  if (!/^\p{Ll}/u.test(token.text) || !/s$/.test(token.normal) || token.normal === token.lemma)
    return false;
  if (!lang.speech.verbs.has(token.lemma)) return false;
  return reportFollows(ctx, v) && subjectBefore(ctx, v);
}

/**
 * The lemma of a speech verb in the past tense that wink took for a name because it was written
 * with a capital ("Ana Ruiz, the head of the fund, Tweeted on Friday"): mid-sentence, after the
 * subject, then a preposition, a comma, a quote or "that". Null for any other word.
 */
function capitalisedVerb(ctx: QuoteContext, v: number): string | null {
  const token = ctx.tokens[v];
  if (
    !token ||
    token.pos !== "PROPN" ||
    token.depth !== 0 ||
    !/^\p{Lu}\p{Ll}+ed$/u.test(token.text)
  )
    return null;
  const base = token.normal.slice(0, -2);
  const lemma = [base, `${base}e`, base.slice(0, -1)].find((l) => lang.speech.verbs.has(l));
  const next = ctx.tokens[v + 1];
  if (lemma === undefined || !next || next.sentence !== token.sentence) return null;
  const follows = next.pos === "ADP" || /^[,:]$/.test(next.text) || QUOTE_OPENERS.test(next.text);
  return follows && subjectBefore(ctx, v) ? lemma : null;
}

/** Retags those words as verbs; returns how many tokens changed. */
export function tagNounVerbs(ctx: QuoteContext): number {
  let changed = 0;
  ctx.tokens.forEach((token, i) => {
    const lemma = isNounForVerb(ctx, i) ? token.lemma : capitalisedVerb(ctx, i);
    if (lemma === null) return;
    ctx.tokens[i] = { ...token, pos: "VERB", lemma };
    changed += 1;
  });
  return changed;
}

/**
 * For the window rules, a speech verb wink tagged as a noun that `tagNounVerbs` leaves alone:
 * right after a quote's subject and before the end of the clause ("“…,” the letter states."),
 * or between a plural subject and an object ("Critics call the closure a “retreat”", "they
 * claim that …").
 */
export function nounForVerb(ctx: QuoteContext, v: number, afterQuote: boolean): boolean {
  const token = tok(ctx, v);
  if (!token || token.pos !== "NOUN" || !lang.speech.verbs.has(token.lemma)) return false;
  // In the slot after a quote's subject, a speech noun that ends the clause can only be the verb.
  if (afterQuote && /^[.,;!?]$/.test(tok(ctx, v + 1)?.text ?? ".")) return true;
  const before = tok(ctx, v - 1);
  const after = tok(ctx, v + 1);
  if (!before || !after || token.normal !== token.lemma) return false;
  // A plural noun ("critics", lemma "critic"; wink tags a capitalised one opening the sentence as a name).
  const opens = tok(ctx, v - 2)?.sentence !== before.sentence;
  const plural =
    (before.pos === "NOUN" && before.lemma !== before.normal && /s$/.test(before.normal)) ||
    (before.pos === "PROPN" && opens && /[^s]s$/.test(before.normal)) ||
    (before.pos === "PRON" && /^(they|we|i|you)$/.test(before.normal));
  return plural && /^(DET|PRON|PROPN|SCONJ)$/.test(after.pos);
}
