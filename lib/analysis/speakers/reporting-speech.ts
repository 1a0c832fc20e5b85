import { hasRelation, headOf } from "../syntax";
import { type QuoteContext } from "../text";
import { parseUnit } from "./parse-units";
import type { Speech, SpeakerFinder } from "./speakers";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/** The sentence that opens quote q. */
export function sentenceOf(ctx: QuoteContext, q: number): number {
  const at = ctx.spanTokens[q];
  return at ? (tok(ctx, at.open ?? at.first)?.sentence ?? -1) : -1;
}

/** The last speech of the sentence before quote q's, in the quote's paragraph. */
export function speechJustBefore(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
): Speech | null {
  const previous = sentenceOf(ctx, q) - 1;
  const sentence = ctx.sentences[previous];
  const opening = tok(ctx, ctx.spanTokens[q]?.open ?? -1);
  if (!sentence || !opening || tok(ctx, sentence.first)?.paragraph !== opening.paragraph)
    return null;
  return reportingSpeech(ctx, finder, previous);
}

/**
 * The speech a quote after sentence s goes on with: the sentence's last speech that no other
 * speech in it reports. "Ruiz said that Berg told the crowd to go home. “…”": Ruiz goes on, not
 * Berg, whose words Ruiz reported; "Ruiz spoke first, and Berg replied that … . “…”": Berg, the
 * conjunct, reported by no one.
 */
export function reportingSpeech(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  s: number,
): Speech | null {
  const speeches = finder.speechesIn(s);
  if (speeches.length < 2) return speeches[0] ?? null;
  const unit = parseUnit(ctx, s);
  if (!unit) return speeches.at(-1) ?? null;
  const { parse, first } = unit;
  const verbs = new Set(speeches.map((speech) => speech.verb - first));
  // A quote mark between two verbs: the later one attributes a quote ("…, calling him “…,” Susan
  // said"), whatever the parse hung it from.
  const markBetween = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to; k += 1)
      if (/^[“”"]$/u.test(tok(ctx, k)?.text ?? "")) return true;
    return false;
  };
  const reported = (speech: Speech): boolean => {
    // Up from the verb through what its clause is part of, not across a conjunct.
    let at: number | null = speech.verb - first;
    for (let steps = 0; at !== null && steps < parse.heads.length; steps += 1) {
      if (hasRelation(parse, at, "conj")) return false;
      at = headOf(parse, at);
      if (at !== null && verbs.has(at)) return !markBetween(first + at, speech.verb);
    }
    return false;
  };
  for (let k = speeches.length - 1; k >= 0; k -= 1) {
    const speech = speeches[k] as Speech;
    if (!reported(speech)) return speech;
  }
  return speeches.at(-1) ?? null;
}
