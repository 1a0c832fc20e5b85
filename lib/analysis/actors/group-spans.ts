import { aliasActorAt, type AliasIndex } from "./aliases";
import {
  definiteForm,
  demonymActor,
  extendLeft,
  isPlural,
  roleEnd,
  span,
  take,
  type SpanState,
  WORD_BACKING,
  WORD_DASH,
  WORD_DEMONYM,
  WORD_GROUP,
  WORD_OWNER,
} from "./span-parts";
import { lang } from "../lang";

/**
 * The span finders for groups named by whom they belong to or who backs them: "Ruritanian-backed
 * rebels", "a senior Ruritanian official", "groups it supports", "its proxies". Apart from
 * match.ts, which runs the steps in order, because these three read nationality and backing words
 * rather than names.
 */

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

/** 2. Backed groups: "Ruritanian-backed (Freedonian) rebels", "pro-Ruritanian rebels". */
export function backedSpans(state: SpanState, lookups: SpanLookups): void {
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

/** 3. Nationality or party adjective + role noun: "a senior Freedonian security official", "Ruritanian and Freedonian forces". */
export function nationalSpans(state: SpanState): void {
  const { tokens, taken, spans, classes } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i] || !((classes[i] ?? 0) & WORD_DEMONYM)) continue;
    const actor = demonymActor(tokens[i]);
    if (!actor) continue;
    let end = roleEnd(tokens, i + 1);
    // "Ruritanian and Ruritanian-backed forces": the adjective shares the later head.
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

/** 4. Groups an owner supports: "groups it supports", "its proxies", "its friends in Freedonia". */
export function supportedSpans(state: SpanState, lookups: SpanLookups): void {
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
