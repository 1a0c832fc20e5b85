import type { RemovalReason } from "../schema";
import { anyOf, lang } from "../lang";

/**
 * What the whole-line rules share, and the line tests of their own that other cleaning steps use
 * too: a line that is only a date, a tweet's signature, a section label. The rules themselves,
 * in order, are in line-rules.ts; each matches the WHOLE line, so a sentence that merely mentions
 * "cookies" or "click here" is kept.
 */

export interface Verdict {
  reason: RemovalReason;
  detail: string;
}

export interface LineRule {
  /** Lines with more words than this are never judged by the rule (keeps long prose safe and the scan fast). */
  maxWords: number;
  test: (text: string, words: number) => boolean;
  reason: RemovalReason;
  detail: string;
}

const MONTH_SET: ReadonlySet<string> = new Set(lang.chrome.dateMonths);
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...lang.chrome.dateMonths,
  ...lang.chrome.dateWeekdays,
  ...lang.chrome.dateFiller,
]);

/** Whether a line is only a date and/or time, e.g. "Saturday, 29 September 2018 22:28" or "Updated: October 1, 2018". */
export function isDateOnly(text: string, words: number): boolean {
  if (words > 16) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s,|•·:()[\]]+/)
    .map((token) => token.replace(/\.$/, ""))
    .filter((token) => token.length > 0 && !/^[-–—/]+$/.test(token));
  let month = false;
  let number = false;
  let numericDate = false;
  let ago = false;
  for (const token of tokens) {
    if (MONTH_SET.has(token)) month = true;
    else if (token === "ago") ago = true;
    else if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(token)) number = true;
    else if (/^\d{1,4}(?:[./-]\d{1,4}){1,2}$/.test(token)) numericDate = true;
    else if (/^[+-]\d{2}:?\d{2}$/.test(token) || /^(?:utc|gmt)[+-]\d{1,2}$/.test(token)) continue;
    else if (!DATE_WORDS.has(token)) return false;
  }
  return numericDate || (month && number) || (ago && number);
}

/** The signature line of an embedded tweet: "— Anna Holm (@ministryspox) March 3, 2021". */
export const TWEET_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@\w{1,15}\)\s*(?:on\s+)?\S/u;

/** Traces of a tweet's text: a handle, a hashtag or a Twitter link. */
export const TWEET_TRACE = /(?:^|[\s.(])[@#]\w|pic\.twitter\.com\/|https?:\/\/t\.co\//;

/** Labels that open the page's own section after an article ("Other news", "Watch Next:", "More from …"). */
const SECTION_LABEL = new RegExp(
  `^(?:${anyOf(lang.chrome.sectionLabels)}|(?:${anyOf(lang.chrome.sectionLabelOpeners)})\\b.{0,60}|\\d+ (?:${anyOf(lang.chrome.countedLabels)}))$`,
  "i",
);

/** Whether a line is a section label such as "Other news" or "Watch Next:" (trailing colon or arrow allowed). */
export function isSectionLabel(text: string, words: number): boolean {
  if (words > 8) return false;
  return SECTION_LABEL.test(text.replace(/\s*[:›»>…]+$|\.{3}$/u, "").trim());
}
