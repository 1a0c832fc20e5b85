import { isPlaceWord, type QuoteContext } from "../text";
import { isRole } from "./affiliation-judge";
import { isName } from "./noun-phrases";
import { lang } from "../lang";

/**
 * Whether the word heading a verb's subject can be the one who says a quote: a person, a group,
 * an organisation, a document. A time ("Sunday"), a count ("three days"), a thing ("the move",
 * "the data") or a dateline ("WASHINGTON —") cannot; nor, unless the verb is a speech verb, a
 * place ("the Rose Garden", "Ohio": "Iran said" is a government speaking) or "it".
 */

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

const SPEAKING_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);

/** "WASHINGTON —", "LONDON (Reuters) -": a place in capitals opening a paragraph, then a dash or bracket. */
function dateline(ctx: QuoteContext, i: number): boolean {
  const token = tok(ctx, i);
  if (!token || !/^\p{Lu}{2,}$/u.test(token.text)) return false;
  let start = i;
  while (start > 0 && tok(ctx, start - 1)?.paragraph === token.paragraph) {
    if (!/^\p{Lu}[\p{Lu}.,]*$/u.test(tok(ctx, start - 1)?.text ?? "")) return false;
    start -= 1;
  }
  let end = i + 1;
  while (/^\p{Lu}[\p{Lu}.,]*$/u.test(tok(ctx, end)?.text ?? "")) end += 1;
  return /^[—–(-]$/.test(tok(ctx, end)?.text ?? "");
}

function isTime(normal: string): boolean {
  return lang.time.timePhraseWords.has(normal) || lang.time.weekdays.has(normal);
}

/** True when the word at ctx index i can speak; `speech` when the verb is a speech verb. */
export function canSpeak(ctx: QuoteContext, i: number, speech: boolean): boolean {
  const token = tok(ctx, i);
  if (!token) return false;
  if (token.pos === "PRON")
    return SPEAKING_PRONOUNS.has(token.normal) || (speech && token.normal === "it");
  if (isTime(token.normal) || dateline(ctx, i)) return false;
  if (lang.speech.documentNouns.has(token.lemma)) return true;
  if (isName(ctx, i) || token.pos === "PROPN") return speech || !isPlaceWord(token.normal);
  if (token.pos !== "NOUN") return false;
  if (lang.names.organisationWords.has(token.normal)) return true;
  if (lang.names.personNouns.has(token.lemma)) return true;
  // WordNet before the role endings: "incident" and "moment" end like "student" and "claimant".
  if (isThingNoun(token.lemma)) return false;
  // A speech verb's subject may be any noun for people ("critics say", "a child replied"), not
  // a thing.
  return isRole(ctx, i) || speech;
}

/**
 * A noun (lemma) for a thing that cannot speak: listed ("the data suggest"), or one WordNet knows
 * for no person or group ("the theory suggests", "the refusal"), unless it is listed as an
 * organisation ("groups": WordNet's first "group" is a mere set).
 */
export function isThingNoun(lemma: string): boolean {
  if (lang.speakers.thingNouns.has(lemma)) return true;
  return lang.speakers.muteNouns.has(lemma) && !lang.names.organisationWords.has(lemma);
}
