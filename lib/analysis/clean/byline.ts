/**
 * Bylines and reporting credits: "By Jane Doe, Reuters", "Reporting by X;
 * Editing by Y", "Jane Doe contributed to this report." Strict on purpose:
 * every word must be a name (capitalised) or a credit word, so that a
 * sentence such as "By Monday, all staff had left." is never taken.
 */

import { anyOf, lang } from "../lang";

/** How a credit line opens: "By", "BY:", "Reporting by", "Additional reporting by", "Written by"… */
const LEAD =
  /^\(?\s*(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Ww]ritten|[Rr]eported|[Ss]tory|[Tt]ext|[Ww]ords)\s+(?:by|from)|[Bb][Yy]:?)\s+(?=[\p{Lu}@])/u;

/** Lower-case words a credit line may contain besides names. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(lang.chrome.creditWords);

/** "By Monday" or "By September" opens a sentence about time, not a byline. */
const TIME_WORD = new RegExp(`^(?:${anyOf(lang.chrome.timeOpeners)})\\b`);

function isCreditToken(token: string): boolean {
  if (/^\p{Lu}/u.test(token) || /^@\w+$/.test(token) || /^\d/.test(token)) return true;
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(token)) return true;
  return CREDIT_WORDS.has(token);
}

function onlyCreditWords(text: string): boolean {
  const tokens = text.split(/[\s,;|/&().:—–]+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
  return tokens.length > 0 && tokens.every(isCreditToken);
}

/** "Jane Doe and John Roe contributed (reporting) (to this report)." */
const CONTRIBUTED =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6})?contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$/u;

/** Whether a line is a byline or reporting credit and nothing else. */
export function isByline(text: string, words: number): boolean {
  if (words > 30 || /["“”]|\bsaid\b|\bsays\b/.test(text)) return false;
  if (CONTRIBUTED.test(text)) return true;
  const lead = LEAD.exec(text);
  if (!lead) return false;
  const rest = text.slice(lead[0].length);
  return !TIME_WORD.test(rest) && onlyCreditWords(rest);
}

const CREDIT_VERB =
  /^(?:[Aa]dditional|[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Rr]esearch|[Ww]ith)\b/;

/**
 * The byline as a reader would write it: the lead "By"/"Reporting by" dropped,
 * credits after the first joined with "; " and starting in lower case, e.g.
 * "By Phil Stewart and Lesley Wroughton. Additional reporting by Epoch Times
 * staff." → "Phil Stewart and Lesley Wroughton; additional reporting by Epoch
 * Times staff". Words are never changed otherwise.
 */
export function normalizeByline(text: string): string {
  const inner = text.replace(/^\(\s*|\s*\)$/g, "");
  const parts = inner.split(
    /\s*[;|]\s*|\.\s+(?=(?:[Aa]dditional|[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Rr]esearch)\b)/u,
  );
  const out: string[] = [];
  for (const part of parts) {
    // A final full stop goes, but not one that ends an initial or "Jr.".
    let piece = part.trim().replace(/(\p{L}{3,})\.$/u, "$1");
    if (piece.length === 0) continue;
    if (out.length === 0) piece = piece.replace(LEAD, "");
    else if (CREDIT_VERB.test(piece)) piece = piece.charAt(0).toLowerCase() + piece.slice(1);
    // "Published September 30, 2018" in a byline is a date, not a credit.
    if (/^(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b/.test(piece)) continue;
    out.push(piece);
  }
  return out.join("; ");
}
