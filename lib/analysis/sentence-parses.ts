import { parseSentence, type Parse, type SyntaxToken } from "./syntax";
import type { PreparedArticle } from "./text";

/**
 * The parses the stages outside the parser ask for (speakers, blame, fact labels), remembered by
 * token list so an article's work can carry the parses made while it was read. Reading an article
 * (speakers) parses the sentences around its quotes, and blame and fact labels later ask for some
 * of the same sentences. In one thread the parser's own memo (syntax/sentence-parse.ts) shares
 * them; an article read in a helper thread (lib/parallel) comes back as a copy whose token lists
 * that memo has never seen, so without the parses in the copy the main thread parsed those
 * sentences again (a fifth of a 1,000-article story's parses in the relations stage). A parse
 * depends on the tokens alone, so one carried back is the parse the main thread would make.
 */
const known = new WeakMap<readonly SyntaxToken[], Parse>();

/** The parse of one sentence's tokens (or a unit of tokens): made once, however many stages ask. */
export function sentenceParse(tokens: readonly SyntaxToken[]): Parse {
  let parse = known.get(tokens);
  if (!parse) {
    parse = parseSentence(tokens);
    known.set(tokens, parse);
  }
  return parse;
}

/** A parse of one of an article's sentences, by the sentence's index. */
export interface SentenceParse {
  sentence: number;
  parse: Parse;
}

/** The parses made so far of the article's sentences (over the sentences' own token lists). */
export function parsesOf(article: PreparedArticle): SentenceParse[] {
  const out: SentenceParse[] = [];
  article.segmented.sentences.forEach((sentence, index) => {
    const parse = known.get(sentence.tokens);
    if (parse) out.push({ sentence: index, parse });
  });
  return out;
}

/**
 * Remember parses carried with an article's work, over the article's own token lists (a copy
 * between threads keeps a parse's `tokens` the same list as its sentence's when both travel in one
 * message; a parse over other tokens is not trusted).
 */
export function rememberParses(article: PreparedArticle, parses: readonly SentenceParse[]): void {
  for (const { sentence, parse } of parses) {
    const tokens = article.segmented.sentences[sentence]?.tokens;
    if (tokens && parse.tokens === tokens && !known.has(tokens)) known.set(tokens, parse);
  }
}
