import { endsClosed } from "./text";
import { anyOf, lang } from "../lang";

/**
 * Menus, language switchers, share bars and rows of handles: lines of site navigation known by
 * their words and separators. Apart from line-rules.ts, which orders all the whole-line rules,
 * because these read a line word by word rather than with one pattern.
 */

export const LANGUAGES: ReadonlySet<string> = new Set(lang.chrome.languageNames);

const MENU_WORDS: ReadonlySet<string> = new Set(lang.chrome.menuWords);

export const SHARE_WORDS: ReadonlySet<string> = new Set(lang.chrome.shareWords);

export function allIn(text: string, set: ReadonlySet<string>, min: number): boolean {
  const keys = text
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter((token) => token.length > 0);
  return keys.length >= min && keys.every((key) => set.has(key));
}

/** "Home | News | World" or "Home > World > Middle East": at least three short items split by separators. */
export function isSeparatedMenu(text: string): boolean {
  if (endsClosed(text)) return false;
  const items = text.split(/\s*(?:[|•·»›>]|\s\/\s)\s*/).filter((item) => item.length > 0);
  return items.length >= 3 && items.every((item) => item.split(" ").length <= 4);
}

/** "Home News World Politics Sport": capitalised single words, mostly section names. */
export function isWordMenu(text: string): boolean {
  const tokens = text.split(" ");
  if (tokens.length < 3 || !tokens.every((token) => /^\p{Lu}[\p{L}&-]*$/u.test(token)))
    return false;
  const known = tokens.filter((token) => MENU_WORDS.has(token.toLowerCase())).length;
  return known * 2 >= tokens.length + 1;
}

const HANDLE_WORDS = new RegExp(`^(?:${anyOf(lang.chrome.handleWords)})$`, "i");

/** A line of social handles: "@parallax @parallax_news" or "Follow @parallax on Twitter". */
export function isHandles(text: string): boolean {
  const tokens = text.split(/[\s|•·,]+/).filter((token) => token.length > 0);
  const handles = tokens.filter((token) => /^@\w+$/.test(token)).length;
  const rest = tokens.filter((token) => !/^@\w+$/.test(token));
  return handles > 0 && rest.every((token) => HANDLE_WORDS.test(token));
}
