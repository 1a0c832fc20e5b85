import { type QuoteForm } from "../text";

import type { QuoteKind } from "../schema";

/** Quotes up to this many words with no speaker are scare quotes. */
export const SCARE_MAX_WORDS = 4;

/**
 * Direct: a full clause or sentence quoted as such. Partial: a fragment set in
 * the outlet's own sentence, with a speaker. Scare: a short phrase with no
 * speaker, a quoted word in a headline, or the quoted name of a work.
 */
export function classifyQuote(
  form: QuoteForm,
  hasSpeaker: boolean,
  continuation: boolean,
  statedSpeaker = false,
  epithet = false,
): QuoteKind {
  // A short quote in a headline-like line is the outlet's wording ("…, citing ‘security
  // concerns’"), unless the line opens with it and says who spoke (“We will respond,” Berg
  // says — a headline, or a sentence missing its full stop).
  const spoken = statedSpeaker && form.initial;
  if (form.titleLike && form.words <= SCARE_MAX_WORDS && !spoken) return "scare";
  // A capitalised phrase mid-sentence is a work's or show's name, the outlet's to give; but
  // one a speaker calls someone ("called Ruiz “The Iron Lady”") is the speaker's.
  if (form.titleCase && !(hasSpeaker && epithet)) return "scare";
  if (form.initial || continuation)
    return hasSpeaker || form.words > SCARE_MAX_WORDS ? "direct" : "scare";
  if (form.introducedByMark || (form.introducedByVerb && form.clauseLike)) return "direct";
  if (hasSpeaker) return "partial";
  return form.words <= SCARE_MAX_WORDS ? "scare" : "partial";
}
