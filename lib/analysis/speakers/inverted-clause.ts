import { isSpeechVerb, type QuoteContext } from "../text";
import type { Speech, SpeakerFinder } from "./speakers";

/**
 * A reporting clause that closes the quote's sentence with its subject after the verb: "Ruiz
 * “drew well from rural voters” in the primary, said Tom Beck." The clause reports the whole
 * sentence before it, the quote inside included, whatever verb the quote itself hangs from; unless
 * another speech verb comes first after the quote (it reports the quote instead).
 */
export function closingInvertedClause(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
): Speech | null {
  const close = ctx.spanTokens[q]?.close;
  const level = ctx.spans[q]?.depth ?? 0;
  if (close === null || close === undefined) return null;
  const sentence = ctx.tokens[close]?.sentence;
  for (let k = close + 1; k < ctx.tokens.length; k += 1) {
    const token = ctx.tokens[k];
    if (!token || token.sentence !== sentence) return null;
    if (token.depth > level || !isSpeechVerb(token, true)) continue;
    const speech = finder.speechAt(k);
    if (speech && speech.subjectStart > k && ctx.tokens[k - 1]?.text === ",") return speech;
    return null;
  }
  return null;
}
