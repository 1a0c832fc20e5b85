import { nameSpans, pronounSpans, titledPersonSpans } from "./name-spans";
import {
  definiteForm,
  demonymActor,
  extendLeft,
  isPlural,
  roleEnd,
  span,
  spanState,
  take,
  type RawSpan,
  type SpanState,
  WORD_BACKING,
  WORD_DASH,
  WORD_DEMONYM,
  WORD_GROUP,
  WORD_OWNER,
} from "./span-parts";
import { tokenize, type Token } from "../text";
import { lang } from "../lang";

export type { RawSpan } from "./span-parts";

/**
 * Finds the spans in one sentence that may name an actor: known aliases
 * (longest match, indexed by first word), nationality or institution phrases
 * with a role noun ("a senior Iraqi security official"), backed groups
 * ("Iranian-backed militias", "groups it supports"), proper-name runs with
 * their titles, pronouns and definite descriptions ("the official").
 * Resolution to actors happens later (actors.ts); this file only reads.
 * Each step is its own small function: V8 compiles small functions quickly
 * and a deoptimisation in one step does not throw away the others (one
 * 300-line function took ~400 ms per recompile, several times per run).
 */

interface AliasToken {
  normal: string;
  lemma: string;
  /** Must match this exact text (acronyms in capitals). */
  exact: string | null;
  /** Must start with a capital (proper names). */
  capital: boolean;
}

interface Alias {
  tokens: AliasToken[];
  actor: string;
  /** Story aliases win over gazetteer ones of the same length. */
  priority: number;
}

/** Aliases indexed by the normal form (and lemma) of their first word. */
export type AliasIndex = ReadonlyMap<string, readonly Alias[]>;

/** Compile aliases into an index. Each alias is tokenised as text is, so offsets line up. */
export function compileAliases(
  entries: readonly { actor: string; alias: string; priority: number }[],
): AliasIndex {
  const index = new Map<string, Alias[]>();
  for (const entry of entries) {
    const tokens = tokenize(entry.alias).map((token): AliasToken => ({
      normal: token.normal,
      lemma: token.lemma,
      exact:
        /^[A-Z.]+$/.test(token.text) && token.text.length <= 5 && /[A-Z].*[A-Z]/.test(token.text)
          ? token.text
          : null,
      capital: /^\p{Lu}/u.test(token.text),
    }));
    const head = tokens[0];
    if (!head) continue;
    const alias: Alias = { tokens, actor: entry.actor, priority: entry.priority };
    for (const key of new Set([head.normal, head.lemma])) {
      const list = index.get(key) ?? [];
      list.push(alias);
      index.set(key, list);
    }
  }
  for (const list of index.values()) {
    list.sort((a, b) => b.tokens.length - a.tokens.length || b.priority - a.priority);
  }
  return index;
}

/** True when a word starts with a capital; ASCII is checked without a regex (this runs per token). */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(text);
}

function matches(token: Token, alias: AliasToken): boolean {
  if (alias.exact) return token.text === alias.exact;
  if (token.normal !== alias.normal && !(token.lemma === alias.lemma && token.lemma.length > 2))
    return false;
  return !alias.capital || capitalised(token.text);
}

/** True when the alias matches the tokens from position i. */
function matchesAt(tokens: readonly Token[], i: number, alias: Alias): boolean {
  for (let k = 0; k < alias.tokens.length; k += 1) {
    const t = tokens[i + k];
    const a = alias.tokens[k];
    if (!t || !a || !matches(t, a)) return false;
  }
  return true;
}

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
    // "Iranian military parade", "a U.S. military response": a role noun modifying another noun is no actor.
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

/** 1. Known aliases, longest first; a role noun after one joins it ("U.S. officials", "Iran's leaders"). */
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

/** What span finding needs of the actor registry: its aliases, its people, and the groups each actor backs. */
export interface SpanLookups {
  aliases: AliasIndex;
  personIds: ReadonlySet<string>;
  /** Owner actor → the actor of the groups it backs (a story's `backedBy`). */
  proxies: ReadonlyMap<string, string>;
}

/** The owner's backed groups: the actor a story says it backs, else "<owner>-backed-groups". */
export const proxyOf = (lookups: SpanLookups, owner: string): string =>
  lookups.proxies.get(owner) ?? `${owner}-backed-groups`;

/** 2. Backed groups: "Iranian-backed (Iraqi) militias", "pro-Iranian militias". */
function backedSpans(state: SpanState, lookups: SpanLookups): void {
  const { aliases } = lookups;
  const { tokens, taken, classes } = state;
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (!((classes[i + 1] ?? 0) & WORD_DASH) || !((classes[i + 2] ?? 0) & WORD_BACKING)) continue;
    const owner = demonymActor(tokens[i]) ?? aliasActorAt(tokens, i, aliases);
    if (!owner) continue;
    let k = i + 3;
    while (
      k < tokens.length &&
      k < i + 6 &&
      !lang.gazetteer.backedGroupNouns.has(tokens[k]?.normal ?? "")
    )
      k += 1;
    if (
      !lang.gazetteer.backedGroupNouns.has(tokens[k]?.normal ?? "") ||
      taken.slice(i, k + 1).some(Boolean)
    )
      continue;
    const s = span(extendLeft(tokens, i, taken), k, "proxy", proxyOf(lookups, owner));
    s.head = tokens[k]?.normal ?? null;
    s.plural = true;
    take(state, s);
    i = k;
  }
}

/** 3. Nationality or party adjective + role noun: "a senior Iraqi security official", "Iranian and Iraqi forces". */
function nationalSpans(state: SpanState): void {
  const { tokens, taken, spans, classes } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i] || !((classes[i] ?? 0) & WORD_DEMONYM)) continue;
    const actor = demonymActor(tokens[i]);
    if (!actor) continue;
    let end = roleEnd(tokens, i + 1);
    // "Iranian and Iranian-backed forces": the adjective shares the later head.
    const joiner = tokens[i + 1]?.normal;
    if (end < 0 && (joiner === "and" || joiner === "or")) {
      const later = spans.find((s) => s.first === i + 2 || s.first === i + 1);
      if (later?.head) end = i;
    }
    if (end < 0) continue;
    const head = end > i ? (tokens[end]?.normal ?? null) : null;
    const first = extendLeft(tokens, i, taken);
    const s = span(
      first,
      end,
      definiteForm(tokens, first, head, end) === "definite" ? "definite" : "nominal",
      actor,
    );
    s.head = head;
    s.plural = isPlural(tokens[end]);
    take(state, s);
    i = end;
  }
}

/** 4. Groups an owner supports: "groups it supports", "its proxies", "its friends in Iraq". */
function supportedSpans(state: SpanState, lookups: SpanLookups): void {
  const { aliases } = lookups;
  const { tokens, taken, classes } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || taken[i] || !((classes[i] ?? 0) & (WORD_GROUP | WORD_OWNER))) continue;
    if (lang.gazetteer.backedGroupNouns.has(token.normal)) {
      let k = i + 1;
      if (tokens[k]?.normal === "that") k += 1;
      const owner = tokens[k];
      const verb = tokens[k + 1];
      if (owner && verb && lang.gazetteer.supportVerbs.has(verb.lemma)) {
        const ownerActor = aliasActorAt(tokens, k, aliases);
        const pronoun = owner.normal === "it" ? "it" : null;
        if (ownerActor || pronoun) {
          const s = span(
            extendLeft(tokens, i, taken),
            k + 1,
            "proxy",
            ownerActor ? proxyOf(lookups, ownerActor) : null,
          );
          s.head = token.normal;
          s.plural = true;
          s.pronoun = pronoun;
          take(state, s);
          continue;
        }
      }
    }
    if ((token.normal === "its" || token.normal === "their") && !taken[i + 1]) {
      let k = i + 1;
      while (k < i + 3 && tokens[k]?.pos === "ADJ") k += 1;
      const noun = tokens[k];
      if (noun && lang.gazetteer.proxyNouns.has(noun.normal)) {
        const s = span(i, k, "proxy", null);
        s.head = noun.normal;
        s.plural = true;
        s.pronoun = token.normal;
        take(state, s);
        i = k;
      }
    }
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

/** The actor of a single-word alias at token i ("Iran" in "Iran-backed"), or null. */
function aliasActorAt(tokens: readonly Token[], i: number, aliases: AliasIndex): string | null {
  const token = tokens[i];
  if (!token) return null;
  for (const alias of aliases.get(token.normal) ?? []) {
    const only = alias.tokens[0];
    if (alias.tokens.length === 1 && only && matches(token, only)) return alias.actor;
  }
  return null;
}
