import { hasRelation, headOf } from "../syntax";
import type { QuoteContext } from "../text";
import { tok, type Candidate } from "./governor-parts";
import type { ParseUnit } from "./parse-units";

/**
 * "Ruiz said Berg was right to urge them “…”": a speech verb inside what another speech verb
 * reports (its clausal complement) gives way to the reporting one, whose subject the quoted words
 * are attributed to.
 */
export function reportedFirst(ctx: QuoteContext, unit: ParseUnit, found: Candidate[]): Candidate[] {
  const { parse, first } = unit;
  const [inner, outer] = found;
  if (!inner?.speech || !outer?.speech || outer.verb > inner.verb) return found;
  // No comma between: "After what he wrote, Ruiz said …" is a misparse, not a report.
  for (let k = outer.verb + 1; k < inner.verb; k += 1)
    if (tok(ctx, first + k)?.text === ",") return found;
  // Up to the reporting verb through its complement, joined to it, not through a conjunct
  // ("Ruiz was encouraged and Berg called it a “…”" is no report of Ruiz's).
  let at: number | null = inner.verb;
  while (at !== null && headOf(parse, at) !== outer.verb) {
    if (hasRelation(parse, at, "conj")) return found;
    at = headOf(parse, at);
  }
  return at !== null && hasRelation(parse, at, "ccomp") ? [outer, inner, ...found.slice(2)] : found;
}
