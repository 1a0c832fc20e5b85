/**
 * Stage 4, speakers: who says each quote: the subject of a speech verb, a pronoun's person, a
 * document's signer, and the affiliations the article states for them.
 */
export { attributeQuotes } from "./quote-speaker";
