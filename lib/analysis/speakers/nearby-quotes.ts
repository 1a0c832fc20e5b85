import {
  closesSentence,
  endsSentence,
  isSpeechVerb,
  type QuoteContext,
  type QuoteForm,
} from "../text";

import type { Attribution } from "./quote-speaker";
import { introducedSpeaker } from "./introduced-speaker";
import type { Speech, SpeakerFinder } from "./speakers";
import { parseUnit } from "./parse-units";
import { isName } from "./noun-phrases";
import { subjectOf } from "../syntax";
import { nonFiniteTail, predicateTail, verblessTail } from "./quote-tails";
import { reportingSpeech, sentenceOf, speechJustBefore } from "./reporting-speech";

/**
 * Speakers a quote takes from the quotes around it, once the explicit patterns (quote-speaker.ts)
 * have had their turn: a quote joined to another by "and"/"or", a quote that continues one, and a
 * quote alone in its sentence whose speaker spoke in the sentence or quote before or after it.
 * Apart from quote-speaker.ts because these read the article's quotes together, not one sentence.
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** Quotes joined by "and"/"or" share a speaker: calling it “fiscally irresponsible” and “grossly unfair.” */
export function coordinate(ctx: QuoteContext, result: Attribution[]): void {
  const link = (q: number, direction: -1 | 1): number | undefined => {
    const at = ctx.spanTokens[q];
    const from = direction < 0 ? at?.open : at?.close;
    if (from === null || from === undefined) return undefined;
    let k = from + direction;
    if (tok(ctx, k)?.text === ",") k += direction;
    if (!/^(and|or)$/.test(tok(ctx, k)?.normal ?? "")) return undefined;
    k += direction;
    const other = direction < 0 ? ctx.closers.get(k) : ctx.openers.get(k);
    return other !== undefined && ctx.spans[other]?.depth === ctx.spans[q]?.depth
      ? other
      : undefined;
  };
  const pass = (order: number[], direction: -1 | 1) => {
    for (const q of order) {
      if (result[q]?.speaker) continue;
      const other = link(q, direction);
      const source = other === undefined ? undefined : result[other];
      if (source?.speaker && source.explicit) result[q] = { ...source };
    }
  };
  const order = ctx.spans.map((_, q) => q);
  pass(order, -1);
  pass([...order].reverse(), 1);
}

/** How far after a quote's closing mark its attribution's verb may sit ("…?” said Tomas Berg", "…!” the mayor's aide added). */
const ATTRIBUTION_REACH = 6;

/**
 * True when quote q's words end on "?" or "!" and its own attribution follows the closing mark
 * ("“Is the bridge safe?” Berg went on. “…”"): the mark ends the quoted sentence, not the
 * outlet's, which runs on to the attribution's end, as after "…,” Berg went on." The quote has
 * its speaker from its own sentence, and a speech verb comes within a few words of the mark,
 * before any sentence end or other quote.
 */
function attributedAfter(ctx: QuoteContext, result: readonly Attribution[], q: number): boolean {
  const close = ctx.spanTokens[q]?.close;
  const span = ctx.spans[q];
  if (close === null || close === undefined || !span || !result[q]?.speaker) return false;
  if (!result[q]?.explicit || !/[?!]$/.test(ctx.text.slice(span.start, span.end))) return false;
  for (let k = close + 1; k <= close + ATTRIBUTION_REACH; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.depth !== 0 || ctx.openers.has(k) || endsSentence(ctx, k)) return false;
    if (isSpeechVerb(token, true)) return true;
  }
  return false;
}

/**
 * Sentence ends between quote a's close and quote b's opening (a's own closing counts when its
 * words end a sentence, unless a's attribution follows it).
 */
function stopsBetween(
  ctx: QuoteContext,
  result: readonly Attribution[],
  a: number,
  b: number,
): number {
  const from = ctx.spanTokens[a];
  const to = ctx.spanTokens[b];
  if (!from || !to) return Infinity;
  let stops = 0;
  for (let k = from.close ?? from.last; k < (to.open ?? to.first); k += 1) {
    if (tok(ctx, k)?.depth !== 0) continue;
    if (endsSentence(ctx, k)) stops += 1;
    else if (closesSentence(ctx, k) && !(k === from.close && attributedAfter(ctx, result, a)))
      stops += 1;
  }
  return stops;
}

/**
 * “…,” Walker said. She plans to vote in the primary. “…” — the speaker of the quote two
 * sentences back, in the same paragraph, when the sentence between has no speech of its own and
 * its subject is not a name (someone else brought in to speak next).
 */
function acrossOneSentence(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  forms: QuoteForm[],
  result: Attribution[],
  q: number,
): Attribution | null {
  const between = sentenceOf(ctx, q) - 1;
  if (finder.speechesIn(between).length > 0) return null;
  for (let p = q - 1; p >= 0; p -= 1) {
    const other = ctx.spans[p];
    if (!other || other.depth > 0) continue;
    const source = result[p];
    if (stopsBetween(ctx, result, p, q) !== 2 || other.paragraph !== ctx.spans[q]?.paragraph)
      return null;
    if (!source?.speaker || !source.explicit || !forms[p]?.clauseLike) return null;
    if (sentenceOf(ctx, p) !== between - 1 && sentenceOf(ctx, p) !== between) return null;
    const unit = parseUnit(ctx, between);
    if (!unit) return null;
    // A name as the sentence's subject, its root (a misparse of "Beck, however, disagreed") or
    // its first word brings someone else in.
    const { parse, first } = unit;
    const subject = subjectOf(parse, parse.root);
    for (const i of [subject, parse.root, 0])
      if (i !== null && i >= 0 && (isName(ctx, first + i) || tok(ctx, first + i)?.pos === "PROPN"))
        return null;
    return source;
  }
  return null;
}

/**
 * "Ana Ruiz was angry. “It is a disgrace.”": a bare quote right after a sentence of the outlet's
 * own, in the same paragraph, whose subject is a person it names (introducedSpeaker's rule: a
 * main clause, not negated) — the sentence brings that person in and the quote is theirs, as when the sentence
 * closes the paragraph before. Not when another person is named after the subject in that
 * sentence ("Ana Ruiz was angry with Tomas Berg."), which leaves two who may speak, nor when the
 * sentence holds a quote of its own.
 */
function subjectJustBefore(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
  previous: number,
): Speech | null {
  const sentence = ctx.sentences[previous];
  const opening = tok(ctx, ctx.spanTokens[q]?.open ?? -1);
  if (!sentence || !opening) return null;
  const end = sentence.first + sentence.tokens.length;
  for (let k = sentence.first; k < end; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.paragraph !== opening.paragraph || token.depth > 0) return null;
    if (ctx.openers.has(k)) return null;
  }
  // A name: "he" in a sentence of the outlet's own ("Why was he there?") may be anyone.
  const introduced = introducedSpeaker(ctx, finder, previous, true);
  if (!introduced?.person) return null;
  const another = finder.registry.mentions.some(
    (mention) =>
      mention.index >= introduced.subjectStart &&
      mention.index < end &&
      mention.name !== introduced.person,
  );
  return another ? null : introduced;
}

/**
 * "Instead, “he just acts like a defeated man.”": a quote whose sentence opens with one
 * connective adverb or conjunction and nothing else of the outlet's goes on as an opening quote does.
 */
function connectiveOpened(ctx: QuoteContext, q: number): boolean {
  const open = ctx.spanTokens[q]?.open;
  const opening = open == null ? undefined : tok(ctx, open);
  const sentence = opening ? ctx.sentences[opening.sentence] : undefined;
  if (open == null || !opening || !sentence) return false;
  let words = 0;
  for (let k = sentence.first; k < open; k += 1) {
    const token = tok(ctx, k);
    if (!token || token.depth !== opening.depth) return false;
    if (token.text === ",") continue;
    if (!/^(?:ADV|CCONJ)$/.test(token.pos)) return false;
    words += 1;
  }
  return words === 1;
}

/** Speakers from around a quote that has none in its sentence: the previous or next sentence, or the quote it continues. */
export function fromContext(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  forms: QuoteForm[],
  result: Attribution[],
): void {
  const lastToken = new Map<number, string>();
  for (const token of ctx.tokens) lastToken.set(token.sentence, token.text);
  const standalone = (form: QuoteForm | undefined) =>
    form !== undefined &&
    (form.initial || form.introducedByMark || (form.introducedByVerb && form.clauseLike));
  ctx.spans.forEach((span, q) => {
    if (result[q]?.speaker || span.depth > 0) return;
    if (span.continues !== null) {
      const continued = result[span.continues];
      if (continued?.speaker)
        result[q] = { ...continued, attribution: "continued quote", explicit: false };
      return;
    }
    const form = forms[q];
    if (!form || !(form.initial || connectiveOpened(ctx, q))) return;
    if (!(form.quoteOnly || (form.clauseLike && verblessTail(ctx, q)))) {
      const tail = predicateTail(ctx, form, q) || nonFiniteTail(ctx, form, q);
      const speech = tail ? speechJustBefore(ctx, finder, q) : null;
      if (speech?.speaker)
        result[q] = {
          speaker: speech.speaker,
          attribution: "previous sentence",
          explicit: false,
          affiliation: speech.affiliation,
        };
      return;
    }
    const previous = sentenceOf(ctx, q) - 1;
    const lastSpeech = reportingSpeech(ctx, finder, previous);
    const set = (
      source: { speaker: string | null; affiliation: string | null },
      attribution: string,
    ) => {
      result[q] = {
        speaker: source.speaker,
        attribution,
        explicit: false,
        affiliation: source.affiliation,
      };
    };
    if (lastToken.get(previous) === ":") {
      if (lastSpeech) return set(lastSpeech, "previous sentence");
      // "Tomas Berg, 17, echoed: ¶ “…”": the line the colon ends introduces the quote, with any
      // verb; its subject speaks, not the speaker of a quote before the line.
      const introduced = introducedSpeaker(ctx, finder, previous);
      if (introduced) return set(introduced, "introduced before");
    }
    // The quote just before, in the previous sentence ("“…,” Berg said. “…”"); sentence ends are
    // counted rather than taken from the segmenter, which splits at "R-Minn." or "J. Quill".
    for (let p = q - 1; p >= 0; p -= 1) {
      const other = ctx.spans[p];
      if (!other || other.depth > 0) continue;
      if (stopsBetween(ctx, result, p, q) > 1) break;
      const source = result[p];
      if (source?.speaker && standalone(forms[p])) return set(source, "previous sentence");
    }
    // A quote paragraph whose speaker comes with the next quote ("“…”. ¶ “…”, said Berg.").
    for (let n = q + 1; n < ctx.spans.length; n += 1) {
      const other = ctx.spans[n];
      if (!other || other.depth > 0) continue;
      const source = result[n];
      if (
        stopsBetween(ctx, result, q, n) <= 1 &&
        source?.speaker &&
        source.explicit &&
        forms[n]?.initial
      ) {
        return set(source, "following quote");
      }
      break;
    }
    if (lastSpeech) return set(lastSpeech, "previous sentence");
    const across = acrossOneSentence(ctx, finder, forms, result, q);
    if (across) return set(across, "previous quote");
    const subject = subjectJustBefore(ctx, finder, q, previous);
    if (subject) return set(subject, "introduced before");
    // A quote paragraph after a paragraph that ends on someone, with no quote of its own.
    const opening = tok(ctx, ctx.spanTokens[q]?.open ?? -1);
    const before = tok(ctx, (ctx.spanTokens[q]?.open ?? 0) - 1);
    if (!opening || !before || before.paragraph === opening.paragraph) return;
    if (ctx.spans.some((other) => other.depth === 0 && other.paragraph === before.paragraph))
      return;
    const introduced = introducedSpeaker(ctx, finder, previous);
    if (introduced) set(introduced, "introduced before");
  });
}
