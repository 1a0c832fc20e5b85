import type { EncodedSentence } from "./encode";
import { extractFeatures, MAX_FEATURES } from "./features";
import { scoreFeatures, type Model } from "./model";
import { labelOf, moveOf, ParseState, SHIFT } from "./state";

/**
 * The best class the configuration allows: SHIFT while words remain, LEFT
 * onto the root only as the last move and only as "root", no other arc
 * labelled "root". Ties go to the lower class, so decoding is deterministic.
 */
export function bestValidClass(
  scores: Float64Array,
  st: ParseState,
  labels: number,
  rootLabel: number,
): number {
  let best = -1;
  let bestScore = -Infinity;
  if (st.canShift()) {
    best = 0;
    bestScore = scores[0] as number;
  }
  if (st.canLeft()) {
    if (st.b >= st.n) {
      const cls = 1 + rootLabel;
      if (best < 0 || (scores[cls] as number) > bestScore) {
        best = cls;
        bestScore = scores[cls] as number;
      }
    } else {
      for (let l = 0; l < labels; l += 1) {
        if (l === rootLabel) continue;
        const score = scores[1 + l] as number;
        if (score > bestScore) {
          best = 1 + l;
          bestScore = score;
        }
      }
    }
  }
  if (st.canRight()) {
    for (let l = 0; l < labels; l += 1) {
      if (l === rootLabel) continue;
      const score = scores[1 + labels + l] as number;
      if (score > bestScore) {
        best = 1 + labels + l;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Apply a class (a move with its label) to a configuration. */
export function applyClass(st: ParseState, cls: number, labels: number): void {
  const move = moveOf(cls, labels);
  st.apply(move, move === SHIFT ? -1 : labelOf(cls, labels));
}

/** Heads (index n = the root) and label numbers of an encoded sentence. */
export interface RawParse {
  heads: Int32Array;
  labels: Int32Array;
}

const features = new Int32Array(MAX_FEATURES);

/**
 * The class when the configuration allows only one (SHIFT onto an empty
 * stack; the last word onto the root, always "root"), else -1: then
 * `bestValidClass` would pick it whatever the scores, so they need not be made.
 */
export function onlyClass(st: ParseState, rootLabel: number): number {
  if (st.sp === 0) return 0;
  if (st.sp === 1 && st.b >= st.n) return 1 + rootLabel;
  return -1;
}

/**
 * Parse greedily: at each step, the best-scoring move the configuration allows, by float scores
 * summed feature by feature. The reference for `decode` (fast-decode.ts), which gives the same
 * parses faster; the trainer's scores are these.
 */
export function decodeByFloats(model: Model, sentence: EncodedSentence): RawParse {
  const labels = model.labels.length;
  const rootLabel = model.labels.indexOf("root");
  const st = new ParseState(sentence.n, labels);
  const scores = new Float64Array(model.classes);
  while (!st.done) {
    const only = onlyClass(st, rootLabel);
    if (only >= 0) {
      applyClass(st, only, labels);
      continue;
    }
    const count = extractFeatures(st, sentence, features);
    scores.fill(0);
    scoreFeatures(model, features, count, scores);
    const cls = bestValidClass(scores, st, labels, rootLabel);
    applyClass(st, cls, labels);
  }
  return { heads: st.heads.slice(0, sentence.n), labels: st.labels.slice(0, sentence.n) };
}
