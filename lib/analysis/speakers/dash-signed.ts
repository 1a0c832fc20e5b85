import { isPlaceWord, type QuoteContext } from "../text";
import { isName } from "./noun-phrases";
import { phraseText } from "./names";
import type { Attribution } from "./quote-speaker";
import type { SpeakerFinder } from "./speakers";

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

/**
 * A pull quote signed with a dash (em, en, the bar ― of web roundups, hyphens): "“We condemn the
 * attack.” — Minister Ana Ruiz", and a roundup's signature, on the quote's line or the next, with
 * who the signer writes for or is: "— Ana Ruiz, Valley Times". Only when the dash and a short name
 * phrase, with no verb, end the paragraph or come before the next quote on the line.
 */
export function dashSigned(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
): Attribution | null {
  const span = ctx.spans[q];
  const close = ctx.spanTokens[q]?.close;
  if (!span || close === null || close === undefined || span.depth > 0) return null;
  const dash = tok(ctx, close + 1);
  if (!dash || !/^(?:[—–―]|--?)$/.test(dash.text)) return null;
  const closing = tok(ctx, close)?.paragraph ?? -2;
  if (dash.paragraph !== closing && dash.paragraph !== closing + 1) return null;
  const start = close + 2;
  let end = start;
  // To the paragraph's end, or to the next quote on the same line ("“…” ― Ana Ruiz “…” ― …").
  while (tok(ctx, end)?.paragraph === dash.paragraph && (tok(ctx, end)?.depth ?? 0) === 0) end += 1;
  while (end > start && /^[“"‘.,;]$/.test(tok(ctx, end - 1)?.text ?? "")) end -= 1;
  if (end <= start || end - start > 12) return null;
  let named = false;
  let comma: number | null = null;
  for (let i = start; i < end; i += 1) {
    const token = tok(ctx, i);
    if (!token || token.depth > 0) return null;
    if ((token.pos === "VERB" || token.pos === "AUX") && /^\p{Ll}/u.test(token.text)) return null;
    // A caption's place and date ("— Hama, March 7") signs nothing.
    if (token.pos === "NUM" || /\d/.test(token.text)) return null;
    if (isName(ctx, i) && comma === null) named = true;
    if (token.text === "," && comma === null) comma = i;
  }
  const first = tok(ctx, start);
  if (!named || !first || !/^\p{Lu}/u.test(first.text) || isPlaceWord(first.normal)) return null;
  // "Ana Ruiz, Valley Times": the signer, then where they write or work, as the affiliation.
  const resolved = finder.named({ start, end: comma ?? end });
  const where = comma === null ? null : phraseText(ctx, { start: comma + 1, end });
  const outlet = where !== null && /^\p{Lu}/u.test(where) ? where : null;
  return {
    speaker: resolved.speaker,
    attribution: "— X",
    explicit: true,
    affiliation: resolved.affiliation ?? outlet,
  };
}
