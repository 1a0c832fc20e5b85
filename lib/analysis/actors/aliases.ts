import { tokenize, type Token } from "../text";

/**
 * Aliases: the names the gazetteer and the story give each actor, compiled once into an index by
 * first word, and matched token by token. Apart from the span finders (match.ts, group-spans.ts)
 * because both read aliases and neither owns them.
 */

export interface AliasToken {
  normal: string;
  lemma: string;
  /** Must match this exact text (acronyms in capitals). */
  exact: string | null;
  /** Must start with a capital (proper names). */
  capital: boolean;
}

export interface Alias {
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

export function matches(token: Token, alias: AliasToken): boolean {
  if (alias.exact) return token.text === alias.exact;
  if (token.normal !== alias.normal && !(token.lemma === alias.lemma && token.lemma.length > 2))
    return false;
  return !alias.capital || capitalised(token.text);
}

/** True when the alias matches the tokens from position i. */
export function matchesAt(tokens: readonly Token[], i: number, alias: Alias): boolean {
  for (let k = 0; k < alias.tokens.length; k += 1) {
    const t = tokens[i + k];
    const a = alias.tokens[k];
    if (!t || !a || !matches(t, a)) return false;
  }
  return true;
}

/** The actor of a single-word alias at token i ("Ruritania" in "Ruritania-backed"), or null. */
export function aliasActorAt(
  tokens: readonly Token[],
  i: number,
  aliases: AliasIndex,
): string | null {
  const token = tokens[i];
  if (!token) return null;
  for (const alias of aliases.get(token.normal) ?? []) {
    const only = alias.tokens[0];
    if (alias.tokens.length === 1 && only && matches(token, only)) return alias.actor;
  }
  return null;
}
