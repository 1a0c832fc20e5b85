/**
 * Lexical semantics for the fact aligner: which words of two sentences mean
 * the same (shared lemmas, WordNet synonyms and close senses, word vectors),
 * how much each word counts, and a sentence similarity that explains itself.
 * Pure and deterministic; its tables ship as JSON modules (data/README.md).
 */
import { wordVectors } from "./word-vectors";
import { wordnetIndex } from "./wordnet";

export type { ContentWord, SemanticToken } from "./content-words";
export { contentWords, wordOf } from "./content-words";
export { meanVectorCosine } from "./mean-vector";
export type { Conflicts, Link as RoleLink, Sides } from "./roles";
export { conflicts } from "./roles";
export type {
  PreparedSentence,
  SentenceSimilarity,
  SimilarityOptions,
  WordLink,
} from "./similarity";
export {
  compareSentences,
  DEFAULT_SIMILARITY_OPTIONS,
  PARAPHRASE_THRESHOLD,
  prepareSentence,
  SAME_FACT_THRESHOLD,
  sentenceSimilarity,
} from "./similarity";
export type { StoryWeightingOptions, Weighting } from "./weights";
export {
  backgroundWeighting,
  baseWeight,
  DEFAULT_STORY_WEIGHTING,
  storyWeighting,
} from "./weights";
export type { MatchKind, MatchOptions, WordMatch } from "./word-match";
export { DEFAULT_MATCH_OPTIONS, isDemonym, matchWords } from "./word-match";
export type { WordnetPos, WordnetRelation } from "./wordnet";
export { wordnetNeighbours } from "./neighbours";
export { wordnetRelation } from "./wordnet";
export { cosine as vectorCosine } from "./word-vectors";

/** Decode both tables now (they are otherwise decoded on first use). */
export function warmLexicon(): void {
  wordVectors();
  wordnetIndex("the");
}

// For the derivation and coverage scripts under eval/lexicon (they write and read these tables).
export { encodeUint24 } from "./uint24";
export { wordVectors } from "./word-vectors";
