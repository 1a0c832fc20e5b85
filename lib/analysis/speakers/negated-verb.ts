import { lang } from "../lang";
import type { QuoteContext } from "../text";

/**
 * For the window rules, which read tokens, not the parse: whether verb v is negated by the
 * auxiliaries and adverbs right before it ("did not say", "can't say", "would never call"). The
 * parse's reading of the same thing is syntax/clauses.ts isNegated.
 */
export function negatedVerb(ctx: QuoteContext, v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k -= 1) {
    const token = ctx.tokens[k];
    if (!token || !/^(?:AUX|PART|ADV)$/.test(token.pos)) return false;
    if (lang.functionWords.negators.has(token.normal)) return true;
  }
  return false;
}
