import { keepingSentenceWork } from "../sentence-work";
import { anyOf, lang } from "../lang";
import type { Token } from "../text";
import { parsedLabel } from "./fact-label-parse";

/** Labels are cut to this many words (an ellipsis marks the cut). */
export const LABEL_MAX_WORDS = 12;

const ATTRIBUTION = new RegExp(`\\b(?:${anyOf(lang.speech.labelAttributionForms)})\\b`, "i");
/** An all-capitals dateline ("WASHINGTON—", "WASHINGTON/NEW YORK —") or "Outlet Name – ". */
const DATELINE =
  /^(?:\p{Lu}{2}[\p{Lu}./' ]{0,40}(?:[—–]| - )\s?|(?:\p{Lu}[\p{L}.]*\s){1,3}[—–]\s)/u;
/** Connectives that tie a sentence to the one before ("However,", "Later,"); "Earlier this month" stays. */
const OPENERS = new RegExp(
  `^(?:(?:${anyOf(lang.functionWords.commaConnectives)}),|${anyOf(lang.functionWords.bareConnectives)})\\s+`,
  "i",
);

/**
 * Drop a trailing attribution clause: ", the official said", ",” Berg said
 * in New York", ", according to officials". The clause after the last comma
 * must name the attribution within its first five words, and at least four
 * words must remain.
 */
function trimAttribution(text: string): string {
  const cut = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"));
  if (cut <= 0) return text;
  const tail = text
    .slice(cut + 1)
    .trim()
    .split(/\s+/);
  const head = text.slice(0, cut).trim().split(/\s+/);
  if (tail.length > 14 || head.length < 4 || !ATTRIBUTION.test(tail.slice(0, 5).join(" ")))
    return text;
  return text.slice(0, cut);
}

/** The tokens after a dateline ("LAKEVIEW (Wire) - "), which the parser would read as part of the sentence. */
function afterDateline(sentence: string, tokens: readonly Token[]): readonly Token[] {
  const text = sentence.trimStart();
  const dateline = DATELINE.exec(text)?.[0];
  const first = tokens[0];
  if (!dateline || !first || text.length - dateline.length < 12) return tokens;
  const end = first.start + dateline.trimEnd().length;
  return tokens.filter((token) => token.start >= end);
}

/**
 * A short label that reads as a headline, for a fact from its most
 * representative sentence. With the sentence's tokens, from its parse (see
 * `fact-label-parse.ts`): the reported clause of "X said (that) …", leading
 * adjuncts and, when long, asides dropped, cut at a phrase boundary. Without
 * them, or when the parse gives nothing, from the string: dateline and
 * attribution tail removed, quote marks dropped, at most `LABEL_MAX_WORDS`
 * words.
 */
export function factLabel(sentence: string, tokens?: readonly Token[]): string {
  if (tokens && tokens.length > 0) {
    const parsed = parsedLabel(afterDateline(sentence, tokens), LABEL_MAX_WORDS);
    if (parsed !== null) return parsed;
  }
  return stringLabel(sentence);
}

/** The label from the string alone: the fallback. */
export function stringLabel(sentence: string): string {
  let text = sentence.replace(/\s+/gu, " ").trim();
  const withoutDateline = text.replace(DATELINE, "");
  if (withoutDateline.length >= 12) text = withoutDateline;
  text = trimAttribution(text);
  text = text.replace(OPENERS, "");
  text = text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»,;:.]+$/gu, "");
  const words = text.split(" ").filter((word) => word.length > 0);
  const first = (words[0] ?? "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (words.length > 0) words[0] = first;
  if (words.length <= LABEL_MAX_WORDS) return words.join(" ");
  return `${words
    .slice(0, LABEL_MAX_WORDS)
    .join(" ")
    .replace(/[,;:—–-]+$/u, "")}…`;
}

/** Labels made, by sentence token list (a label depends on its sentence alone; see `sentenceMemo` in sentence-work.ts). */
const labels = new WeakMap<readonly Token[], { text: string; parsed?: string; plain?: string }>();

/** `factLabel` of a sentence, from its parse when `parse` is set, remembered for its token list. */
export function labelOf(
  text: string,
  tokens: readonly Token[] | undefined,
  parse: boolean,
): string {
  if (!tokens) return factLabel(text);
  let entry = labels.get(tokens);
  if (!entry || entry.text !== text) {
    entry = { text };
    if (keepingSentenceWork()) labels.set(tokens, entry);
  }
  if (parse) return (entry.parsed ??= factLabel(text, tokens));
  return (entry.plain ??= factLabel(text));
}
