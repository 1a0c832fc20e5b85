import { isSpeechVerb, windowAround, type QuoteContext } from "../text";
import type { Speech, SpeakerFinder } from "./speakers";

/**
 * "“… missing.” Ruiz said." — a quote that ends its sentence, then a sentence that is nothing but
 * a subject and a speech verb: the verb has nothing else to report, so it reports the quote.
 * ("“… attacks.” Berg said the threats …" goes on and reports something else.)
 */
export function bareReportAfter(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
): Speech | null {
  const close = ctx.spanTokens[q]?.close;
  const span = ctx.spans[q];
  if (close === null || close === undefined || !span) return null;
  if (!/[.!?]$/.test(ctx.text.slice(span.start, span.end))) return null;
  const i = close + 1;
  const first = ctx.tokens[i];
  if (!first || first.paragraph !== ctx.tokens[close]?.paragraph) return null;
  if (!/^\p{Lu}/u.test(first.text) || first.depth !== span.depth) return null;
  const w = windowAround(ctx, i);
  for (let v = i + 1; v < Math.min(w.hi, i + 8); v += 1) {
    const token = ctx.tokens[v];
    if (!token || token.depth !== w.level) return null;
    if (!isSpeechVerb(token, true)) continue;
    const next = ctx.tokens[v + 1];
    const ends = !next || next.paragraph !== token.paragraph || /^[.!]$/.test(next.text);
    if (!ends) return null;
    const speech = finder.speechAt(v);
    return speech && speech.subjectStart === i ? speech : null;
  }
  return null;
}
