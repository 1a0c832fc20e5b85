import { isCommonWord, isPlaceName, nameGender, nameKind } from "./names";
import {
  demonymActor,
  span,
  take,
  type RawSpan,
  type SpanState,
  WORD_INDEFINITE,
  WORD_PRONOUN,
  WORD_THE,
} from "./span-parts";
import { type Token } from "../text";
import { lang } from "../lang";

const isClausePunctuation = (text: string): boolean =>
  text === "," || text === "." || text === ";" || text === ":";

/** A span that can lend its actor to a title after it ("Ruritania Foreign Ministry spokesman X"). */
const naming = (s: RawSpan): boolean =>
  s.form === "alias" || s.form === "nominal" || s.form === "definite";

/** The last token of a proper-name run from i: names, hyphens and joiners ("Abu Mahdi al-Muhandis"). */
function nameRunEnd(state: SpanState, i: number): number {
  const { tokens, taken } = state;
  let last = i;
  while (last + 1 < tokens.length && !taken[last + 1]) {
    const next = tokens[last + 1];
    const after = tokens[last + 2];
    if (next?.pos === "PROPN" && !isClausePunctuation(next.text)) last += 1;
    else if (
      next &&
      (next.text === "-" || lang.names.joiners.has(next.normal)) &&
      after?.pos === "PROPN" &&
      !taken[last + 2]
    )
      last += 2;
    else if (
      next &&
      lang.names.joiners.has(next.normal) &&
      after?.text === "-" &&
      tokens[last + 3]?.pos === "PROPN"
    )
      last += 3;
    else break;
  }
  return last;
}

/**
 * "Texas Gov. Ned Ashby", "South Carolina Rep. Bob Linden": a place and a
 * title word inside a name run belong to the title, not the name. `run` is
 * where the run began, `first` where the name begins after leading title or
 * common words. Returns where the name starts (after the title words), or
 * `first` when the run has no such title.
 */
function afterTitleInRun(
  tokens: readonly Token[],
  run: number,
  first: number,
  last: number,
): number {
  for (let t = first + 1; t < last; t += 1) {
    if (!lang.gazetteer.titleParts.has(tokens[t]?.normal ?? "")) continue;
    // The place may start with a word the run dropped as common ("South Carolina").
    if (!isPlaceName(tokens.slice(first, t)) && !isPlaceName(tokens.slice(run, t))) return first;
    let k = t;
    while (k + 1 < last && lang.gazetteer.titleParts.has(tokens[k + 1]?.normal ?? "")) k += 1;
    return k + 1;
  }
  return first;
}

/** 5. Proper-name runs not known yet, with the title words before them. */
export function nameSpans(state: SpanState): void {
  const { tokens, taken, spans } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i] || tokens[i]?.pos !== "PROPN") continue;
    const last = nameRunEnd(state, i);
    let first = i;
    // A body named by a common word and its kind ("Tea Party", "Harbour Council", "Green Party")
    // keeps the word before its last: without it, the kind alone is no name.
    const keep = last > i && lang.names.organisationEndings.has(tokens[last]?.normal ?? "") ? 2 : 1;
    // Drop leading title or common words ("Top", "Rep.") from the name itself.
    while (
      last - first + 1 > keep &&
      !isPlaceName(tokens.slice(first, last + 1)) &&
      (lang.gazetteer.titleParts.has(tokens[first]?.normal ?? "") ||
        isCommonWord(tokens[first] as Token))
    )
      first += 1;
    first = afterTitleInRun(tokens, i, first, last);
    const nameTokens = tokens.slice(first, last + 1);
    if (
      nameTokens.length === 1 &&
      (lang.gazetteer.titleParts.has(nameTokens[0]?.normal ?? "") ||
        isCommonWord(nameTokens[0] as Token))
    ) {
      i = last;
      continue;
    }
    // Title words before the name, possibly with an institution or nationality ("Ruritania Foreign Ministry spokesman").
    let start = first;
    while (
      start > 0 &&
      !taken[start - 1] &&
      lang.gazetteer.titleParts.has(tokens[start - 1]?.normal ?? "")
    )
      start -= 1;
    // "the city of Hama": a title never starts with "of".
    while (start < first && tokens[start]?.normal === "of") start += 1;
    const titleTokens = tokens.slice(start, first);
    let represents: string | null = null;
    let merged = start;
    const before = spans.find((s) => s.last === start - 1 && s.actor && naming(s));
    const demonym = demonymActor(tokens[start - 1]);
    if (before && (titleTokens.length > 0 || before.head)) {
      represents = before.actor;
      merged = before.first;
      spans.splice(spans.indexOf(before), 1);
    } else if (demonym && titleTokens.length > 0) {
      represents = demonym;
      merged = start - 1;
    }
    const kind = nameKind(nameTokens, titleTokens.length > 0 || represents !== null);
    if (kind !== "place" && kind !== "time") {
      const s = span(merged, last, "name", null);
      s.name = nameTokens
        .map((t) => t.text)
        .join(" ")
        .replace(/ - /g, "-")
        .replace(/[’']s$/, "");
      s.nameKind = kind;
      s.title = titleTokens.map((t) => t.normal).join(" ");
      s.represents = represents;
      s.gender = kind === "person" ? nameGender(nameTokens[0]?.normal ?? "") : null;
      take(state, s);
    }
    i = last;
  }
}

/** 6. Title + known person ("Foreign Minister Tomas Berg"): fold the title into the name's span. */
export function titledPersonSpans(state: SpanState, personIds: ReadonlySet<string>): void {
  const { tokens, taken, spans } = state;
  for (const s of [...spans]) {
    if (s.form !== "alias" || !s.actor || !personIds.has(s.actor)) continue;
    let start = s.first;
    while (
      start > 0 &&
      !taken[start - 1] &&
      lang.gazetteer.titleParts.has(tokens[start - 1]?.normal ?? "")
    )
      start -= 1;
    while (
      start < s.first &&
      tokens[start]?.normal === "of" &&
      !spans.some((o) => o.last === start - 1 && o.head)
    )
      start += 1;
    const before = spans.find((o) => o !== s && o.last === start - 1 && o.head && naming(o));
    if (before) {
      spans.splice(spans.indexOf(before), 1);
      start = before.first;
    }
    if (start < s.first) {
      s.title = tokens
        .slice(start, s.first)
        .map((t) => t.normal)
        .join(" ");
      for (let k = start; k < s.first; k += 1) taken[k] = true;
      s.first = start;
    }
  }
}

/** 7. Pronouns and definite descriptions ("the official", "the American diplomat"). */
export function pronounSpans(state: SpanState): void {
  const { tokens, taken, classes } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || taken[i] || !((classes[i] ?? 0) & (WORD_PRONOUN | WORD_INDEFINITE | WORD_THE)))
      continue;
    const normal = token.normal;
    if (
      lang.functionWords.personalPronouns.has(normal) &&
      (token.pos === "PRON" || lang.functionWords.ownerPossessives.has(normal))
    ) {
      if (token.text === "US") continue;
      const s = span(i, i, "pronoun", null);
      s.pronoun = normal;
      s.plural = lang.functionWords.pluralPronouns.has(normal);
      take(state, s);
      continue;
    }
    if (lang.functionWords.indefinites.has(normal)) i = unnamedSource(state, i);
    else if (normal === "the") i = definiteDescription(state, i);
  }
}

/** An unnamed source: "one official", "a senior official" (shown as written, actor unknown). Returns the index to go on from. */
function unnamedSource(state: SpanState, i: number): number {
  const { tokens, taken } = state;
  let k = i + 1;
  while (k < i + 4 && lang.gazetteer.roleModifiers.has(tokens[k]?.normal ?? "") && !taken[k])
    k += 1;
  const head = tokens[k];
  const next = tokens[k + 1];
  if (
    head &&
    !taken[k] &&
    lang.gazetteer.personHeads.has(head.normal) &&
    !(next && (next.pos === "NOUN" || next.pos === "PROPN"))
  ) {
    const s = span(i, k, "nominal", null);
    s.head = head.normal;
    take(state, s);
    return k;
  }
  return i;
}

/** "the official", "the American diplomat", "the ministry". Returns the index to go on from. */
function definiteDescription(state: SpanState, i: number): number {
  const { tokens, taken } = state;
  let k = i + 1;
  let demonym: string | null = null;
  while (
    k < tokens.length &&
    k < i + 4 &&
    !lang.gazetteer.personHeads.has(tokens[k]?.normal ?? "")
  ) {
    const t = tokens[k];
    if (
      !t ||
      taken[k] ||
      !(lang.gazetteer.roleModifiers.has(t.normal) || demonymActor(t) || t.pos === "ADJ")
    )
      break;
    demonym = demonymActor(t) ?? demonym;
    k += 1;
  }
  const head = tokens[k];
  const next = tokens[k + 1];
  const known =
    head &&
    (lang.gazetteer.personHeads.has(head.normal) ||
      (k === i + 1 && lang.names.organisationHeads.has(head.normal)));
  if (head && known && !taken[k] && !(next && (next.pos === "NOUN" || next.pos === "PROPN"))) {
    const s = span(i, k, "definite", demonym);
    s.head = head.normal;
    take(state, s);
    return k;
  }
  return i;
}
