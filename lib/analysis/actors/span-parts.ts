import type { NameKind } from "./names";
import { type Token } from "../text";
import { lang } from "../lang";

/**
 * The parts the span finders share (actor-match.ts, actor-name-spans.ts):
 * the span record, the per-sentence state the steps fill, and small readers
 * of role phrases and nationality adjectives.
 */

/** A span of one sentence's tokens that may name an actor. */
export interface RawSpan {
  /** First and last token index in the sentence (inclusive). */
  first: number;
  last: number;
  form: "alias" | "nominal" | "name" | "pronoun" | "definite" | "proxy";
  /** The actor, when the span names a known one. */
  actor: string | null;
  /** Role head noun ("official", "rebels"), when any. */
  head: string | null;
  plural: boolean;
  /** For names: the bare name (no title) and its kind; for persons, gender when known. */
  name: string | null;
  nameKind: NameKind | null;
  gender: "m" | "f" | null;
  /** Title words before a name, lower case ("secretary of state"). */
  title: string;
  /** Institution named in a person's title ("Ruritania Foreign Ministry spokesman X" → "ruritania"). */
  represents: string | null;
  /** Pronoun to resolve: the pronoun itself, or the owner in "its proxies" / "groups it supports". */
  pronoun: string | null;
}

/** One sentence being read: its tokens, the spans found so far, which tokens they cover, and each token's word classes. */
export interface SpanState {
  tokens: readonly Token[];
  spans: RawSpan[];
  taken: boolean[];
  /** Per token, the WORD_* bits of its word: one look-up per token, shared by every step. */
  classes: Uint8Array;
}

/** Word classes the span steps look for (bits). */
export const WORD_DEMONYM = 1;
export const WORD_GROUP = 2;
export const WORD_PRONOUN = 4;
export const WORD_INDEFINITE = 8;
export const WORD_THE = 16;
export const WORD_BACKING = 32;
/** "its", "their": owners of "its proxies". */
export const WORD_OWNER = 64;
/** A hyphen token, as in "Ruritania - backed". */
export const WORD_DASH = 128;

const WORD_CLASSES = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => {
  for (const word of words) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | bit);
};
mark(lang.gazetteer.demonyms.keys(), WORD_DEMONYM);
mark(lang.gazetteer.backedGroupNouns, WORD_GROUP);
mark(lang.functionWords.personalPronouns, WORD_PRONOUN);
mark(lang.functionWords.indefinites, WORD_INDEFINITE);
mark(["the"], WORD_THE);
mark(lang.gazetteer.backingWords, WORD_BACKING);
mark(["its", "their"], WORD_OWNER);

export function spanState(tokens: readonly Token[]): SpanState {
  const taken: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const classes = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    classes[i] = (WORD_CLASSES.get(token.normal) ?? 0) | (token.text === "-" ? WORD_DASH : 0);
  }
  const dateline = datelineEnd(tokens);
  for (let i = 0; i < dateline; i += 1) taken[i] = true;
  return { tokens, spans: [], taken, classes };
}

const DATELINE_DASH = /^[—–-]$/;
const DATELINE_JOIN = new Set(["/", ",", "(", ")"]);

/**
 * Tokens of a dateline opening the sentence ("WASHINGTON—", "STRELSAU (Reuters) -",
 * "WASHINGTON/NEW YORK—"), or 0. A dateline names where the story was filed, not the
 * government of that capital, so it must never become a mention of an actor.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  let sawPlace = false;
  for (let i = 0; i < Math.min(tokens.length, 12); i += 1) {
    const text = tokens[i]?.text ?? "";
    // A bare hyphen only after "(Agency)": "US-Ruritania talks" is not a dateline.
    if (DATELINE_DASH.test(text)) {
      const agency = tokens[i - 1]?.text === ")";
      return sawPlace && (text !== "-" || agency) ? i + 1 : 0;
    }
    if (DATELINE_JOIN.has(text)) continue;
    // Places in capitals; inside the brackets, the agency as written ("Reuters", "AP").
    const inBrackets = tokens.slice(0, i).some((t) => t.text === "(");
    const closed = tokens.slice(0, i).some((t) => t.text === ")");
    if (/\p{Lu}/u.test(text) && text === text.toUpperCase()) sawPlace = true;
    else if (!(inBrackets && !closed && /^\p{Lu}/u.test(text))) return 0;
  }
  return 0;
}

/** Record a span and mark its tokens taken. */
export function take(state: SpanState, s: RawSpan): void {
  state.spans.push(s);
  for (let k = s.first; k <= s.last; k += 1) state.taken[k] = true;
}

/**
 * A span with every field set, in one order. Callers set the few fields they
 * know afterwards: one object shape for every span keeps this per-token code
 * monomorphic (options objects of many shapes made V8 deoptimise and
 * recompile the finder again and again).
 */
export function span(
  first: number,
  last: number,
  form: RawSpan["form"],
  actor: string | null,
): RawSpan {
  return {
    first,
    last,
    form,
    actor,
    head: null,
    plural: false,
    name: null,
    nameKind: null,
    gender: null,
    title: "",
    represents: null,
    pronoun: null,
  };
}

export const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

export const isPlural = (token: Token | undefined): boolean =>
  !!token && token.normal !== token.lemma && token.normal.endsWith("s");

/** Tokens of a role phrase after position i: modifiers then a role noun not followed by another noun. */
export function roleEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 4) {
    const token = tokens[k];
    if (!token) break;
    const next = tokens[k + 1];
    if (
      lang.gazetteer.actorRoleNouns.has(token.normal) &&
      !(next && (next.pos === "NOUN" || lang.gazetteer.actorRoleNouns.has(next.normal)))
    )
      return k;
    if (
      !lang.gazetteer.roleModifiers.has(token.normal) &&
      !lang.gazetteer.actorRoleNouns.has(token.normal)
    )
      return -1;
    k += 1;
  }
  return -1;
}

/** Extend a span left over a determiner and role modifiers ("a senior" U.S. official). */
export function extendLeft(
  tokens: readonly Token[],
  first: number,
  taken: readonly boolean[],
): number {
  let k = first;
  while (k > 0 && !taken[k - 1] && first - k < 3) {
    const prev = tokens[k - 1];
    if (!prev || !(lang.gazetteer.roleModifiers.has(prev.normal) || DETERMINERS.has(prev.normal)))
      break;
    k -= 1;
  }
  return k;
}

/** The actor of a nationality or party adjective ("Freedonian" → freedonia); the pronoun "us" is none. */
export function demonymActor(token: Token | undefined): string | null {
  if (!token) return null;
  if (token.normal === "us" && token.text !== "US") return null;
  return lang.gazetteer.demonyms.get(token.normal) ?? null;
}

/**
 * "the senior administration official", "The American diplomat": a definite
 * singular person description, resolved to an earlier mention before its
 * alias or nationality is used.
 */
export function definiteForm(
  tokens: readonly Token[],
  first: number,
  head: string | null,
  last: number,
): RawSpan["form"] {
  const isThe = tokens[first]?.normal === "the";
  return isThe && head !== null && lang.gazetteer.personHeads.has(head) && !isPlural(tokens[last])
    ? "definite"
    : "alias";
}
