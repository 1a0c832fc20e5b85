/**
 * Stage 2, text: reading an article with wink-nlp: tokens, sentences, paragraphs, where each token
 * sits relative to quote marks, and the word classes later stages ask about (speech verbs, places,
 * first names).
 */
export { prepareArticle, type PreparedArticle } from "./article";
export { exactLexiconTags, firstNameGender, isPlaceWord, lexiconTags } from "./lexicon-tags";
export { isWordToken, tokenize, type Token } from "./nlp";
export { emphaticNegation, negatedBefore, refusedBefore } from "./negation";
export {
  buildQuoteContext,
  closesSentence,
  endsSentence,
  usable,
  windowAfter,
  windowAround,
  windowBefore,
  type QuoteContext,
  type Window,
} from "./quote-context";
export { quoteForm, type QuoteForm } from "./quote-form";
export { attributionMask } from "./reporting-phrases";
export { segment } from "./segment";
export { isParticiple, isSpeechVerb } from "./speech-verbs";
export { sharedWords, wordKey } from "./word-keys";
export { readText } from "./nlp";
export { type Segmented, type SegmentedSentence } from "./segment";
