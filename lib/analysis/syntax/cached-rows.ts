import type { EncodedSentence } from "./encode";
import { addIntFeatures, type IntWeights } from "./int-weights";
import type { Model } from "./model";
import {
  arcChildFeatures,
  arcChildKey,
  arcTagFeatures,
  arcTagKey,
  PAIR_KEY,
  stackTagFeatures,
  stackTagKey,
} from "./pair-features";
import { RowCache } from "./row-cache";
import { bufferTagFeatures, bufferTagKey } from "./split-features";
import type { ParseState } from "./state";
import {
  frontStateFeatures,
  secondStateFeatures,
  STATE_KEY,
  stateKey,
  topStateFeatures,
} from "./state-features";

/**
 * The parts of a step's features that have few distinct values (state-features.ts,
 * pair-features.ts), each with a `RowCache` of score rows under its exact key, one set per model.
 * A step adds each part's row: found (most steps), or summed once and kept.
 * There are CACHED_PARTS of them.
 */
interface CachedPart {
  /** Key integers, and the cache's size as a power of two. */
  width: number;
  bits: number;
  key(st: ParseState, e: EncodedSentence, key: Int32Array): boolean;
  features(st: ParseState, e: EncodedSentence, out: Int32Array): number;
}

function none(st: ParseState): number {
  return st.n + 1;
}
function s0(st: ParseState): number {
  return st.sp > 0 ? (st.stack[st.sp - 1] as number) : none(st);
}
function s1(st: ParseState): number {
  return st.sp > 1 ? (st.stack[st.sp - 2] as number) : none(st);
}
function b0(st: ParseState): number {
  return st.b <= st.n ? st.b : none(st);
}

const PARTS: readonly CachedPart[] = [
  {
    width: STATE_KEY,
    bits: 13,
    key: (st, e, key) => stateKey(st, e, s0(st), key),
    features: (st, e, out) => topStateFeatures(st, e, s0(st), out),
  },
  {
    width: STATE_KEY,
    bits: 12,
    key: (st, e, key) => stateKey(st, e, b0(st), key),
    features: (st, e, out) => frontStateFeatures(st, e, b0(st), out),
  },
  {
    width: STATE_KEY,
    bits: 12,
    key: (st, e, key) => stateKey(st, e, s1(st), key),
    features: (st, e, out) => secondStateFeatures(st, e, s1(st), out),
  },
  { width: PAIR_KEY, bits: 13, key: arcTagKey, features: arcTagFeatures },
  { width: PAIR_KEY, bits: 13, key: arcChildKey, features: arcChildFeatures },
  { width: PAIR_KEY, bits: 13, key: stackTagKey, features: stackTagFeatures },
];

export const CACHED_PARTS = 6;

const caches = new WeakMap<Model, RowCache[]>();
const key = new Int32Array(Math.max(STATE_KEY, PAIR_KEY));

function cachesOf(model: Model): RowCache[] {
  let made = caches.get(model);
  if (!made) {
    made = PARTS.map((part) => new RowCache(part.width, model.classes, part.bits));
    caches.set(model, made);
  }
  return made;
}

/** The row arrays of the cached parts, in order (see `cachedRows`). */
export function cachedArrays(
  model: Model,
): [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array] {
  const [a, b, c, d, e, f] = cachesOf(model).map((cache) => cache.rows) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  return [a, b, c, d, e, f];
}

/**
 * The score row of each cached part for the configuration (`features`: scratch): found, or
 * summed now (and kept, unless the configuration's values have no key). Part p's row starts at
 * `offsets[p]` in `cachedArrays(model)[p]`, valid until the next call.
 */
export function cachedRows(
  model: Model,
  weights: IntWeights,
  st: ParseState,
  sentence: EncodedSentence,
  features: Int32Array,
  offsets: Int32Array,
): void {
  const made = cachesOf(model);
  for (let p = 0; p < PARTS.length; p += 1) {
    const part = PARTS[p] as CachedPart;
    const cache = made[p] as RowCache;
    const keyed = part.key(st, sentence, key);
    const at = keyed ? cache.find(key) : cache.spare();
    if (!keyed || cache.missed) {
      const count = part.features(st, sentence, features);
      addIntFeatures(model, weights, features, count, cache.rows, at);
    }
    offsets[p] = at;
  }
}

const bufferTags = new WeakMap<Model, RowCache>();

/**
 * Add the row of the buffer's tags at front `b` (`bufferTagFeatures`) to `target` at `at`: the
 * decoder's per-sentence buffer rows start from it (`features`: scratch).
 */
export function addBufferTags(
  model: Model,
  weights: IntWeights,
  sentence: EncodedSentence,
  b: number,
  target: Int32Array,
  at: number,
  features: Int32Array,
): void {
  let cache = bufferTags.get(model);
  if (!cache) {
    cache = new RowCache(1, model.classes, 12);
    bufferTags.set(model, cache);
  }
  const keyed = bufferTagKey(sentence, b, key);
  const row = keyed ? cache.find(key) : cache.spare();
  const rows = cache.rows;
  if (!keyed || cache.missed) {
    const count = bufferTagFeatures(sentence, b, features);
    addIntFeatures(model, weights, features, count, rows, row);
  }
  for (let c = 0; c < model.classes; c += 1) {
    target[at + c] = ((target[at + c] as number) + (rows[row + c] as number)) | 0;
  }
}
