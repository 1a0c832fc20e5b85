import { segment, type PreparedArticle } from "../text";

/**
 * A prepared article straight from plain text, without the page-chrome
 * cleaner: for tests of later stages and for corpora that come clean.
 */
export function preparedFromText(id: string, text: string): PreparedArticle {
  const segmented = segment(text);
  const input = {
    id,
    outlet: id,
    outletSlug: null,
    title: null,
    published: null,
    byline: null,
    raw: text,
  };
  return {
    input,
    segmented,
    analysis: {
      ...input,
      text,
      removed: [],
      paragraphs: segmented.paragraphs,
      sentences: segmented.sentences.map(({ tokens: _tokens, ...sentence }) => sentence),
      wordCount: segmented.sentences.reduce(
        (sum, sentence) => sum + sentence.tokens.filter((t) => t.type === "word").length,
        0,
      ),
    },
  };
}
