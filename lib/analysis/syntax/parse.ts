import modelData from "./model-data.json";
import { decode } from "./fast-decode";
import { encodeSentence } from "./encode";
import { loadModel, type Model } from "./model";
import { foldToTokens, type Parse } from "./fold";
import { toWords, type SyntaxToken } from "./words";

let loaded: Model | null = null;

/** The shipped model, decoded on first use (a few milliseconds). */
export function syntaxModel(): Model {
  loaded ??= loadModel(modelData);
  return loaded;
}

/**
 * Parse one sentence's tokens (wink's `Token`s fit). Deterministic: the same
 * tokens always give the same parse. Tokens the treebank splits ("I'm",
 * "cannot") are parsed as their parts and folded back, so the result has one
 * head and one relation per token given.
 */
export function parseTokens(tokens: readonly SyntaxToken[], model: Model = syntaxModel()): Parse {
  const words = toWords(tokens);
  const raw = decode(model, encodeSentence(words));
  const wordHeads = Array.from(raw.heads, (head) => (head >= words.length ? -1 : head));
  const wordLabels = Array.from(raw.labels, (label) => model.labels[label] ?? "dep");
  return foldToTokens(tokens, words, wordHeads, wordLabels);
}

export type { Parse };
