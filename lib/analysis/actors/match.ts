import { nameSpans, pronounSpans, titledPersonSpans } from "./name-spans";
import {
  definiteForm,
  extendLeft,
  isPlural,
  roleEnd,
  span,
  spanState,
  take,
  type RawSpan,
  type SpanState,
} from "./span-parts";
import { type Token } from "../text";
import { type Alias, type AliasIndex, matchesAt } from "./aliases";
import { backedSpans, nationalSpans, supportedSpans, type SpanLookups } from "./group-spans";
import { lang } from "../lang";

export type { RawSpan } from "./span-parts";
export { compileAliases, type AliasIndex } from "./aliases";
export { proxyOf, type SpanLookups } from "./group-spans";

/**
 * Finds the spans in one sentence that may name an actor: known aliases
 * (longest match, indexed by first word), nationality or institution phrases
 * with a role noun ("a senior Ruritanian security official"), backed groups
 * ("Ruritanian-backed rebels", "groups it supports"; group-spans.ts), proper-name runs with
 * their titles, pronouns and definite descriptions ("the official").
 * Resolution to actors happens later (actors.ts); this file only reads.
 * Each step is its own small function: V8 compiles small functions quickly
 * and a deoptimisation in one step does not throw away the others (one
 * 300-line function took ~400 ms per recompile, several times per run).
 */

/** The longest alias matching at token i, skipping a role noun that modifies another noun. */
function bestAliasAt(
  tokens: readonly Token[],
  i: number,
  candidates: readonly Alias[],
  best: Alias | null,
): Alias | null {
  for (const alias of candidates) {
    if (best && alias.tokens.length <= best.tokens.length) continue;
    if (!matchesAt(tokens, i, alias)) continue;
    // "Ruritanian military parade", "a U.S. military response": a role noun modifying another noun is no actor.
    const end = i + alias.tokens.length - 1;
    const next = tokens[end + 1];
    const modifier =
      alias.tokens.length > 1 &&
      lang.gazetteer.actorRoleNouns.has(tokens[end]?.normal ?? "") &&
      next?.pos === "NOUN" &&
      !lang.gazetteer.actorRoleNouns.has(next.normal) &&
      !lang.gazetteer.personHeads.has(next.normal) &&
      !lang.gazetteer.titleParts.has(next.normal);
    if (!modifier) best = alias;
  }
  return best;
}

/** 1. Known aliases, longest first; a role noun after one joins it ("U.S. officials", "Ruritania's leaders"). */
function aliasSpans(state: SpanState, aliases: AliasIndex): void {
  const { tokens, taken } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // Taken before any alias is read only by a dateline.
    if (!token || taken[i]) continue;
    const byNormal = aliases.get(token.normal);
    const byLemma = token.lemma === token.normal ? undefined : aliases.get(token.lemma);
    if (!byNormal && !byLemma) continue;
    // Candidates by the word's form, then by its lemma, in that order (as one list would be).
    const best = bestAliasAt(
      tokens,
      i,
      byLemma ?? [],
      bestAliasAt(tokens, i, byNormal ?? [], null),
    );
    if (!best) continue;
    let last = i + best.tokens.length - 1;
    // "X-backed" compounds are handled below: an alias followed by "-backed" is not the actor itself.
    if (
      tokens[last + 1]?.text === "-" &&
      lang.gazetteer.backingWords.has(tokens[last + 2]?.normal ?? "")
    )
      continue;
    // An alias ending in a role or group noun ("administration officials") has that head.
    const lastWord = tokens[last]?.normal ?? "";
    let head: string | null =
      lang.gazetteer.actorRoleNouns.has(lastWord) ||
      lang.gazetteer.backedGroupNouns.has(lastWord) ||
      lang.gazetteer.personHeads.has(lastWord)
        ? lastWord
        : null;
    const possessive = tokens[last + 1]?.normal === "'s";
    const end = roleEnd(tokens, last + (possessive ? 2 : 1));
    if (end >= 0) {
      last = end;
      head = tokens[end]?.normal ?? null;
    }
    const first = extendLeft(tokens, i, taken);
    const s = span(first, last, definiteForm(tokens, first, head, last), best.actor);
    s.head = head;
    s.plural = isPlural(tokens[last]);
    take(state, s);
    i = last;
  }
}

/** Find actor-like spans in a sentence's tokens. */
export function findSpans(tokens: readonly Token[], lookups: SpanLookups): RawSpan[] {
  const { aliases, personIds } = lookups;
  const state = spanState(tokens);
  aliasSpans(state, aliases);
  backedSpans(state, lookups);
  nationalSpans(state);
  supportedSpans(state, lookups);
  nameSpans(state);
  titledPersonSpans(state, personIds);
  pronounSpans(state);
  return state.spans.sort((a, b) => a.first - b.first);
}
