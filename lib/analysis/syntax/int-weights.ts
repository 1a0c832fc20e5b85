import { entriesOf, type Model } from "./model";

/**
 * The model's weights as integers, for the fast decoder (fast-decode.ts).
 *
 * Every stored weight is an integer times one constant: a 16-bit step i weighs i × scale, an
 * 8-bit step i weighs sign(i) × i² × scale / 127², each up to three roundings. So a class's
 * float score (a sum of at most 96 such weights, rounded at each addition) is its integer sum
 * times that constant, give or take a relative error of about 100 × 2⁻⁵³ of the summed
 * magnitudes: under 10⁻⁷ of one integer unit. Where two integer sums differ, by at least one
 * unit, the float scores order them the same way; where the best integer sum ties, the decoder
 * falls back to float scores made as before. Integer sums can be made in any order (and parts of
 * them reused from step to step), and the parses stay exactly those of the float scores.
 */
export interface IntWeights {
  /** Per model entry: its integer weight × 2^classBits + its class. */
  entries: Int32Array;
  classBits: number;
  classMask: number;
}

const cache = new WeakMap<Model, IntWeights>();

/** The integer weight of each raw step, checked against the model's own float steps. */
function integerSteps(model: Model): Int32Array {
  const levels = 2 ** model.bits;
  const ints = new Int32Array(levels);
  let unit = 0;
  for (let v = 0; v < levels; v += 1) {
    const signed = model.bits === 8 ? (v << 24) >> 24 : (v << 16) >> 16;
    ints[v] = model.bits === 8 ? Math.sign(signed) * signed * signed : signed;
    if (ints[v] !== 0 && unit === 0) unit = (model.steps[v] as number) / (ints[v] as number);
  }
  for (let v = 0; v < levels; v += 1) {
    const want = (ints[v] as number) * unit;
    const got = model.steps[v] as number;
    if (Math.abs(got - want) > 1e-12 * Math.abs(got) || Math.sign(got) !== Math.sign(want)) {
      throw new Error("syntax model: weights are not integer multiples of one unit");
    }
  }
  return ints;
}

export function intWeights(model: Model): IntWeights {
  const known = cache.get(model);
  if (known) return known;
  const steps = integerSteps(model);
  const classBits = Math.max(1, Math.ceil(Math.log2(model.classes)));
  const low = 2 ** model.bits - 1;
  const entries = new Int32Array(model.entries.length);
  for (let e = 0; e < entries.length; e += 1) {
    const entry = model.entries[e] as number;
    const cls = entry >>> model.bits;
    entries[e] = (steps[entry & low] as number) * 2 ** classBits + cls;
  }
  const made = { entries, classBits, classMask: 2 ** classBits - 1 };
  cache.set(model, made);
  return made;
}

/** Where each feature's entries are, found before any is added (see `addIntFeatures`). */
let found = new Int32Array(128);

/**
 * Add the integer weights of `count` features to `scores` (any order gives the same sums).
 * Features the model does not hold add nothing. All the table probes come first, then all the
 * additions: the probes are independent reads that mostly miss the CPU caches, and made apart
 * from the additions they overlap (×1.1–1.17 on the whole decoder).
 */
export function addIntFeatures(
  model: Model,
  weights: IntWeights,
  features: Int32Array,
  count: number,
  scores: Int32Array,
  at: number,
): void {
  const { slots, mask } = model;
  const { entries, classBits, classMask } = weights;
  if (found.length < count) found = new Int32Array(count * 2);
  for (let i = 0; i < count; i += 1) found[i] = entriesOf(slots, mask, features[i] as number);
  for (let i = 0; i < count; i += 1) {
    const where = found[i] as number;
    if (where < 0) continue;
    const from = where >>> 8;
    const end = from + (where & 255);
    for (let e = from; e < end; e += 1) {
      const entry = entries[e] as number;
      const cls = at + (entry & classMask);
      scores[cls] = ((scores[cls] as number) + (entry >> classBits)) | 0;
    }
  }
}
