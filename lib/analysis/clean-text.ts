/**
 * Small text predicates shared by the cleaning rules. All are pure and linear
 * in the length of their input.
 */

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

/** Lower-cased runs of letters and digits: the words used to compare texts. */
export function wordKeys(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Number of whitespace-separated tokens that contain a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(" ")) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/** Sentence-closing punctuation, optionally followed by closing quotes or brackets (Latin, Arabic, CJK). */
const CLOSED = /[.!?…؟。！？]["”’'»)\]]*$|["”’»)\]]$/u;

/** Whether a line ends the way a sentence or a quotation ends. */
export function endsClosed(text: string): boolean {
  return CLOSED.test(text);
}

/** A teaser cut off mid-text: ends in "..." or "…" with no closing quote, e.g. "Iran’s Support for Isl...". */
export function isTruncated(text: string): boolean {
  return /[\p{L}\p{N},\s](?:\.{3}|…)$/u.test(text);
}

/** A line that reads as running text: a few words ending like a sentence, not a cut-off teaser. */
export function isProse(text: string, words: number): boolean {
  return words >= 5 && endsClosed(text) && !isTruncated(text);
}

/** Words that stay lower case in a title-case headline. */
const MINOR = new Set(
  "a an the and or nor but for to in of on at by with from as vs via into onto over per than up is are be its".split(
    " ",
  ),
);

/** Lower-case name particles that may lead a capitalised word: al-Qaeda, el-Sisi, bin Laden. */
const PARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|de|di|da|du|van|von|la|le)[-‘’']/;

/**
 * Whether a line is in title case: at least three significant words, and every
 * significant word starts with a capital or a digit ("Locals Call for End to
 * Iranian Influence in Iraq"). Scripts without case never qualify.
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

/** A bulleted or numbered list item ("• 25 people were hurt", "2. The consulate"): article content, not a teaser. */
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
