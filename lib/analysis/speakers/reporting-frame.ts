import { isParticiple, usable, windowAfter, type QuoteContext, type Window } from "../text";
import { phraseStartingAt, type Subject } from "./noun-phrases";
import { subjectAfter } from "./subjects";
import type { Speech, SpeakerFinder } from "./speakers";
import { lang } from "../lang";
import { canSpeak } from "./can-speak";
import { bareReportAfter } from "./bare-report";
import { reportsOwnWords } from "./quote-adjacency";

/**
 * The reporting clause that follows a quote closed by a comma, a question or an exclamation mark
 * ("“…,” Ruiz shot back.", "“…?” reacted Berg."), read from its shape rather than from its verb:
 * a quote that leaves its sentence open is the complement of the short clause after it, so that
 * clause's verb reports it whatever the verb is. Only the bare clause counts: a subject and one
 * verb (with a particle, "shot back", "points out"), or an inverted past verb and its subject,
 * then the clause's end or a prepositional phrase ("… back with a laugh."). The tagger's guess
 * is not trusted for the verb ("shot", "points" tagged as nouns), which is why the shape decides.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** True when the quote's words end with a comma, "?" or "!", or a comma follows its closing mark. */
function leavesSentenceOpen(ctx: QuoteContext, q: number): boolean {
  const span = ctx.spans[q];
  const close = ctx.spanTokens[q]?.close;
  if (!span || close === null || close === undefined) return false;
  // The span may leave its closing comma out ("fight,”" → "fight"): read up to the mark.
  const words = ctx.text.slice(span.start, tok(ctx, close)?.start ?? span.end).trimEnd();
  return /[,?!]$/.test(words) || tok(ctx, close + 1)?.text === ",";
}

/** True when the clause may end at token k: punctuation, the window's end, or a prepositional adjunct. */
function clauseEnds(ctx: QuoteContext, w: Window, k: number): boolean {
  if (!usable(ctx, w, k)) return true;
  const token = tok(ctx, k);
  if (!token) return true;
  if (/^[.,;:!?—–]$/.test(token.text)) return true;
  // "… shot back with a laugh", "… fired back in a statement": an adjunct, not an object.
  return token.pos === "ADP" && /^\p{Ll}/u.test(token.text) && usable(ctx, w, k + 1);
}

/** A particle of a phrasal verb: "back", "out", "on" — a lower-case adverb or preposition ending the clause. */
function particleEnd(ctx: QuoteContext, w: Window, k: number): number {
  let at = k;
  while (usable(ctx, w, at)) {
    const token = tok(ctx, at);
    if (!token || !/^(?:ADV|ADP|PART)$/.test(token.pos) || !/^\p{Ll}+$/u.test(token.text)) break;
    if (!clauseEnds(ctx, w, at + 1)) break;
    at += 1;
  }
  return at;
}

/** "“…,” Ruiz shot back.": a subject phrase, one lower-case word, maybe a particle, the clause's end. */
function subjectFirst(
  ctx: QuoteContext,
  w: Window,
  i: number,
): { subject: Subject; verb: number } | null {
  const first = tok(ctx, i);
  if (!first) return null;
  const pronoun = first.pos === "PRON" && lang.functionWords.thirdPersonSubjects.has(first.normal);
  let end = pronoun ? i + 1 : phraseStartingAt(ctx, w, i);
  if (end === null) return null;
  // A name or a pronoun, or a phrase that opens with a capital or a determiner ("the group").
  if (!pronoun && !/^\p{Lu}/u.test(first.text) && first.pos !== "DET") return null;
  // The noun phrase may have swallowed the verb the tagger read as a noun ("Ruiz points | out").
  const last = tok(ctx, end - 1);
  if (
    end - 1 > i &&
    last?.pos === "NOUN" &&
    /^\p{Ll}/u.test(last.text) &&
    particleEnd(ctx, w, end) > end
  )
    end -= 1;
  const verb = tok(ctx, end);
  if (!verb || !usable(ctx, w, end) || !/^\p{Ll}/u.test(verb.text)) return null;
  if (!/^(?:VERB|NOUN|ADJ)$/.test(verb.pos) || isParticiple(verb)) return null;
  const after = particleEnd(ctx, w, end + 1);
  // A tagger's noun is a verb here only with a particle after it ("points out", "shot back").
  if (verb.pos !== "VERB" && after === end + 1) return null;
  if (!clauseEnds(ctx, w, after)) return null;
  const subject: Subject = {
    start: i,
    end,
    appositive: null,
    pronoun,
    documentFrom: false,
  };
  return { subject, verb: end };
}

/** "“…?” reacted Berg.", "“…,” opined the Gazette.": an inflected past verb, its subject, the clause's end. */
function verbFirst(
  ctx: QuoteContext,
  w: Window,
  i: number,
): { subject: Subject; verb: number } | null {
  const verb = tok(ctx, i);
  if (!verb || verb.pos !== "VERB" || verb.normal === verb.lemma || isParticiple(verb)) return null;
  if (!/ed$/.test(verb.normal)) return null;
  const subject = subjectAfter(ctx, w, i);
  if (!subject || subject.pronoun) return null;
  const head = tok(ctx, subject.start);
  if (!head || head.pos === "ADP" || (!/^\p{Lu}/u.test(head.text) && head.pos !== "DET"))
    return null;
  const end = Math.max(subject.end, subject.appositive?.end ?? 0);
  return clauseEnds(ctx, w, end) ? { subject, verb: i } : null;
}

/** The speech of the bare reporting clause after quote q, or null when none follows it. */
export function framedReport(ctx: QuoteContext, finder: SpeakerFinder, q: number): Speech | null {
  if ((ctx.spans[q]?.depth ?? 1) > 0 || !leavesSentenceOpen(ctx, q)) return null;
  const w = windowAfter(ctx, q);
  let i = w.lo;
  // Right after the quote or its comma: a dash sets off an aside ("— “…!” — the crowd cheered").
  if (tok(ctx, i)?.text === ",") i += 1;
  if (!usable(ctx, w, i)) return null;
  const found = verbFirst(ctx, w, i) ?? subjectFirst(ctx, w, i);
  if (!found) return null;
  // "“…!” Lopez replied to her that …": the clause reports words of its own.
  if (reportsOwnWords(ctx, found.verb)) return null;
  // Who does a verb that is not known to speak must be someone who can ("the balloons" cannot).
  if (!found.subject.pronoun && !canSpeak(ctx, found.subject.end - 1, false)) return null;
  const form = found.subject.start > found.verb ? "after" : "before";
  return finder.speechWith(found.verb, found.subject, form, w);
}

/** A bare "X said." after a closed quote (bare-report.ts), else the bare clause after one left open. */
export function reportAfter(ctx: QuoteContext, finder: SpeakerFinder, q: number): Speech | null {
  return bareReportAfter(ctx, finder, q) ?? framedReport(ctx, finder, q);
}
