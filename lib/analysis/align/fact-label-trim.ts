import { lang } from "../lang";
import {
  dependentOf,
  dependentsOf,
  hasRelation,
  headOf,
  headOfSpan,
  phraseOf,
  spanOf,
  type Parse,
} from "../syntax";
import type { Token } from "../text";
import { startsWord, wordCount } from "./fact-label-render";

/**
 * Trimming a label's tokens, on its parse: leading adjuncts, asides of a
 * long label, and a cut at a phrase boundary.
 */
/** A label cut at a phrase boundary keeps at least this many words (else it is cut at the limit). */
const MIN_CUT_WORDS = 5;

/** Dependents that lead a clause without being its news: "On Friday,", "In Lakeview,", "However,". */
const LEADING_ADJUNCTS = ["obl", "advmod", "advcl", "nmod:tmod", "cc", "discourse", "dep"];
/** Heads of asides a long label loses first. */
const ASIDES = ["appos", "acl", "parataxis", "advcl", "dep", "obl"];
/** Parts of speech that open a phrase: a cut before one ends the label at a phrase boundary. */
const PHRASE_OPENERS = new Set(["ADP", "SCONJ", "CCONJ"]);
/** Parts of speech a label does not end on. */
const DANGLING = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON"]);
export const RELATIVE_WORDS = new Set(["who", "whom", "which", "whose"]);
const ASIDE_OPEN = new Set([",", "(", "—", "–"]);
const CLOSER: Record<string, string> = { ",": ",", "(": ")", "—": "—", "–": "–" };
const TIME_WORDS = new Set<string>([
  ...lang.time.relativeDays,
  ...lang.time.timeNouns,
  ...lang.time.adverbialTimeWords,
]);

export function clear(keep: Uint8Array, start: number, end: number): void {
  for (let i = Math.max(0, start); i < Math.min(end, keep.length); i += 1) keep[i] = 0;
}

export function kept(keep: Uint8Array): number[] {
  const out: number[] = [];
  keep.forEach((k, i) => {
    if (k) out.push(i);
  });
  return out;
}

/** "If the bridge closes, …": a condition is part of the news, not an adjunct to drop. */
function conditional(parse: Parse, tokens: readonly Token[], clause: number): boolean {
  return dependentsOf(parse, clause, "mark").some((m) =>
    lang.functionWords.conditionals.has(tokens[m]?.normal ?? ""),
  );
}

function leadingFiller(token: Token | undefined): boolean {
  return token?.pos === "PUNCT" || (token?.pos === "SCONJ" && token.normal === "that");
}

/** Drop what leads the clause before its subject: adjuncts by the parse, and a verbless time or place phrase before a comma. */
export function dropLeading(
  parse: Parse,
  tokens: readonly Token[],
  keep: Uint8Array,
  head: number,
): void {
  const subject = dependentOf(parse, head, "nsubj", "csubj", "expl");
  const limit = subject === null ? head : phraseOf(parse, subject).start;
  for (const child of dependentsOf(parse, head, ...LEADING_ADJUNCTS)) {
    const span = spanOf(parse, child);
    if (child >= limit || span.end > limit || conditional(parse, tokens, child)) break;
    const opener = tokens[span.start]?.pos ?? "";
    // A name or pronoun opening the sentence is its subject far more often than an adjunct.
    if (span.start !== kept(keep)[0] || ["SCONJ", "PROPN", "PRON"].includes(opener)) break;
    // A lone adverb goes only when set off by a comma ("Still,"), not "When" of "When it rained"; "But" goes.
    const lone = span.end - span.start === 1 && opener !== "CCONJ";
    if (lone && tokens[span.end]?.text !== ",") break;
    clear(keep, span.start, span.end);
    while (tokens[kept(keep)[0] as number]?.pos === "PUNCT") keep[kept(keep)[0] as number] = 0;
  }
  let rest = kept(keep);
  // The "that" of "said that …" and stray punctuation; "if" and "whether" stay, they carry meaning.
  while (leadingFiller(tokens[rest[0] as number])) {
    keep[rest[0] as number] = 0;
    rest = rest.slice(1);
  }
  // "on Friday US officials …": a time phrase the parser did not set apart.
  const first = rest[0] as number;
  const after = tokens[first]?.pos === "ADP" ? 1 : 0;
  if (after === 1 || (tokens[first - 1]?.pos === "ADP" && !keep[first - 1])) {
    const time = rest.slice(after, 4).findLastIndex((i) => TIME_WORDS.has(tokens[i]?.normal ?? ""));
    if (time >= 0 && rest.length - time > 5) {
      clear(keep, first, (rest[time + after] as number) + 1);
      rest = kept(keep);
    }
  }
  const comma = rest.findIndex((i, k) => k <= 10 && tokens[i]?.text === ",");
  if (comma <= 0 || rest.length - comma < 4) return;
  const segment = rest.slice(0, comma);
  // A clause of its own ("While it rained, …") stays; a verb without a subject ("In a statement released Friday,") may go.
  if (segment.some((i) => dependentOf(parse, i, "nsubj", "nsubj:pass", "expl") !== null)) return;
  if (segment.some((i) => lang.functionWords.conditionals.has(tokens[i]?.normal ?? ""))) return;
  const opener = tokens[segment[0] as number];
  const segmentHead = headOfSpan(parse, segment[0] as number, (segment.at(-1) as number) + 1);
  const time = segment.some(
    (i) => TIME_WORDS.has(tokens[i]?.normal ?? "") || TIME_WORDS.has(tokens[i]?.lemma ?? ""),
  );
  if (!time && (opener?.pos === "PROPN" || opener?.pos === "PRON")) return;
  const adjunct =
    time ||
    ["ADP", "ADV", "SCONJ", "CCONJ"].includes(opener?.pos ?? "") ||
    (segmentHead !== null && hasRelation(parse, segmentHead, "obl", "advmod", "nmod:tmod"));
  if (adjunct) clear(keep, segment[0] as number, (rest[comma] as number) + 1);
}

/** True when tokens [start, end) close every quote they open (an aside is not cut out of a quote). */
function quotesPair(tokens: readonly Token[], start: number, end: number): boolean {
  let open = 0;
  let straight = 0;
  for (const token of tokens.slice(start, end)) {
    if (/^[“«„]$/u.test(token.text)) open += 1;
    else if (/^[”»]$/u.test(token.text)) open -= 1;
    else if (token.text === '"') straight += 1;
    if (open < 0) return false;
  }
  return open === 0 && straight % 2 === 0;
}

/**
 * A long label loses a leading subordinate clause ("While the rain
 * continued, …", "As prices rose, …"), not a condition ("If …").
 */
function dropLeadingClause(tokens: readonly Token[], keep: Uint8Array): void {
  const rest = kept(keep);
  const first = tokens[rest[0] as number];
  if (!first || !lang.functionWords.subordinators.has(first.normal)) return;
  const comma = rest.findIndex((i, k) => k <= 16 && tokens[i]?.text === ",");
  if (comma <= 0 || rest.length - comma < 5) return;
  if (!quotesPair(tokens, rest[0] as number, rest[comma] as number)) return;
  clear(keep, rest[0] as number, (rest[comma] as number) + 1);
}

/** Drop the asides of a long label, the last first: ", who …,", ", the deputy mayor,", "(…)". */
export function dropAsides(
  parse: Parse,
  tokens: readonly Token[],
  keep: Uint8Array,
  max: number,
): void {
  dropLeadingClause(tokens, keep);
  if (wordCount(tokens, keep) <= max) return;
  const rest = kept(keep);
  for (let k = rest.length - 2; k > 0 && wordCount(tokens, keep) > max; k -= 1) {
    const open = rest[k] as number;
    const opener = tokens[open]?.text ?? "";
    if (!ASIDE_OPEN.has(opener)) continue;
    const closeAt = rest.findIndex((i, m) => m > k && tokens[i]?.text === CLOSER[opener]);
    const end = closeAt < 0 ? (rest.at(-1) as number) + 1 : (rest[closeAt] as number);
    const next = rest[k + 1] as number;
    const head = headOfSpan(parse, next, end);
    const aside =
      opener === "(" ||
      RELATIVE_WORDS.has(tokens[next]?.normal ?? "") ||
      (head !== null && hasRelation(parse, head, ...ASIDES));
    if (!aside || !quotesPair(tokens, open, end)) continue;
    const backup = keep.slice();
    clear(keep, open, closeAt < 0 ? end : end + 1);
    if (wordCount(tokens, keep) < 3) keep.set(backup);
  }
}

/** "that" or "whether" opening a verb's complement clause ("warned that …"), which a label keeps. */
function complementOpener(parse: Parse, tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal === "that") return true;
  if (!hasRelation(parse, i, "mark")) return false;
  const head = headOf(parse, i);
  const before = tokens[i - 1]?.pos ?? "";
  return (head !== null && hasRelation(parse, head, "ccomp", "csubj")) || before === "VERB";
}

/**
 * A cut between `last` and `next` keeps a whole main clause: its predicate
 * is kept, and no verb loses its object or complement to the cut.
 */
function cleanCut(
  parse: Parse,
  tokens: readonly Token[],
  head: number,
  [first, last, next]: readonly [number, number, number],
): boolean {
  if (head >= next || complementOpener(parse, tokens, next)) return false;
  // Not after a word that introduces what follows ("including"), nor leaving only "When it rained".
  if (hasRelation(parse, last, "case", "mark", "cc", "det", "aux", "cop")) return false;
  if (lang.functionWords.subordinators.has(tokens[first]?.normal ?? "")) return false;
  // "the government | of Lakeview", "Lakeview | and Dunmore": a word keeps its own phrase and list.
  const object = headOf(parse, next);
  if (
    object !== null &&
    headOf(parse, object) === last &&
    hasRelation(parse, object, "nmod", "conj")
  ) {
    return false;
  }
  const verb = tokens[last]?.pos === "VERB";
  return !(
    verb && dependentsOf(parse, last, "obj", "iobj", "obl", "ccomp", "xcomp").some((d) => d >= next)
  );
}

/** Cut a long label at the last phrase boundary within the limit; true when it had to cut mid-phrase. */
export function cut(
  parse: Parse,
  tokens: readonly Token[],
  keep: Uint8Array,
  head: number,
  max: number,
): boolean {
  const rest = kept(keep);
  let words = 0;
  let best = -1;
  let limitAt = rest.length;
  for (let k = 0; k < rest.length; k += 1) {
    const token = tokens[rest[k] as number];
    const before = tokens[rest[k - 1] as number];
    const opens =
      PHRASE_OPENERS.has(token?.pos ?? "") ||
      RELATIVE_WORDS.has(token?.normal ?? "") ||
      [",", ";", ":", "—", "–", "("].includes(token?.text ?? "");
    if (k > 0 && opens && words >= MIN_CUT_WORDS && !DANGLING.has(before?.pos ?? "")) {
      if (
        cleanCut(parse, tokens, head, [rest[0] as number, rest[k - 1] as number, rest[k] as number])
      )
        best = k;
    }
    if (startsWord(tokens, rest[k] as number, rest[k - 1])) {
      if (words + 1 > max) {
        limitAt = k;
        break;
      }
      words += 1;
    }
  }
  if (limitAt === rest.length) return false;
  const at = best >= 0 ? best : limitAt;
  clear(keep, rest[at] as number, keep.length);
  if (best >= 0) return false;
  // Mid-phrase: do not end on a function word.
  const left = kept(keep);
  for (let k = left.length - 1; k > 0 && DANGLING.has(tokens[left[k] as number]?.pos ?? ""); k -= 1)
    keep[left[k] as number] = 0;
  return true;
}
