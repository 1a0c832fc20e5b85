import type { RemovalReason } from "../schema";
import { isByline } from "./byline";
import { allIn, isHandles, isSeparatedMenu, isWordMenu, LANGUAGES, SHARE_WORDS } from "./menus";
import { isDateOnly, type LineRule, TWEET_SIGNATURE, type Verdict } from "./rules";
import { endsClosed } from "./text";
import { anyOf, lang } from "../lang";

/**
 * The whole-line rules in the order they are tried, and the judge that tries them. The words each
 * rule looks for are lists in lang.chrome; the patterns here only say how the words stand in the
 * line. Apart from rules.ts (dates, tweets, section labels), which the rules use.
 */

const f = lang.chrome;
const any = (words: readonly string[]) => `(?:${anyOf(words)})`;

const EMBED_FRAME = new RegExp(
  `^(?:${any(f.embedFrameOpeners)}\\b|${any(f.embedFrameLines)}$)`,
  "i",
);
const CAPTION = new RegExp(
  `^(?:${any(f.mediaNouns)}\\s+${any(f.creditNouns)}\\b|${any(f.captionLabels)}s?\\s*:|FILE\\s*[-–—]\\s*In this\\b|In this (?:${any(f.photoQualifiers)} )*${any(f.photoNouns)}\\b)`,
  "i",
);
const PICTURE_CREDIT = new RegExp(
  `${anyOf(f.pictureAgencies)}|\\b${any(f.wireAgencies)}(?:\\s+Photo)?\\s*\\/`,
);
const SHARE_OPENER = new RegExp(`^${any(f.shareOpeners)}\\b`, "i");
const NAVIGATION = new RegExp(
  `^(?:[•·]\\s*)?(?:${anyOf(f.navigationLines)}|page \\d+ of \\d+|loading\\.*)$`,
  "i",
);
const ADVERT = new RegExp(
  `^${any(f.adMarkers)}(?:\\s*[-–—:]\\s*.*)?$|^${any(f.adContinuations)}\\.?$|^${any(f.scrollPrompts)}`,
  "i",
);
const NEWSLETTER = new RegExp(
  `^${any(f.signupVerbs)}\\b.*\\b${any(f.newsletterNouns)}\\b|^${any(f.joinPhrases)} .*\\b${any(f.newsletterWords)}\\b|^${any(f.subscribeLines)}\\b.{0,60}$`,
  "i",
);
const CALL_TO_ACTION = new RegExp(
  `^${any(f.followVerbs)} (?:us|@\\w+)\\b|^${any(f.clickPhrases)}\\b|^${any(f.appPhrases)}\\b`,
  "i",
);
const INSERTED_LINK = new RegExp(`^${any(f.insertedLinkLabels)}\\s*[:|›»>–—]\\s*\\S`, "i");
const MEDIA_LINK = new RegExp(`^${any(f.mediaLinkLabels)}\\s*[:|›»>–—]\\s*\\S`, "i");
const COOKIE_CUE = new RegExp(`\\b${any(f.cookieCues)}\\b`, "i");
const BOILERPLATE = new RegExp(`^${any(f.boilerplateOpeners)}`, "i");

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
    test: test(EMBED_FRAME),
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
    test: test(CAPTION),
    reason: "caption",
    detail: "A photo caption or credit (“Photo:”, “Image copyright”, “In this file photo…”).",
  },
  {
    maxWords: 12,
    test: (text) => !endsClosed(text) && PICTURE_CREDIT.test(text),
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
    test: (text) => SHARE_OPENER.test(text) && allIn(text, SHARE_WORDS, 1),
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
    test: test(NAVIGATION),
    reason: "navigation",
    detail: "A piece of site navigation (“Skip to content”, “Back to top”, “Page not found”).",
  },
  {
    maxWords: 8,
    test: test(ADVERT),
    reason: "promo",
    detail: "An advertisement marker (“Advertisement”, “Story continues below”).",
  },
  {
    maxWords: 25,
    test: test(NEWSLETTER),
    reason: "promo",
    detail: "A newsletter or subscription pitch.",
  },
  {
    maxWords: 20,
    test: test(CALL_TO_ACTION),
    reason: "promo",
    detail: "A call to action (“Follow us on…”, “Click here…”, “Download our app”).",
  },
  {
    maxWords: 30,
    test: test(INSERTED_LINK),
    reason: "inserted-headline",
    detail: "A link to another article inserted into the text (“Read more:”, “Related:”).",
  },
  {
    maxWords: 30,
    test: test(MEDIA_LINK),
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
    test: (text) => /\bcookies?\b/i.test(text) && COOKIE_CUE.test(text),
    reason: "boilerplate",
    detail: "A cookie notice.",
  },
  {
    maxWords: 40,
    test: test(BOILERPLATE),
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
