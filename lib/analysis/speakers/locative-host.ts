import { canSpeak } from "./can-speak";
import { isName, phraseEndingAt, type Subject } from "./noun-phrases";
import { isPlaceWord, isSpeechVerb, usable, type QuoteContext, type Window } from "../text";
import { lang } from "../lang";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * Prepositions that place a noun phrase: "officials in Tehran", "protesters outside City Hall".
 * Not "from", which also names a source ("a letter from the union", "More from the report:").
 */
const LOCATIVE = new Set([
  "at",
  "in",
  "on",
  "outside",
  "inside",
  "near",
  "across",
  "around",
  "throughout",
  "within",
  "behind",
]);

/**
 * The phrase a found subject modifies when it is the object of a locative preposition:
 * "Officials in Tehran said", "Students at Ridgeway High School chanted", "Democrats on Harbor
 * Hill seized …, arguing". The name after the preposition says where the speakers are; the noun
 * before it, when it can speak, is who speaks (a place's name is a speaker only as a verb's own
 * subject: "Tehran said", "the White House said"). The subject unchanged otherwise.
 */
export function locativeHost(
  ctx: QuoteContext,
  w: Window,
  subject: Subject,
  verb: number,
): Subject {
  if (subject.pronoun || subject.documentFrom) return subject;
  const preposition = tok(ctx, subject.start - 1);
  if (preposition?.pos !== "ADP" || !LOCATIVE.has(preposition.normal)) return subject;
  const head = subject.start - 2;
  if (!usable(ctx, w, head) || tok(ctx, head)?.sentence !== preposition.sentence) return subject;
  const host = tok(ctx, head);
  // "the Council on Foreign Trade", "the Committee on Ports": the preposition inside a body's name.
  if (!host || (/^\p{Lu}/u.test(host.text) && lang.names.organisationEndings.has(host.normal)))
    return subject;
  // "after winning Ohio in the primary, Gov. Ashby said": a place before the preposition is no host.
  if (isName(ctx, head) && isPlaceWord(host.normal)) return subject;
  const start = phraseEndingAt(ctx, w, head);
  const said = tok(ctx, verb);
  const speech = said !== undefined && isSpeechVerb(said);
  if (start === null || !canSpeak(ctx, head, speech)) return subject;
  // "passing around emails in a way the director slammed": a host that is itself a verb's or a
  // preposition's object is no subject either.
  const outer = tok(ctx, start - 1);
  if (outer?.sentence === host.sentence && /^(VERB|ADP|AUX)$/.test(outer.pos)) return subject;
  return { start, end: head + 1, appositive: null, pronoun: false, documentFrom: false };
}
