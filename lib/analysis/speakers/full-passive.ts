import type { QuoteContext } from "../text";

/** Adverbs and particles that may stand between a passive's auxiliary and its verb ("was not asked"). */
const BETWEEN_AUXILIARY = new Set(["ADV", "PART"]);

/**
 * "Ruiz was asked, “…”", "the recruits were told: “…”", "has been warned": a past participle
 * after a form of "be" or "get" is a passive. Its subject is the one spoken to or the thing
 * said, never the one who speaks; the one who speaks is its "by" phrase, which the parse reads
 * (governor-agent.ts). "Ruiz was quoted …" is the exception: who is quoted speaks.
 */
export function fullPassive(ctx: QuoteContext, v: number): boolean {
  const verb = ctx.tokens[v];
  if (!verb || verb.lemma === verb.normal || /ing$/.test(verb.normal) || verb.lemma === "quote")
    return false;
  let k = v - 1;
  while (k >= 0 && BETWEEN_AUXILIARY.has(ctx.tokens[k]?.pos ?? "")) k -= 1;
  const auxiliary = ctx.tokens[k];
  // "He's said": "'s" is as often "has".
  if (!auxiliary || auxiliary.depth !== verb.depth || /^['’]s$/.test(auxiliary.normal))
    return false;
  return auxiliary.lemma === "be" || auxiliary.lemma === "get";
}
