/**
 * Small text predicates shared by the cleaning rules. All are pure and linear
 * in the length of their input.
 */

import { anyOf, lang } from "../lang";

/** Odd spaces that pages use between words; shown as a plain space in the cleaned text. */
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters that carry nothing (zero-width space, byte-order mark). ZWNJ/ZWJ are kept: Persian needs them. */
const INVISIBLE = /[\u200B\uFEFF]/g;

/** Replace odd spaces with plain ones, collapse runs of spaces, trim. Never changes a word. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, "").replace(ODD_SPACE, " ").replace(/ {2,}/g, " ").trim();
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  bull: "•",
  middot: "·",
};

/** Decode HTML character references (the common named ones and all numeric ones); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g,
    (whole, body: string) => {
      if (body.startsWith("#")) {
        const code =
          body[1] === "x" || body[1] === "X"
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10);
        // Lone surrogates and out-of-range values would make an invalid string: keep the reference.
        if (
          !Number.isFinite(code) ||
          code <= 0 ||
          code > 0x10ffff ||
          (code >= 0xd800 && code <= 0xdfff)
        )
          return whole;
        return String.fromCodePoint(code);
      }
      return ENTITIES[body.toLowerCase()] ?? whole;
    },
  );
}

const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_DIGIT = /^[\p{L}\p{N}]$/u;

/** ASCII letters and digits, by char code: the common case, decided without a Unicode regex. */
function asciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Length of the code point at `i` (1 or 2) when it is a letter, mark or digit
 * (`marks` false: a letter or digit), else 0. Non-ASCII is checked with the
 * Unicode property regex, so the result is exactly what `\p{…}` would say.
 */
function wordCharAt(text: string, i: number, marks: boolean): number {
  const code = text.charCodeAt(i);
  if (code < 128) return asciiWordChar(code) ? 1 : 0;
  const point = text.codePointAt(i) ?? code;
  const char = String.fromCodePoint(point);
  return (marks ? LETTER_MARK_DIGIT : LETTER_DIGIT).test(char) ? char.length : 0;
}

/**
 * Lower-cased runs of letters, marks and digits: the words used to compare
 * texts. A scan by char code rather than a global Unicode regex match, which
 * was the cleaner's largest cost; same result as
 * `text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu)`.
 */
export function wordKeys(text: string): string[] {
  const lower = text.toLowerCase();
  const keys: string[] = [];
  let start = -1;
  let i = 0;
  while (i < lower.length) {
    const size = wordCharAt(lower, i, true);
    if (size > 0) {
      if (start < 0) start = i;
      i += size;
      continue;
    }
    if (start >= 0) keys.push(lower.slice(start, i));
    start = -1;
    i += 1;
  }
  if (start >= 0) keys.push(lower.slice(start));
  return keys;
}

/** Number of space-separated tokens that contain a letter or digit (one pass, no split). */
export function countWords(text: string): number {
  let count = 0;
  let counted = false;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 32) {
      counted = false;
      i += 1;
      continue;
    }
    const size = counted ? 0 : wordCharAt(text, i, false);
    if (size > 0) {
      count += 1;
      counted = true;
    }
    i += Math.max(1, size);
  }
  return count;
}

/** Sentence-closing punctuation (Latin, Arabic, CJK). */
const FINAL = ".!?…؟。！？";
/** Closing quotes and brackets that may follow it; a line may also simply end in one (but not in "'"). */
const CLOSERS = "\"”’'»)]";
const ENDING_CLOSERS = '"”’»)]';

/**
 * Whether a line ends the way a sentence or a quotation ends: closing
 * punctuation, optionally followed by closing quotes or brackets, or a
 * closing quote or bracket. Read backwards from the end (an end-anchored
 * regex retries from every offset of a long line).
 */
export function endsClosed(text: string): boolean {
  let i = text.length - 1;
  if (i < 0) return false;
  if (ENDING_CLOSERS.includes(text[i] ?? "")) return true;
  while (i >= 0 && CLOSERS.includes(text[i] ?? "")) i -= 1;
  return i >= 0 && FINAL.includes(text[i] ?? "");
}

const TRUNCATED_BEFORE = /^[\p{L}\p{N},\s]$/u;

/** A teaser cut off mid-text: ends in "..." or "…" with no closing quote, e.g. "Ruritania’s Support for Reb...". */
export function isTruncated(text: string): boolean {
  const cut = text.endsWith("...") ? text.length - 3 : text.endsWith("…") ? text.length - 1 : -1;
  if (cut <= 0) return false;
  // The character before the dots, a whole code point (a letter outside the BMP is two code units).
  const low = text.charCodeAt(cut - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && cut >= 2 ? cut - 2 : cut - 1;
  return TRUNCATED_BEFORE.test(text.slice(from, cut));
}

/** A line that reads as running text: a few words ending like a sentence, not a cut-off teaser. */
export function isProse(text: string, words: number): boolean {
  return words >= 5 && endsClosed(text) && !isTruncated(text);
}

/** Words that stay lower case in a title-case headline. */
const MINOR: ReadonlySet<string> = new Set(lang.chrome.titleCaseMinorWords);

/** Lower-case name particles that may lead a capitalised word: al-Qaeda, el-Sisi, bin Laden. */
const PARTICLE = new RegExp(`^(?:${anyOf(lang.names.particles)})[-‘’']`);

/**
 * Whether a line is in title case: at least three significant words, and every
 * significant word starts with a capital or a digit ("Locals Call for End to
 * Ruritanian Influence in Freedonia"). Scripts without case never qualify.
 */
export function isTitleCase(text: string): boolean {
  let significant = 0;
  for (const raw of text.split(" ")) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (!/\p{L}/u.test(token)) continue;
    if (MINOR.has(token.toLowerCase())) continue;
    const body = token.replace(PARTICLE, "");
    if (!/^[\p{Lu}\p{N}]/u.test(body)) return false;
    significant += 1;
  }
  return significant >= 3;
}

/** Whether a line opens with a quotation mark (a quote on its own line is article text). */
export function startsWithQuote(text: string): boolean {
  return /^["“‘'«„]/u.test(text);
}

/** A bulleted or numbered list item ("• 25 people were hurt", "2. The embassy"): article content, not a teaser. */
export function isListItem(text: string): boolean {
  return /^(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s/u.test(text);
}

/** Lower-cased words and digits only, for comparing a line with the title. */
export function comparisonKey(text: string): string {
  return wordKeys(text).join(" ");
}

/**
 * Whether a line repeats the article title: the same words, or the title
 * followed by a short site suffix ("Title | Site", "Title - Site").
 */
export function repeatsTitle(line: string, title: string): boolean {
  const a = comparisonKey(line);
  const b = comparisonKey(title);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  if (!a.startsWith(`${b} `)) return false;
  const extra = a.split(" ").length - b.split(" ").length;
  return extra <= 5 && /\s[|–—-]\s|\|/.test(line);
}
