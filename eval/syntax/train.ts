import { bestValidClass, applyClass } from "@/lib/analysis/syntax/training";
import type { EncodedSentence } from "@/lib/analysis/syntax/training";
import { extractFeatures, MAX_FEATURES } from "@/lib/analysis/syntax/training";
import { ParseState } from "@/lib/analysis/syntax/training";
import { moveCosts } from "./oracle";
import { Perceptron } from "./perceptron";

/**
 * Greedy training with the dynamic oracle (Goldberg and Nivre 2012, 2013):
 * at each configuration the model's best move is compared with the best
 * zero-cost one, the perceptron is updated when they differ, and from the
 * `exploreFrom`-th epoch on the parser follows its own move with probability
 * `explore` (so it learns to recover from its mistakes). Every random choice
 * comes from one seeded generator: the same data and options give the same model.
 */

export interface TrainingExample {
  sentence: EncodedSentence;
  /** Gold head of each word, n for the root (projective). */
  heads: Int32Array;
  /** Gold label number of each word. */
  labels: Int32Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  exploreFrom: number;
  explore: number;
}

/** mulberry32: a small, fast, seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  examples: readonly TrainingExample[],
  labelNames: readonly string[],
  options: TrainOptions,
  log: (line: string) => void = () => {},
  afterEpoch: (epoch: number, model: Perceptron) => void = () => {},
): Perceptron {
  const labels = labelNames.length;
  const rootLabel = labelNames.indexOf("root");
  const classes = 1 + 2 * labels;
  const model = new Perceptron(classes);
  const random = seeded(options.seed);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(classes);
  const costs = new Float64Array(classes);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    // Fisher–Yates with the seeded generator: a fixed order per epoch.
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let steps = 0;
    let wrong = 0;
    for (const index of order) {
      const example = examples[index] as TrainingExample;
      const st = new ParseState(example.sentence.n, labels);
      while (!st.done) {
        const count = extractFeatures(st, example.sentence, features);
        scores.fill(0);
        model.score(features, count, scores);
        const guess = bestValidClass(scores, st, labels, rootLabel);
        classCosts(st, example, labels, rootLabel, costs);
        const truth = bestWithin(scores, costs);
        model.tick();
        steps += 1;
        if ((costs[guess] as number) > (costs[truth] as number)) {
          wrong += 1;
          model.update(truth, guess, features, count);
        }
        const follow = epoch >= options.exploreFrom && random() < options.explore;
        applyClass(st, follow ? guess : truth, labels);
      }
    }
    log(`epoch ${epoch}: ${((1 - wrong / steps) * 100).toFixed(2)}% of moves right`);
    afterEpoch(epoch, model);
  }
  return model;
}

/** The cost of every class here (Infinity when not allowed). */
function classCosts(
  st: ParseState,
  example: TrainingExample,
  labels: number,
  rootLabel: number,
  out: Float64Array,
): void {
  out.fill(Infinity);
  const move = moveCosts(st, example.heads);
  out[0] = move.shift;
  if (st.sp === 0) return;
  const s0 = st.stack[st.sp - 1] as number;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const goldHead = example.heads[s0] as number;
  const goldLabel = example.labels[s0] as number;
  for (let l = 0; l < labels; l += 1) {
    if (st.canLeft() && (st.b >= st.n ? l === rootLabel : l !== rootLabel)) {
      out[1 + l] = move.left + (goldHead === st.b && l !== goldLabel ? 1 : 0);
    }
    if (st.canRight() && l !== rootLabel) {
      out[1 + labels + l] = move.right + (goldHead === s1 && l !== goldLabel ? 1 : 0);
    }
  }
}

/** The best-scoring class among those of least cost (lowest class on ties). */
function bestWithin(scores: Float64Array, costs: Float64Array): number {
  let least = Infinity;
  for (const cost of costs) if (cost < least) least = cost;
  let best = -1;
  let bestScore = -Infinity;
  for (let cls = 0; cls < costs.length; cls += 1) {
    if (costs[cls] !== least) continue;
    const score = scores[cls] as number;
    if (best < 0 || score > bestScore) {
      best = cls;
      bestScore = score;
    }
  }
  return best;
}
