import type { RemovalReason } from "../schema";
import { isByline } from "./byline";
import { endsClosed } from "./text";
import { anyOf, lang } from "../lang";

/**
 * Rules that judge one line on its own, whatever its position: dates, bylines,
 * embeds, photo credits, share bars, menus, promos and legal boilerplate. Each
 * matches the WHOLE line, so a sentence that merely mentions "cookies" or
 * "click here" is kept.
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

const LANGUAGES: ReadonlySet<string> = new Set(lang.chrome.languageNames);

const MENU_WORDS: ReadonlySet<string> = new Set(lang.chrome.menuWords);

const SHARE_WORDS: ReadonlySet<string> = new Set(lang.chrome.shareWords);

function allIn(text: string, set: ReadonlySet<string>, min: number): boolean {
  const keys = text
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter((token) => token.length > 0);
  return keys.length >= min && keys.every((key) => set.has(key));
}

/** "Home | News | World" or "Home > World > Middle East": at least three short items split by separators. */
function isSeparatedMenu(text: string): boolean {
  if (endsClosed(text)) return false;
  const items = text.split(/\s*(?:[|•·»›>]|\s\/\s)\s*/).filter((item) => item.length > 0);
  return items.length >= 3 && items.every((item) => item.split(" ").length <= 4);
}

/** "Home News World Politics Sport": capitalised single words, mostly section names. */
function isWordMenu(text: string): boolean {
  const tokens = text.split(" ");
  if (tokens.length < 3 || !tokens.every((token) => /^\p{Lu}[\p{L}&-]*$/u.test(token)))
    return false;
  const known = tokens.filter((token) => MENU_WORDS.has(token.toLowerCase())).length;
  return known * 2 >= tokens.length + 1;
}

const HANDLE_WORDS = new RegExp(`^(?:${anyOf(lang.chrome.handleWords)})$`, "i");

/** A line of social handles: "@parallax @parallax_news" or "Follow @parallax on Twitter". */
function isHandles(text: string): boolean {
  const tokens = text.split(/[\s|•·,]+/).filter((token) => token.length > 0);
  const handles = tokens.filter((token) => /^@\w+$/.test(token)).length;
  const rest = tokens.filter((token) => !/^@\w+$/.test(token));
  return handles > 0 && rest.every((token) => HANDLE_WORDS.test(token));
}

const test = (pattern: RegExp) => (text: string) => pattern.test(text);

/** The whole-line rules, in the order they are tried: the first that matches gives the reason. */
export const LINE_RULES: LineRule[] = [
  {
    maxWords: 30,
    test: (text) => /pic\.twitter\.com\/\w|(?:twitter|x)\.com\/\w+\/status\/\d/.test(text),
    reason: "embed",
    detail: "An embedded tweet: its text ends in a Twitter picture or status link.",
  },
  {
    maxWords: 16,
    test: test(TWEET_SIGNATURE),
    reason: "embed",
    detail: "The signature line of an embedded tweet: “— Name (@handle) date”.",
  },
  {
    maxWords: 40,
    test: test(
      /^(?:A (?:post|photo|video) shared by\b|View this post on Instagram$|Watch on YouTube$)/i,
    ),
    reason: "embed",
    detail: "The frame of an embedded social-media post.",
  },
  {
    maxWords: 16,
    test: isDateOnly,
    reason: "dateline",
    detail: "A line holding only a date or time: page metadata, not a sentence.",
  },
  {
    maxWords: 30,
    test: (text, words) => isByline(text, words),
    reason: "byline",
    detail:
      "A byline or reporting credit: it names who wrote or edited the article, not what happened.",
  },
  {
    maxWords: 40,
    test: test(
      /^(?:(?:Image|Photo|Picture|Media|Video)\s+(?:copyright|caption|credit|source)\b|(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Caption)s?\s*:|FILE\s*[-–—]\s*In this\b|In this (?:undated |handout |file )*(?:photo|image|picture)\b)/i,
    ),
    reason: "caption",
    detail: "A photo caption or credit (“Photo:”, “Image copyright”, “In this file photo…”).",
  },
  {
    maxWords: 12,
    test: (text) =>
      !endsClosed(text) &&
      /Getty Images|Shutterstock|iStock|\b(?:AP|AFP|EPA|REUTERS|Reuters|Xinhua)(?:\s+Photo)?\s*\//.test(
        text,
      ),
    reason: "caption",
    detail: "A photo credit naming a picture agency (e.g. “AFP/Getty Images”).",
  },
  {
    maxWords: 12,
    test: (text) => allIn(text, LANGUAGES, 2),
    reason: "navigation",
    detail: "A language switcher: a row of language names.",
  },
  {
    maxWords: 10,
    test: (text) =>
      /^(?:share|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|reddit|telegram)\b/i.test(
        text,
      ) && allIn(text, SHARE_WORDS, 1),
    reason: "navigation",
    detail: "Share buttons (“Share this article”, “Facebook Twitter Email”).",
  },
  {
    maxWords: 24,
    test: isSeparatedMenu,
    reason: "navigation",
    detail: "A menu or breadcrumb: short items split by “|”, “•” or “>”.",
  },
  {
    maxWords: 12,
    test: isWordMenu,
    reason: "navigation",
    detail: "A menu: a row of capitalised section names.",
  },
  { maxWords: 12, test: isHandles, reason: "navigation", detail: "A row of social-media handles." },
  {
    maxWords: 8,
    test: test(
      /^(?:[•·]\s*)?(?:skip to (?:main )?content|skip navigation|toggle navigation|main menu|menu|search|home|log ?in|sign in|register|my account|back to top|close|(?:item|page|content|article) not found|page \d+ of \d+|loading\.*|continue reading(?: the main story)?|listen to this article)$/i,
    ),
    reason: "navigation",
    detail: "A piece of site navigation (“Skip to content”, “Back to top”, “Page not found”).",
  },
  {
    maxWords: 8,
    test: test(
      /^(?:advertisement|advert|ad|ads|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content)(?:\s*[-–—:]\s*.*)?$|^(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?\.?$|^scroll (?:down )?to continue/i,
    ),
    reason: "promo",
    detail: "An advertisement marker (“Advertisement”, “Story continues below”).",
  },
  {
    maxWords: 25,
    test: test(
      /^(?:sign up|subscribe|register)\b.*\b(?:newsletters?|briefing|updates|alerts|inbox)\b|^(?:get|join) (?:our|the) .*\bnewsletters?\b|^subscribe(?: now| today)?\b.{0,60}$/i,
    ),
    reason: "promo",
    detail: "A newsletter or subscription pitch.",
  },
  {
    maxWords: 20,
    test: test(
      /^(?:follow|like|join) (?:us|@\w+)\b|^(?:click|tap) here\b|^(?:download|get) (?:our|the) app\b/i,
    ),
    reason: "promo",
    detail: "A call to action (“Follow us on…”, “Click here…”, “Download our app”).",
  },
  {
    maxWords: 30,
    test: test(
      /^(?:read more|read also|also read|read next|related(?: (?:article|story|stories|coverage|content|link|links|reading))?|see also|more|must read|suggested|recommended)\s*[:|›»>–—]\s*\S/i,
    ),
    reason: "inserted-headline",
    detail: "A link to another article inserted into the text (“Read more:”, “Related:”).",
  },
  {
    maxWords: 30,
    test: test(/^(?:watch|watch now|watch next|up next|listen|video)\s*[:|›»>–—]\s*\S/i),
    reason: "promo",
    detail: "A link to a video or audio piece inserted into the text (“Watch:”).",
  },
  {
    maxWords: 30,
    test: (text) =>
      /^(?:©|\(c\)\s*\d|copyright\b)/i.test(text) || /\ball rights reserved\.?$/i.test(text),
    reason: "boilerplate",
    detail: "A copyright notice (“©”, “All rights reserved”).",
  },
  {
    maxWords: 60,
    test: (text) =>
      /\bcookies?\b/i.test(text) &&
      /\b(?:we use|this (?:web)?site uses|accept|consent|by continuing|cookie (?:policy|settings)|privacy policy)\b/i.test(
        text,
      ),
    reason: "boilerplate",
    detail: "A cookie notice.",
  },
  {
    maxWords: 40,
    test: test(
      /^(?:this (?:material|article|story|content) may not be (?:published|reproduced|copied|broadcast)|(?:the )?(?:views|opinions) expressed (?:in this|here|are)|please enable javascript|your browser does not support)/i,
    ),
    reason: "boilerplate",
    detail: "Publisher boilerplate (reuse terms, disclaimers, browser notices).",
  },
];

/** Reasons given to site furniture, which never reports speech. */
const FURNITURE = new Set<RemovalReason>(["navigation", "promo", "boilerplate"]);
const REPORTS_SPEECH = new RegExp(`\\b(?:${anyOf(lang.speech.reportingForms)})\\b`);

/** The first whole-line rule that matches, if any. */
export function judgeLine(text: string, words: number): Verdict | null {
  const speech = REPORTS_SPEECH.test(text);
  for (const rule of LINE_RULES) {
    if (words > rule.maxWords || (speech && FURNITURE.has(rule.reason))) continue;
    if (rule.test(text, words)) return { reason: rule.reason, detail: rule.detail };
  }
  return null;
}

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
