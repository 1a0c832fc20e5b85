import type { Token } from "./nlp";
import { lang } from "../lang";

/**
 * True when a token is a speech or attribution verb. `afterQuote` admits the
 * verbs that only attribute right after a quote.
 */
export function isSpeechVerb(token: Token, afterQuote = false): boolean {
  if (lang.speech.alwaysVerbForms.has(token.normal)) return true;
  if (token.pos !== "VERB") return false;
  if (lang.speech.verbs.has(token.lemma)) return true;
  return afterQuote && lang.speech.postQuoteVerbs.has(token.lemma);
}

/** True for "-ing" forms, whose subject sits in the clause they hang from ("…, saying “…”"). */
export function isParticiple(token: Token): boolean {
  return token.pos === "VERB" && /ing$/.test(token.normal);
}
