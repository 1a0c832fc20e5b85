import type { EncodedSentence } from "./encode";
import { f1, f2, f3 } from "./features";
import type { ParseState } from "./state";

/**
 * The templates that read one word's tag and what hangs from it (children's tags and labels,
 * valency, label sets) and nothing else: a word's "tag state". Split out of `stepFeatures` so the
 * fast decoder can keep their score rows across steps and sentences, keyed by that state (a few
 * small integers, `stateKey`): the same state always gives the same features, and most steps
 * meet a state seen before (a noun with no children yet, a verb with a subject…).
 *
 * - `topStateFeatures`: the stack's top word's (templates 56, 58, 63, 64, 66, 67, 74, 75, 79, 80,
 *   84, 86);
 * - `frontStateFeatures`: the buffer front's, whose children are all on its left (60, 69, 70, 76,
 *   81, 88);
 * - `secondStateFeatures`: the word under the top's (61, 72, 73, 77, 78, 82).
 *
 * With `bufferFeatures`, `topFeatures`, `secondFeatures` and `stepFeatures` they give exactly
 * the multiset `extractFeatures` gives (fast-decode.test.ts). Keep them in step with features.ts.
 */

/** Upper bounds of each part. */
export const TOP_STATE_FEATURES = 12;
export const FRONT_STATE_FEATURES = 6;
export const SECOND_STATE_FEATURES = 6;

export function topStateFeatures(
  st: ParseState,
  e: EncodedSentence,
  s0: number,
  out: Int32Array,
): number {
  const P = e.tag;
  const L = st.labels;
  const s0p = P[s0] as number;
  const s0l = st.l1[s0] as number;
  const s0r = st.r1[s0] as number;
  const s0l2 = st.l2[s0] as number;
  const s0r2 = st.r2[s0] as number;
  const s0ll = L[s0l] as number;
  const s0rl = L[s0r] as number;
  let k = 0;
  out[k++] = f2(56, s0p, st.nr[s0] as number);
  out[k++] = f2(58, s0p, st.nl[s0] as number);
  out[k++] = f1(63, P[s0l] as number);
  out[k++] = f1(64, s0ll);
  out[k++] = f1(66, P[s0r] as number);
  out[k++] = f1(67, s0rl);
  out[k++] = f2(74, P[s0l2] as number, L[s0l2] as number);
  out[k++] = f2(75, P[s0r2] as number, L[s0r2] as number);
  out[k++] = f3(79, s0p, s0ll, L[s0l2] as number);
  out[k++] = f3(80, s0p, s0rl, L[s0r2] as number);
  out[k++] = f2(84, s0p, st.rset[s0] as number);
  out[k++] = f2(86, s0p, st.lset[s0] as number);
  return k;
}

export function frontStateFeatures(
  st: ParseState,
  e: EncodedSentence,
  b0: number,
  out: Int32Array,
): number {
  const P = e.tag;
  const L = st.labels;
  const b0p = P[b0] as number;
  const b0l = st.l1[b0] as number;
  const b0l2 = st.l2[b0] as number;
  const b0ll = L[b0l] as number;
  let k = 0;
  out[k++] = f2(60, b0p, st.nl[b0] as number);
  out[k++] = f1(69, P[b0l] as number);
  out[k++] = f1(70, b0ll);
  out[k++] = f2(76, P[b0l2] as number, L[b0l2] as number);
  out[k++] = f3(81, b0p, b0ll, L[b0l2] as number);
  out[k++] = f2(88, b0p, st.lset[b0] as number);
  return k;
}

export function secondStateFeatures(
  st: ParseState,
  e: EncodedSentence,
  s1: number,
  out: Int32Array,
): number {
  const P = e.tag;
  const L = st.labels;
  const s1p = P[s1] as number;
  const s1l = st.l1[s1] as number;
  const s1r = st.r1[s1] as number;
  const s1r2 = st.r2[s1] as number;
  const s1rl = L[s1r] as number;
  let k = 0;
  out[k++] = f2(61, s1p, st.nr[s1] as number);
  out[k++] = f1(72, P[s1r] as number);
  out[k++] = f1(73, s1rl);
  out[k++] = f2(77, P[s1l] as number, L[s1l] as number);
  out[k++] = f2(78, P[s1r2] as number, L[s1r2] as number);
  out[k++] = f3(82, s1p, s1rl, L[s1r2] as number);
  return k;
}

/** Words of a state key: see `stateKey`. */
export const STATE_KEY = 5;

/**
 * Word `x`'s tag state as STATE_KEY integers, the same for two words (of any sentences) when all
 * three parts above give them the same features: its tag, its two outermost children on each
 * side (tag and label), its valency on each side and its label sets. Tags take 5 bits, labels 8
 * (the model file allows 127 labels, and "no label" is one more), counts 16. Returns false for a
 * state that does not fit (then the caller sums the features directly).
 */
export function stateKey(st: ParseState, e: EncodedSentence, x: number, key: Int32Array): boolean {
  const P = e.tag;
  const L = st.labels;
  const l1 = st.l1[x] as number;
  const l2 = st.l2[x] as number;
  const r1 = st.r1[x] as number;
  const r2 = st.r2[x] as number;
  const p0 = P[x] as number;
  const pl1 = P[l1] as number;
  const pr1 = P[r1] as number;
  const pl2 = P[l2] as number;
  const pr2 = P[r2] as number;
  const ll1 = L[l1] as number;
  const lr1 = L[r1] as number;
  const ll2 = L[l2] as number;
  const lr2 = L[r2] as number;
  const nl = st.nl[x] as number;
  const nr = st.nr[x] as number;
  if ((p0 | pl1 | pr1 | pl2 | pr2) > 31 || (ll1 | lr1 | ll2 | lr2) > 255 || (nl | nr) > 0xffff) {
    return false;
  }
  key[0] = p0 | (pl1 << 5) | (pr1 << 10) | (pl2 << 15) | (pr2 << 20);
  key[1] = ll1 | (lr1 << 8) | (ll2 << 16) | (lr2 << 24);
  key[2] = nl | (nr << 16);
  key[3] = st.lset[x] as number;
  key[4] = st.rset[x] as number;
  return true;
}
