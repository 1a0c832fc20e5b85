import { dependentsOf, type Parse } from "../syntax";
import type { QuoteContext } from "../text";

/**
 * Phrases that speak though their verb does not: "as Ruiz put it, “…”", "Hale put it bluntly:
 * “…”". Read off the parse: the verb "put" with "it" as its object.
 */
export function putsIt(ctx: QuoteContext, parse: Parse, first: number, i: number): boolean {
  const token = ctx.tokens[first + i];
  if (!token || token.pos !== "VERB" || token.lemma !== "put") return false;
  return dependentsOf(parse, i, "obj").some((o) => ctx.tokens[first + o]?.normal === "it");
}

/** "As Ruiz put it," "as Hale noted,": a clause opened by "as" set in another as an aside. */
export function isAsAside(ctx: QuoteContext, parse: Parse, first: number, i: number): boolean {
  return dependentsOf(parse, i, "mark").some((m) => ctx.tokens[first + m]?.normal === "as");
}
