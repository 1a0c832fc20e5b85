import { lang } from "../lang";
import { dependentOf, hasRelation } from "../syntax";
import { isParticiple, isSpeechVerb, type QuoteContext } from "../text";
import { isPredicate, tok } from "./governor-parts";
import type { ParseUnit } from "./parse-units";
import { phrasalHead } from "./phrasal-verbs";

/**
 * The speech verb that opens the quote: it ends right before the quote's first mark (local index
 * `open`) with a comma or colon between ("Ruiz replied, “", "said: “"), at the quote's level, and
 * has its own subject, not a relative pronoun's ("a voice that said, “…”", "a hat that says: “…”"
 * are the noun's, which the parse reads better) nor a missing one ("went on to say, “…”").
 */
export function openingVerb(
  ctx: QuoteContext,
  unit: ParseUnit,
  open: number,
  level: number,
): number | null {
  const { parse, first } = unit;
  let v = open - 1;
  while (v > 0 && /^[,:]$/.test(tok(ctx, first + v)?.text ?? "")) v -= 1;
  if (v < open - 1) v = phrasalHead(ctx, first + v) - first;
  const token = tok(ctx, first + v);
  if (v === open - 1 || v < 0 || !token || token.depth !== level || !isSpeechVerb(token))
    return null;
  if (!isPredicate(parse, v) || hasRelation(parse, v, "acl", "acl:relcl")) return null;
  const subject = dependentOf(parse, v, "nsubj");
  if (subject === null) {
    // An inflected verb the parse left without its subject ("Berg, exasperated, responded: “…”",
    // read as set beside "Berg"), not an infinitive ("went on to say, “…”") or a participle.
    const inflected = token.normal !== token.lemma && !isParticiple(token);
    return inflected && !hasRelation(parse, v, "xcomp", "advcl") ? v : null;
  }
  const word = tok(ctx, first + subject);
  return word && lang.functionWords.whRelatives.has(word.normal) ? null : v;
}
