import { isCommonWord, isPlaceName, nameGender, nameKind, type NameKind } from "./actor-names";
import {
  BACKING_WORDS,
  DEMONYMS,
  GROUP_NOUNS,
  PERSON_HEADS,
  PROXIES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "./gazetteer";
import { tokenize, type Token } from "./nlp";

/**
 * Finds the spans in one sentence that may name an actor: known aliases
 * (longest match, indexed by first word), nationality or institution phrases
 * with a role noun ("a senior Iraqi security official"), backed groups
 * ("Iranian-backed militias", "groups it supports"), proper-name runs with
 * their titles, pronouns and definite descriptions ("the official").
 * Resolution to actors happens later (actors.ts); this file only reads.
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
export function compileAliases(entries: readonly { actor: string; alias: string; priority: number }[]): AliasIndex {
  const index = new Map<string, Alias[]>();
  for (const entry of entries) {
    const tokens = tokenize(entry.alias).map((token): AliasToken => ({
      normal: token.normal,
      lemma: token.lemma,
      exact: /^[A-Z.]+$/.test(token.text) && token.text.length <= 5 && /[A-Z].*[A-Z]/.test(token.text) ? token.text : null,
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

/** A span of one sentence's tokens that may name an actor. */
export interface RawSpan {
  /** First and last token index in the sentence (inclusive). */
  first: number;
  last: number;
  form: "alias" | "nominal" | "name" | "pronoun" | "definite" | "proxy";
  /** The actor, when the span names a known one. */
  actor: string | null;
  /** Role head noun ("official", "militias"), when any. */
  head: string | null;
  plural: boolean;
  /** For names: the bare name (no title) and its kind; for persons, gender when known. */
  name: string | null;
  nameKind: NameKind | null;
  gender: "m" | "f" | null;
  /** Title words before a name, lower case ("secretary of state"). */
  title: string;
  /** Institution named in a person's title ("Iran Foreign Ministry spokesman X" → "iran"). */
  represents: string | null;
  /** Pronoun to resolve: the pronoun itself, or the owner in "its proxies" / "groups it supports". */
  pronoun: string | null;
}

const PRONOUNS = new Set(["he", "him", "his", "she", "her", "they", "them", "their", "it", "its", "i", "me", "my", "we", "our", "us"]);
const NAME_JOINERS = new Set(["al", "bin", "ibn", "abu", "abd", "el", "de", "del", "van", "von", "da", "bint", "ben", "st."]);
const DETERMINERS = new Set(["the", "a", "an"]);
/** "the department", "the ministry", "the group": a definite description of a body named before. */
const ORGANISATION_HEADS = new Set([
  "department", "ministry", "agency", "group", "organization", "organisation", "party", "embassy",
  "government", "council", "committee", "coalition", "campaign", "commission", "militia", "movement",
]);
const SUPPORT_VERBS = new Set(["support", "back", "sponsor", "arm", "fund", "control", "direct"]);

/** True when a word starts with a capital; ASCII is checked without a regex (this runs per token). */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(text);
}

function matches(token: Token, alias: AliasToken): boolean {
  if (alias.exact) return token.text === alias.exact;
  if (token.normal !== alias.normal && !(token.lemma === alias.lemma && token.lemma.length > 2)) return false;
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

/** A span with every field set in one order, so all spans share one object shape (this runs per token). */
function span(first: number, last: number, form: RawSpan["form"], actor: string | null, extra: Partial<RawSpan> = {}): RawSpan {
  return {
    first, last, form, actor,
    head: extra.head ?? null,
    plural: extra.plural ?? false,
    name: extra.name ?? null,
    nameKind: extra.nameKind ?? null,
    gender: extra.gender ?? null,
    title: extra.title ?? "",
    represents: extra.represents ?? null,
    pronoun: extra.pronoun ?? null,
  };
}

const isPlural = (token: Token | undefined): boolean =>
  !!token && token.normal !== token.lemma && /s$/.test(token.normal);

/** Tokens of a role phrase after position i: modifiers then a role noun not followed by another noun. */
function roleEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 4) {
    const token = tokens[k];
    if (!token) break;
    const next = tokens[k + 1];
    if (ROLE_NOUNS.has(token.normal) && !(next && (next.pos === "NOUN" || ROLE_NOUNS.has(next.normal)))) return k;
    if (!ROLE_MODIFIERS.has(token.normal) && !ROLE_NOUNS.has(token.normal)) return -1;
    k += 1;
  }
  return -1;
}

/** Extend a span left over a determiner and role modifiers ("a senior" U.S. official). */
function extendLeft(tokens: readonly Token[], first: number, taken: readonly boolean[]): number {
  let k = first;
  while (k > 0 && !taken[k - 1] && first - k < 3) {
    const prev = tokens[k - 1];
    if (!prev || !(ROLE_MODIFIERS.has(prev.normal) || DETERMINERS.has(prev.normal))) break;
    k -= 1;
  }
  return k;
}

function demonymActor(token: Token | undefined): string | null {
  if (!token) return null;
  if (token.normal === "us" && token.text !== "US") return null;
  return DEMONYMS.get(token.normal) ?? null;
}

/** Find actor-like spans in a sentence's tokens. */
export function findSpans(tokens: readonly Token[], aliases: AliasIndex, personIds: ReadonlySet<string>): RawSpan[] {
  const spans: RawSpan[] = [];
  const taken: boolean[] = tokens.map(() => false);
  const take = (s: RawSpan) => {
    spans.push(s);
    for (let k = s.first; k <= s.last; k += 1) taken[k] = true;
  };
  // 1. Known aliases, longest first; a role noun after one joins it ("U.S. officials", "Iran's leaders").
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const byNormal = aliases.get(token.normal);
    const byLemma = token.lemma === token.normal ? undefined : aliases.get(token.lemma);
    if (!byNormal && !byLemma) continue;
    let best: Alias | null = null;
    for (const alias of byLemma ? [...(byNormal ?? []), ...byLemma] : byNormal ?? []) {
      if (best && alias.tokens.length <= best.tokens.length) continue;
      if (!matchesAt(tokens, i, alias)) continue;
      // "Iranian military parade", "a U.S. military response": a role noun modifying another noun is no actor.
      const end = i + alias.tokens.length - 1;
      const next = tokens[end + 1];
      const modifier = alias.tokens.length > 1 && ROLE_NOUNS.has(tokens[end]?.normal ?? "") && next?.pos === "NOUN" &&
        !ROLE_NOUNS.has(next.normal) && !PERSON_HEADS.has(next.normal) && !TITLE_WORDS.has(next.normal);
      if (!modifier) best = alias;
    }
    if (!best) continue;
    let last = i + best.tokens.length - 1;
    // "X-backed" compounds are handled below: an alias followed by "-backed" is not the actor itself.
    if (tokens[last + 1]?.text === "-" && BACKING_WORDS.has(tokens[last + 2]?.normal ?? "")) continue;
    // An alias ending in a role or group noun ("administration officials") has that head.
    const lastWord = tokens[last]?.normal ?? "";
    let head: string | null = ROLE_NOUNS.has(lastWord) || GROUP_NOUNS.has(lastWord) || PERSON_HEADS.has(lastWord) ? lastWord : null;
    const possessive = tokens[last + 1]?.normal === "'s";
    const end = roleEnd(tokens, last + (possessive ? 2 : 1));
    if (end >= 0) {
      last = end;
      head = tokens[end]?.normal ?? null;
    }
    const first = extendLeft(tokens, i, taken);
    take(span(first, last, definiteForm(tokens, first, head, last), best.actor, { head, plural: isPlural(tokens[last]) }));
    i = last;
  }
  // 2. Backed groups: "Iranian-backed (Iraqi) militias", "pro-Iranian militias".
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (tokens[i + 1]?.text !== "-" || !BACKING_WORDS.has(tokens[i + 2]?.normal ?? "")) continue;
    const owner = demonymActor(tokens[i]) ?? aliasActorAt(tokens, i, aliases);
    if (!owner) continue;
    let k = i + 3;
    while (k < tokens.length && k < i + 6 && !GROUP_NOUNS.has(tokens[k]?.normal ?? "")) k += 1;
    if (!GROUP_NOUNS.has(tokens[k]?.normal ?? "") || taken.slice(i, k + 1).some(Boolean)) continue;
    const proxy = PROXIES.get(owner) ?? `${owner}-backed-groups`;
    take(span(extendLeft(tokens, i, taken), k, "proxy", proxy, { head: tokens[k]?.normal ?? null, plural: true }));
    i = k;
  }
  // 3. Nationality or party adjective + role noun: "a senior Iraqi security official", "Iranian and Iraqi forces".
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i]) continue;
    const actor = demonymActor(tokens[i]);
    if (!actor) continue;
    let end = roleEnd(tokens, i + 1);
    // "Iranian and Iranian-backed forces": the adjective shares the later head.
    if (end < 0 && /^(?:and|or)$/.test(tokens[i + 1]?.normal ?? "")) {
      const later = spans.find((s) => s.first === i + 2 || s.first === i + 1);
      if (later?.head) end = i;
    }
    if (end < 0) continue;
    const head = end > i ? tokens[end]?.normal ?? null : null;
    const first = extendLeft(tokens, i, taken);
    take(span(first, end, definiteForm(tokens, first, head, end) === "definite" ? "definite" : "nominal", actor, { head, plural: isPlural(tokens[end]) }));
    i = end;
  }
  // 4. Groups an owner supports: "groups it supports", "its proxies", "its friends in Iraq".
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || taken[i]) continue;
    if (GROUP_NOUNS.has(token.normal)) {
      let k = i + 1;
      if (tokens[k]?.normal === "that") k += 1;
      const owner = tokens[k];
      const verb = tokens[k + 1];
      if (owner && verb && SUPPORT_VERBS.has(verb.lemma)) {
        const ownerActor = aliasActorAt(tokens, k, aliases);
        const pronoun = owner.normal === "it" ? "it" : null;
        if (ownerActor || pronoun) {
          take(span(extendLeft(tokens, i, taken), k + 1, "proxy", ownerActor ? PROXIES.get(ownerActor) ?? `${ownerActor}-backed-groups` : null, { head: token.normal, plural: true, pronoun }));
          continue;
        }
      }
    }
    if ((token.normal === "its" || token.normal === "their") && !taken[i + 1]) {
      let k = i + 1;
      while (k < i + 3 && (tokens[k]?.pos === "ADJ")) k += 1;
      const noun = tokens[k];
      if (noun && /^(?:proxies|proxy|friends|allies|militias|surrogates)$/.test(noun.normal)) {
        take(span(i, k, "proxy", null, { head: noun.normal, plural: true, pronoun: token.normal }));
        i = k;
      }
    }
  }
  // 5. Proper-name runs not known yet, with the title words before them.
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i] || tokens[i]?.pos !== "PROPN") continue;
    let last = i;
    while (last + 1 < tokens.length && !taken[last + 1]) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (next?.pos === "PROPN" && !/^[,.;:]$/.test(next.text)) last += 1;
      else if (next && (next.text === "-" || NAME_JOINERS.has(next.normal)) && after?.pos === "PROPN" && !taken[last + 2]) last += 2;
      else if (next && NAME_JOINERS.has(next.normal) && after?.text === "-" && tokens[last + 3]?.pos === "PROPN") last += 3;
      else break;
    }
    let first = i;
    // Drop leading title or common words ("Top", "Rep.") from the name itself.
    while (first < last && !isPlaceName(tokens.slice(first, last + 1)) && (TITLE_WORDS.has(tokens[first]?.normal ?? "") || isCommonWord(tokens[first] as Token))) first += 1;
    const nameTokens = tokens.slice(first, last + 1);
    if (nameTokens.length === 1 && (TITLE_WORDS.has(nameTokens[0]?.normal ?? "") || isCommonWord(nameTokens[0] as Token))) {
      i = last;
      continue;
    }
    // Title words before the name, possibly with an institution or nationality ("Iran Foreign Ministry spokesman").
    let start = first;
    while (start > 0 && !taken[start - 1] && TITLE_WORDS.has(tokens[start - 1]?.normal ?? "")) start -= 1;
    // "the city of Basra": a title never starts with "of".
    while (start < first && tokens[start]?.normal === "of") start += 1;
    const titleTokens = tokens.slice(start, first);
    let represents: string | null = null;
    let merged = start;
    const before = spans.find((s) => s.last === start - 1 && s.actor && (s.form === "alias" || s.form === "nominal" || s.form === "definite"));
    const demonym = demonymActor(tokens[start - 1]);
    if (before && (titleTokens.length > 0 || before.head)) {
      represents = before.actor;
      merged = before.first;
      spans.splice(spans.indexOf(before), 1);
    } else if (demonym && titleTokens.length > 0) {
      represents = demonym;
      merged = start - 1;
    }
    const title = titleTokens.map((t) => t.normal).join(" ");
    const kind = nameKind(nameTokens, titleTokens.length > 0 || represents !== null);
    if (kind !== "place" && kind !== "time") {
      const name = nameTokens.map((t) => t.text).join(" ").replace(/ - /g, "-").replace(/[’']s$/, "");
      take(span(merged, last, "name", null, {
        name, nameKind: kind, title, represents,
        gender: kind === "person" ? nameGender(nameTokens[0]?.normal ?? "") : null,
      }));
    }
    i = last;
  }
  // 6. Title + known person ("U.S. Secretary of State Mike Pompeo"): fold the title into the name's span.
  for (const s of [...spans]) {
    if (s.form !== "alias" || !s.actor || !personIds.has(s.actor)) continue;
    let start = s.first;
    while (start > 0 && !taken[start - 1] && TITLE_WORDS.has(tokens[start - 1]?.normal ?? "")) start -= 1;
    while (start < s.first && tokens[start]?.normal === "of" && !spans.some((o) => o.last === start - 1 && o.head)) start += 1;
    const before = spans.find((o) => o !== s && o.last === start - 1 && o.head && (o.form === "alias" || o.form === "nominal" || o.form === "definite"));
    if (before) {
      spans.splice(spans.indexOf(before), 1);
      start = before.first;
    }
    if (start < s.first) {
      s.title = tokens.slice(start, s.first).map((t) => t.normal).join(" ");
      for (let k = start; k < s.first; k += 1) taken[k] = true;
      s.first = start;
    }
  }
  // 7. Pronouns and definite descriptions ("the official", "the American diplomat").
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || taken[i]) continue;
    const pronoun = PRONOUNS.has(token.normal) && (token.pos === "PRON" || /^(?:his|its|their|our|my|her)$/.test(token.normal));
    if (pronoun) {
      if (token.text === "US") continue;
      take(span(i, i, "pronoun", null, { pronoun: token.normal, plural: /^(?:they|them|their|we|our|us)$/.test(token.normal) }));
      continue;
    }
    // An unnamed source: "one official", "a senior official" (shown as written, actor unknown).
    if (/^(?:a|an|one|another)$/.test(token.normal)) {
      let k = i + 1;
      while (k < i + 4 && ROLE_MODIFIERS.has(tokens[k]?.normal ?? "") && !taken[k]) k += 1;
      const head = tokens[k];
      const next = tokens[k + 1];
      if (head && !taken[k] && PERSON_HEADS.has(head.normal) && !(next && (next.pos === "NOUN" || next.pos === "PROPN"))) {
        take(span(i, k, "nominal", null, { head: head.normal }));
        i = k;
      }
      continue;
    }
    if (token.normal !== "the") continue;
    let k = i + 1;
    let demonym: string | null = null;
    while (k < tokens.length && k < i + 4 && !PERSON_HEADS.has(tokens[k]?.normal ?? "")) {
      const t = tokens[k];
      if (!t || taken[k] || !(ROLE_MODIFIERS.has(t.normal) || demonymActor(t) || t.pos === "ADJ")) break;
      demonym = demonymActor(t) ?? demonym;
      k += 1;
    }
    const head = tokens[k];
    const next = tokens[k + 1];
    const known = head && (PERSON_HEADS.has(head.normal) || (k === i + 1 && ORGANISATION_HEADS.has(head.normal)));
    if (head && known && !taken[k] && !(next && (next.pos === "NOUN" || next.pos === "PROPN"))) {
      take(span(i, k, "definite", demonym, { head: head.normal }));
      i = k;
    }
  }
  return spans.sort((a, b) => a.first - b.first);
}

/**
 * "the senior administration official", "The American diplomat": a definite
 * singular person description, resolved to an earlier mention before its
 * alias or nationality is used.
 */
function definiteForm(tokens: readonly Token[], first: number, head: string | null, last: number): RawSpan["form"] {
  const isThe = tokens[first]?.normal === "the";
  return isThe && head !== null && PERSON_HEADS.has(head) && !isPlural(tokens[last]) ? "definite" : "alias";
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
