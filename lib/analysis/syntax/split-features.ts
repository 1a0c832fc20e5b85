import type { EncodedSentence } from "./encode";
import { distance, f1, f2, f3, f4 } from "./features";
import type { ParseState } from "./state";

/**
 * The same features as `extractFeatures`, split by what they read, so the fast decoder can sum
 * the ones that do not change from step to step once per sentence:
 *
 * - `bufferWordFeatures` and `bufferTagFeatures`: the bias and templates of the buffer's first
 *   three words only (a function of the buffer front `b`; constant while reductions run);
 * - `topFeatures` / `secondFeatures`: templates of the stack's top / second word alone (a function
 *   of that word, whatever else the configuration holds);
 * - the tag states of the stack's top two words and of the buffer front (state-features.ts);
 * - `stepFeatures`: all the rest (pairs across stack and buffer, children's words, valency and
 *   label sets with words, distance).
 *
 * Together they give exactly the multiset `extractFeatures` gives (fast-decode.test.ts checks
 * it on every configuration of real parses). Keep them in step with features.ts.
 */

/** Upper bounds of parts (and `stepFeatures` gives 31 features). */
export const BUFFER_FEATURES = 14;
export const TOP_FEATURES = 5;
export const SECOND_FEATURES = 4;

/** The buffer's first three positions (n + 1 for "nothing"), as `extractFeatures` reads them. */
function front(e: EncodedSentence, b: number, k: number): number {
  return b + k <= e.n ? b + k : e.n + 1;
}

/** Templates of the buffer's first three words that read words (a function of `b`). */
export function bufferWordFeatures(e: EncodedSentence, b: number, out: Int32Array): number {
  const b0 = front(e, b, 0);
  const b1 = front(e, b, 1);
  const b2 = front(e, b, 2);
  const W = e.form;
  const P = e.tag;
  const b0w = W[b0] as number;
  const b1w = W[b1] as number;
  const b2w = W[b2] as number;
  let k = 0;
  out[k++] = f1(7, b0w);
  out[k++] = f2(9, b0w, P[b0] as number);
  out[k++] = f1(10, b1w);
  out[k++] = f2(12, b1w, P[b1] as number);
  out[k++] = f1(13, b2w);
  out[k++] = f1(16, e.lemma[b0] as number);
  out[k++] = f2(19, e.suffix[b0] as number, P[b0] as number);
  out[k++] = f2(92, b2w, b1w);
  return k;
}

/**
 * The bias and the templates of the buffer's first three tags only: a function of those three
 * tags (`bufferTagKey`), so the decoder keeps their rows across sentences (cached-rows.ts).
 */
export function bufferTagFeatures(e: EncodedSentence, b: number, out: Int32Array): number {
  const P = e.tag;
  const b0p = P[front(e, b, 0)] as number;
  const b1p = P[front(e, b, 1)] as number;
  const b2p = P[front(e, b, 2)] as number;
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f1(8, b0p);
  out[k++] = f1(11, b1p);
  out[k++] = f1(14, b2p);
  out[k++] = f2(27, b0p, b1p);
  out[k++] = f3(36, b0p, b1p, b2p);
  return k;
}

/** The three tags `bufferTagFeatures` reads, 5 bits each; false if one does not fit. */
export function bufferTagKey(e: EncodedSentence, b: number, key: Int32Array): boolean {
  const P = e.tag;
  const b0p = P[front(e, b, 0)] as number;
  const b1p = P[front(e, b, 1)] as number;
  const b2p = P[front(e, b, 2)] as number;
  if ((b0p | b1p | b2p) > 31) return false;
  key[0] = b0p | (b1p << 5) | (b2p << 10);
  return true;
}

/** Features of word `s0` (a word index, or n + 1 for "nothing") as the stack's top. */
export function topFeatures(e: EncodedSentence, s0: number, out: Int32Array): number {
  const s0w = e.form[s0] as number;
  const s0p = e.tag[s0] as number;
  let k = 0;
  out[k++] = f1(1, s0w);
  out[k++] = f1(2, s0p);
  out[k++] = f2(3, s0w, s0p);
  out[k++] = f1(15, e.lemma[s0] as number);
  out[k++] = f2(18, e.suffix[s0] as number, s0p);
  return k;
}

/** Features of word `s1` as the word under the stack's top. */
export function secondFeatures(e: EncodedSentence, s1: number, out: Int32Array): number {
  const s1w = e.form[s1] as number;
  const s1p = e.tag[s1] as number;
  let k = 0;
  out[k++] = f1(4, s1w);
  out[k++] = f1(5, s1p);
  out[k++] = f2(6, s1w, s1p);
  out[k++] = f1(17, e.lemma[s1] as number);
  return k;
}

/** The features that change from step to step (see extractFeatures for the templates). */
export function stepFeatures(st: ParseState, e: EncodedSentence, out: Int32Array): number {
  const none = e.n + 1;
  const { stack, sp, b } = st;
  const s0 = sp > 0 ? (stack[sp - 1] as number) : none;
  const s1 = sp > 1 ? (stack[sp - 2] as number) : none;
  const s2 = sp > 2 ? (stack[sp - 3] as number) : none;
  const b0 = b <= e.n ? b : none;
  const b1 = b + 1 <= e.n ? b + 1 : none;
  const s0l = st.l1[s0] as number;
  const s0r = st.r1[s0] as number;
  const s1r = st.r1[s1] as number;
  const b0l = st.l1[b0] as number;

  const W = e.form;
  const P = e.tag;
  const Lm = e.lemma;

  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const s1w = W[s1] as number;
  const s1p = P[s1] as number;
  const s2p = P[s2] as number;
  const b0w = W[b0] as number;
  const b0p = P[b0] as number;
  const b1p = P[b1] as number;
  const d = s0 < none && b0 < none ? distance(s0, b0) : 0;
  const d1 = s1 < none && s0 < none ? distance(s1, s0) : 0;
  const s0vl = st.nl[s0] as number;
  const s0vr = st.nr[s0] as number;
  const b0vl = st.nl[b0] as number;

  let k = 0;
  out[k++] = f4(20, s0w, s0p, b0w, b0p);
  out[k++] = f3(21, s0w, s0p, b0w);
  out[k++] = f3(22, s0w, b0w, b0p);
  out[k++] = f3(23, s0w, s0p, b0p);
  out[k++] = f3(24, s0p, b0w, b0p);
  out[k++] = f2(25, s0w, b0w);
  out[k++] = f2(29, s0w, s1w);
  out[k++] = f3(30, s0w, s0p, s1p);
  out[k++] = f3(31, s0p, s1w, s1p);
  out[k++] = f3(32, s1w, s1p, b0p);
  out[k++] = f3(33, s1p, b0w, b0p);
  out[k++] = f2(34, Lm[s0] as number, Lm[b0] as number);
  out[k++] = f2(35, Lm[s1] as number, Lm[s0] as number);
  out[k++] = f3(38, s1p, s0p, b0p);
  out[k++] = f3(45, s2p, s1p, s0p);
  out[k++] = f3(46, s1p, s0p, b1p);
  out[k++] = f2(47, s0w, d);
  out[k++] = f2(49, b0w, d);
  out[k++] = f3(51, s0w, b0w, d);
  out[k++] = f3(54, s1w, s0w, d1);
  out[k++] = f2(55, s0w, s0vr);
  out[k++] = f2(57, s0w, s0vl);
  out[k++] = f2(59, b0w, b0vl);
  out[k++] = f1(62, W[s0l] as number);
  out[k++] = f1(65, W[s0r] as number);
  out[k++] = f1(68, W[b0l] as number);
  out[k++] = f1(71, W[s1r] as number);
  out[k++] = f2(83, s0w, st.rset[s0] as number);
  out[k++] = f2(85, s0w, st.lset[s0] as number);
  out[k++] = f2(87, b0w, st.lset[b0] as number);
  out[k++] = f3(93, s0w, b0p, b1p);
  return k;
}
