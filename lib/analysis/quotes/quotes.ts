import { attributeQuotes } from "../speakers";
import { buildQuoteContext, quoteForm, type PreparedArticle } from "../text";

import { groupQuotes as group } from "./groups";
import { classifyQuote } from "./kinds";
import type { Quote, QuoteGroup } from "../schema";

/**
 * The sentence a quote opens in: the last one starting at or before its offset (0 before the
 * first). Sentences are in text order, so a binary search: a walk from the start for every quote
 * cost quotes × sentences on long articles.
 */
function sentenceAt(article: PreparedArticle, offset: number): number {
  const sentences = article.analysis.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sentences[mid]?.start ?? Infinity) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo === 0 ? 0 : (sentences[lo - 1]?.index ?? 0);
}

/**
 * Every quote in an article: the quoted words (marks excluded) with their
 * offsets in the cleaned text, the speaker as the article names them, the
 * speaker's affiliation as the article states it (party, organisation or
 * campaign), how the speaker was found, and the kind (direct, partial or
 * scare). Quotes nested in
 * quotes are listed too, after the quote that holds them. Ids are
 * `q-<article>-<n>` in order of the opening marks.
 */
export function findQuotes(article: PreparedArticle): Quote[] {
  const ctx = buildQuoteContext(article);
  if (ctx.spans.length === 0) return [];
  const forms = ctx.spans.map((_, q) => quoteForm(ctx, q));
  const attributions = attributeQuotes(ctx, forms);
  const id = article.analysis.id;
  return ctx.spans.map((span, q): Quote => {
    const form = forms[q] ?? quoteForm(ctx, q);
    const found = attributions[q] ?? {
      speaker: null,
      attribution: null,
      affiliation: null,
      explicit: false,
    };
    const kind = classifyQuote(
      form,
      found.speaker !== null,
      span.continues !== null,
      found.speaker !== null && found.explicit,
      found.epithet === true,
    );
    // A scare quote is the outlet's own distancing: no one is quoted.
    const scare = kind === "scare";
    return {
      id: `q-${id}-${q + 1}`,
      article: id,
      sentence: sentenceAt(article, span.start),
      start: span.start,
      end: span.end,
      text: ctx.text.slice(span.start, span.end),
      speaker: scare ? null : found.speaker,
      speakerActor: null,
      affiliation: scare ? null : found.affiliation,
      attribution: scare ? null : found.attribution,
      kind,
      words: form.words,
    };
  });
}

/**
 * The same quote as printed by different articles (wire copy, reprints),
 * grouped even when altered, truncated or quoted in part. Only groups that
 * span two or more articles are returned, as `qg-1`, `qg-2` … in order of
 * first appearance.
 */
export function groupQuotes(quotes: Quote[], articles: PreparedArticle[]): QuoteGroup[] {
  return group(quotes, articles);
}
