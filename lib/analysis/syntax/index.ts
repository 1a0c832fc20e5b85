/**
 * Syntax: a small dependency parser over the engine's tokens, and questions
 * asked of its parses (who is the subject, what is the object, is it negated,
 * who is speaking). The only way into this folder.
 *
 *   const parse = parseTokens(sentence.tokens);   // wink tokens of one sentence
 *   const verb = parse.tokens.findIndex((t) => t.lemma === "blame");
 *   agentOf(parse, verb);   patientOf(parse, verb);   isNegated(parse, verb);
 *
 * The model is an averaged-perceptron arc-hybrid parser trained on UD English
 * EWT (CC BY-SA 4.0; see README.md); retrain with `npm run train-parser`,
 * measure with `npm run eval-parser`.
 */
export { parseTokens, syntaxModel, type Parse } from "./parse";
export { parseSentence } from "./sentence-parse";
export type { SyntaxToken } from "./words";
export {
  dependentOf,
  dependentsOf,
  depthOf,
  dominates,
  hasRelation,
  headOf,
  headOfSpan,
  labelIs,
  phraseOf,
  relationOf,
  spanOf,
  subtreeOf,
  type TokenSpan,
} from "./tree";
export {
  agentOf,
  caseOf,
  ccompOf,
  indirectObjectOf,
  isPassive,
  objectOf,
  obliquesOf,
  passiveAgentOf,
  patientOf,
  predicateOf,
  subjectOf,
  xcompOf,
  type RoleOptions,
} from "./roles";
export {
  accordingTo,
  clauseOf,
  contentOf,
  headsClause,
  isNegated,
  markersOf,
  negationOf,
  speakerOf,
} from "./clauses";
