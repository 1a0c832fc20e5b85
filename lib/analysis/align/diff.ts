import { diffArrays } from "diff";
import { changesOf, classify, describe } from "./diff-summary";
import type { DiffPart, TextDiff } from "../schema";
import { sharedWords, wordKey } from "../text";

/** Collapse runs of white space (including no-break spaces) so layout never counts as a change. */
export function normaliseSpace(text: string): string {
  // Most texts are already normal (segmented sentences, quotes): test before rebuilding.
  return UNNORMAL_SPACE.test(text) ? text.replace(/\s+/gu, " ").trim() : text;
}

/** White space other than single inner spaces. */
const UNNORMAL_SPACE = /[^\S ]|\s\s|^\s|\s$/u;

const WORD = /[\p{L}\p{N}]/u;

const WORD_RUN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

// The same tokens as the `diff` package's diffWordsWithSpace (jsdiff 9): words, runs of
// spaces, single other characters. They tile the text, so token offsets are running lengths.
const EXTENDED_WORD_CHARS =
  "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
const DIFF_TOKEN = new RegExp(
  `(\\r?\\n)|[${EXTENDED_WORD_CHARS}]+|[^\\S\\n\\r]+|[^${EXTENDED_WORD_CHARS}]`,
  "gu",
);

const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;

/**
 * The edit script from the `diff` package's Myers diff over integer token ids (comparing
 * numbers, not strings, is what makes this cheap), as runs: [op, count, ...].
 */
function editScript(old: number[], neu: number[]): number[] {
  const out: number[] = [];
  for (const change of diffArrays(old, neu)) {
    const op = change.added ? INSERT : change.removed ? DELETE : EQUAL;
    out.push(op, change.count ?? change.value.length);
  }
  return out;
}

/**
 * Below this share of the shorter text's words found in the longer one, two texts are
 * different wording, not a rewording: a word-by-word diff would only pair up stray
 * "the"s and commas, and it is the costliest kind (Myers takes time in the square of
 * the edits).
 */
export const RELATED_SHARE = 0.5;

/** True when at least RELATED_SHARE of the shorter word list's words (by key, repeats counted) are in the longer one. */
function related(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const [short, long] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return short.length === 0 || sharedWords(short, long, wordKey) >= RELATED_SHARE * short.length;
}

/** The edit script of unrelated texts: their common opening and ending kept, the rest replaced whole. */
function replaceScript(old: number[], neu: number[]): number[] {
  let head = 0;
  while (head < old.length && head < neu.length && old[head] === neu[head]) head += 1;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < neu.length - head &&
    old[old.length - 1 - tail] === neu[neu.length - 1 - tail]
  )
    tail += 1;
  const out: number[] = [];
  if (head > 0) out.push(EQUAL, head);
  if (old.length - head - tail > 0) out.push(DELETE, old.length - head - tail);
  if (neu.length - head - tail > 0) out.push(INSERT, neu.length - head - tail);
  if (tail > 0) out.push(EQUAL, tail);
  return out;
}

/** A text's diff tokens as integer ids (shared across both texts) and their start offsets. */
interface Tokens {
  ids: number[];
  /** Offset of token i; one more entry for the end of the text. */
  starts: number[];
}

function tokenize(text: string, idOf: Map<string, number>): Tokens {
  const tokens = text.match(DIFF_TOKEN) ?? [];
  const ids: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? "";
    // Half the tokens are the single space between words: skip the map for those.
    let id = token === " " ? 0 : idOf.get(token);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(token, id);
    }
    ids.push(id);
    starts.push(offset);
    offset += token.length;
  }
  starts.push(offset);
  return { ids, starts };
}

/** Where each of a text's words (as `words` finds them) starts and ends. */
interface WordSpans {
  text: string;
  words: string[];
  starts: number[];
  ends: number[];
  /** The first word not wholly before the current part (parts are read in order). */
  next: number;
}

function wordSpans(text: string): WordSpans {
  const spans: WordSpans = { text, words: [], starts: [], ends: [], next: 0 };
  WORD_RUN.lastIndex = 0;
  for (let match = WORD_RUN.exec(text); match; match = WORD_RUN.exec(text)) {
    spans.words.push(match[0]);
    spans.starts.push(match.index);
    spans.ends.push(match.index + match[0].length);
  }
  return spans;
}

/** Apostrophes, hyphen and full stop: the joiners inside a word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
}

/**
 * `words(text.slice(from, to))` for consecutive parts of one text, from its word spans
 * instead of another regex pass. A part cut through a word (tokens split "U.S." at its
 * dots) holds that word's piece there, less a joiner left dangling at either end.
 */
function partWords(spans: WordSpans, from: number, to: number): string[] {
  const out: string[] = [];
  let i = spans.next;
  for (; i < spans.words.length; i += 1) {
    const start = spans.starts[i] ?? 0;
    const end = spans.ends[i] ?? 0;
    if (start >= to) break;
    if (start >= from && end <= to) out.push(spans.words[i] ?? "");
    else {
      let s = Math.max(start, from);
      let e = Math.min(end, to);
      if (s < e && isJoiner(spans.text.charCodeAt(s))) s += 1;
      if (s < e && isJoiner(spans.text.charCodeAt(e - 1))) e -= 1;
      if (s < e) out.push(spans.text.slice(s, e));
    }
    if (end > to) break;
  }
  spans.next = i;
  return out;
}

/**
 * jsdiff's word diff (`diffWordsWithSpace`, exactly the same parts), over integer token
 * ids (unless asked to replace unrelated texts whole). With the words of every part, as
 * `words` would find them in the part's text.
 */
function wordDiff(
  left: string,
  right: string,
  replaceUnrelated: boolean,
): { parts: DiffPart[]; partWordLists: string[][]; wordsA: string[]; wordsB: string[] } {
  const idOf = new Map<string, number>([[" ", 0]]);
  const a = tokenize(left, idOf);
  const b = tokenize(right, idOf);
  const spansA = wordSpans(left);
  const spansB = wordSpans(right);
  const script =
    replaceUnrelated && !related(spansA.words, spansB.words)
      ? replaceScript(a.ids, b.ids)
      : editScript(a.ids, b.ids);
  const parts: DiffPart[] = [];
  const partWordLists: string[][] = [];
  let i = 0;
  let j = 0;
  for (let r = 0; r < script.length; r += 2) {
    const op = script[r];
    const count = script[r + 1] ?? 0;
    if (op === DELETE) {
      const from = a.starts[i] ?? 0;
      const to = a.starts[i + count] ?? 0;
      parts.push({ op: "delete", text: left.slice(from, to) });
      partWordLists.push(partWords(spansA, from, to));
      i += count;
      continue;
    }
    // Equal parts take B's text, as jsdiff's do (the same characters either way).
    const from = b.starts[j] ?? 0;
    const to = b.starts[j + count] ?? 0;
    parts.push({ op: op === INSERT ? "insert" : "equal", text: right.slice(from, to) });
    partWordLists.push(partWords(spansB, from, to));
    j += count;
    if (op === EQUAL) i += count;
  }
  return { parts, partWordLists, wordsA: spansA.words, wordsB: spansB.words };
}

/**
 * Word-level diff from A to B (the `diff` package's word diff, white space
 * normalised first). Joining the equal and deleted parts gives A; the equal
 * and inserted parts give B.
 *
 * With `replaceUnrelated`, texts that share under RELATED_SHARE of the shorter
 * one's words are shown as replaced whole between their common opening and
 * ending: for a quote group, whose long base and chained printings can be far
 * apart, where the word diff of two different texts costs most and shows least.
 */
export function diffText(
  a: string,
  b: string,
  options: { replaceUnrelated?: boolean } = {},
): TextDiff {
  const left = normaliseSpace(a);
  const right = normaliseSpace(b);
  // Wire copy: many pairs are the same text, whose diff is one equal part.
  if (left === right) {
    return {
      parts: left === "" ? [] : [{ op: "equal", text: left }],
      kind: "identical",
      changes: [],
      summary: "Identical wording.",
      similarity: 1,
    };
  }
  const { parts, partWordLists, wordsA, wordsB } = wordDiff(
    left,
    right,
    options.replaceUnrelated === true,
  );
  const changes = changesOf(parts, partWordLists);
  let { kind, summary } = classify(wordsA, wordsB, changes);
  if (kind === "identical") {
    kind = "punctuation";
    summary = "Same words; only punctuation or quote marks differ.";
  }
  let kept = 0;
  parts.forEach((part, p) => {
    if (part.op === "equal") kept += partWordLists[p]?.length ?? 0;
  });
  const total = wordsA.length + wordsB.length;
  const similarity = total === 0 ? 1 : Math.min(1, (2 * kept) / total);
  return {
    parts,
    kind,
    changes: changes.map(describe),
    summary,
    similarity: Math.round(similarity * 1000) / 1000,
  };
}

/** True when two texts have the same words in the same order (case, punctuation and quote style aside). */
export function sameWords(a: string, b: string): boolean {
  const wa = words(a).map(wordKey);
  const wb = words(b).map(wordKey);
  return wa.length === wb.length && wa.every((w, i) => w === wb[i]);
}

/** Rebuild one side of a diff: "a" from equal + delete parts, "b" from equal + insert parts. */
export function applySide(parts: DiffPart[], side: "a" | "b"): string {
  const skip = side === "a" ? "insert" : "delete";
  return parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join("");
}

export { WORD as WORD_CHARACTER };
