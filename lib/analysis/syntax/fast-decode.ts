import { addBufferTags, CACHED_PARTS, cachedArrays, cachedRows } from "./cached-rows";
import { applyClass, bestValidClass, onlyClass, type RawParse } from "./decode";
import type { EncodedSentence } from "./encode";
import { extractFeatures, MAX_FEATURES } from "./features";
import { addIntFeatures, intWeights, type IntWeights } from "./int-weights";
import { scoreFeatures, type Model } from "./model";
import { bufferWordFeatures, secondFeatures, stepFeatures, topFeatures } from "./split-features";
import { ParseState } from "./state";

/**
 * Greedy decoding as `decodeByFloats` does it, with the same parses, made faster by integer
 * scores (int-weights.ts says why they choose exactly as the float ones do):
 *
 * - the features of the buffer's first words (a function of the buffer front) and of a word as
 *   the stack's top or second (a function of that word) are summed once per sentence into one
 *   score row each, and a step adds those three rows instead of looking up 23 features again;
 * - the features with few distinct values (a word's tag state, state-features.ts; tag pairs,
 *   pair-features.ts) are summed once per value and kept across sentences (cached-rows.ts);
 * - a step whose best integer score ties with another allowed class is scored in floats, as
 *   before, and decided by `bestValidClass`.
 */

/** Per-sentence rows of partial scores, reused across sentences (grown as needed). */
let rows = new Int32Array(0);
let made = new Uint8Array(0);
const features = new Int32Array(MAX_FEATURES);
const floats = { scores: new Float64Array(0) };

function ensureRows(size: number, flags: number): void {
  if (rows.length < size) rows = new Int32Array(size * 2);
  if (made.length < flags) made = new Uint8Array(flags * 2);
  made.fill(0, 0, flags);
}

type Part = (e: EncodedSentence, at: number, out: Int32Array) => number;

/** Row `index` of a part's block, summed on first use. */
function rowOf(
  model: Model,
  weights: IntWeights,
  sentence: EncodedSentence,
  part: Part,
  block: number,
  index: number,
): number {
  const classes = model.classes;
  const slot = block * (sentence.n + 2) + index;
  const at = slot * classes;
  if (made[slot] === 0) {
    made[slot] = 1;
    rows.fill(0, at, at + classes);
    if (block === 0) addBufferTags(model, weights, sentence, index, rows, at, features);
    const count = part(sentence, index, features);
    addIntFeatures(model, weights, features, count, rows, at);
  }
  return at;
}

/**
 * The best allowed class by integer scores, as `bestValidClass` picks it; -1 when another
 * allowed class has the same best score (then only the float scores can say). The allowed
 * classes are ranges (SHIFT; the LEFTs; the RIGHTs; "root" left out, or alone), scanned with
 * locals only: this runs at every step.
 */
function bestByIntegers(
  scores: Int32Array,
  st: ParseState,
  labels: number,
  rootLabel: number,
): number {
  let best = -1;
  let bestScore = 0;
  let tie = false;
  if (st.canShift()) {
    best = 0;
    bestScore = scores[0] as number;
  }
  // The LEFTs (1 + l) then the RIGHTs (1 + labels + l) as one range, without the root label's
  // two classes; a LEFT onto the root takes only that label, and no RIGHT is then allowed.
  const leftRootOnly = st.canLeft() && st.b >= st.n;
  const from = st.canLeft() && !leftRootOnly ? 1 : 1 + labels;
  const to = st.canRight() ? 1 + 2 * labels : 1 + labels;
  for (let c = from; c < to; c += 1) {
    if (c === 1 + rootLabel || c === 1 + labels + rootLabel) continue;
    const score = scores[c] as number;
    if (best < 0 || score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (leftRootOnly) {
    const score = scores[1 + rootLabel] as number;
    if (best < 0 || score > bestScore) {
      best = 1 + rootLabel;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? -1 : best;
}

/** The class by float scores, exactly as `decodeByFloats` chooses it. */
function bestByFloats(
  model: Model,
  st: ParseState,
  sentence: EncodedSentence,
  rootLabel: number,
): number {
  if (floats.scores.length !== model.classes) floats.scores = new Float64Array(model.classes);
  const count = extractFeatures(st, sentence, features);
  floats.scores.fill(0);
  scoreFeatures(model, features, count, floats.scores);
  return bestValidClass(floats.scores, st, model.labels.length, rootLabel);
}

/** Parse greedily: at each step, the best-scoring move the configuration allows. */
export function decode(model: Model, sentence: EncodedSentence): RawParse {
  const weights = intWeights(model);
  const labels = model.labels.length;
  const classes = model.classes;
  const rootLabel = model.labels.indexOf("root");
  const st = new ParseState(sentence.n, labels);
  const width = sentence.n + 2;
  // Blocks: 0 buffer rows (by buffer front), 1 top-of-stack rows, 2 second-of-stack rows, then
  // one row for the step's own scores.
  ensureRows((3 * width + 1) * classes, 3 * width);
  const scoresAt = 3 * width * classes;
  const scores = rows.subarray(scoresAt, scoresAt + classes);
  // Locals, not the module's variables, in the loop over the classes below.
  const own = rows;
  const [r0, r1, r2, r3, r4, r5] = cachedArrays(model);
  const offsets = new Int32Array(CACHED_PARTS);
  const none = sentence.n + 1;
  while (!st.done) {
    const only = onlyClass(st, rootLabel);
    if (only >= 0) {
      applyClass(st, only, labels);
      continue;
    }
    const sp = st.sp;
    const s0 = st.stack[sp - 1] as number;
    const s1 = sp > 1 ? (st.stack[sp - 2] as number) : none;
    const a = rowOf(model, weights, sentence, bufferWordFeatures, 0, st.b);
    const t = rowOf(model, weights, sentence, topFeatures, 1, s0);
    const u = rowOf(model, weights, sentence, secondFeatures, 2, s1);
    cachedRows(model, weights, st, sentence, features, offsets);
    const o0 = offsets[0] as number;
    const o1 = offsets[1] as number;
    const o2 = offsets[2] as number;
    const o3 = offsets[3] as number;
    const o4 = offsets[4] as number;
    const o5 = offsets[5] as number;
    // One pass over the classes for the nine rows (sums exact in doubles, then wrapped to 32 bits
    // as the int32 additions are).
    for (let c = 0; c < classes; c += 1) {
      const word = (own[a + c] as number) + (own[t + c] as number) + (own[u + c] as number);
      const kept =
        (r0[o0 + c] as number) +
        (r1[o1 + c] as number) +
        (r2[o2 + c] as number) +
        (r3[o3 + c] as number) +
        (r4[o4 + c] as number) +
        (r5[o5 + c] as number);
      scores[c] = (word + kept) | 0;
    }
    const count = stepFeatures(st, sentence, features);
    addIntFeatures(model, weights, features, count, scores, 0);
    let cls = bestByIntegers(scores, st, labels, rootLabel);
    if (cls < 0) cls = bestByFloats(model, st, sentence, rootLabel);
    applyClass(st, cls, labels);
  }
  return { heads: st.heads.slice(0, sentence.n), labels: st.labels.slice(0, sentence.n) };
}
