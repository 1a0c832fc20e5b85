/**
 * The parser's inner workings that its trainer and evaluator (eval/syntax) share with it: the
 * transition system, features, encoding and model format. A second door beside index.ts, open to
 * eval/ only (eslint-rules/engine-layers.mjs), so training code reuses the parser's own steps
 * instead of copies, while the engine reads the parser through index.ts.
 */
export { applyClass, bestValidClass, decodeByFloats } from "./decode";
export { decode } from "./fast-decode";
export { encodeSentence, type EncodedSentence } from "./encode";
export { extractFeatures, FEATURE_VERSION, MAX_FEATURES } from "./features";
export {
  fromBase64,
  loadModel,
  modelFileSchema,
  quantize,
  toBase64,
  type Model,
  type ModelFile,
} from "./model";
export { LEFT, ParseState, RIGHT, SHIFT } from "./state";
export { toWords, type Word } from "./words";
