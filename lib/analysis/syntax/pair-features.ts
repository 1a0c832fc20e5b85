import type { EncodedSentence } from "./encode";
import { distance, f2, f3 } from "./features";
import type { ParseState } from "./state";

/**
 * Templates that pair the stack's top with the buffer front or with the word under it, reading
 * tags, children's tags and labels and distance but no word: few distinct values, so, like the
 * tag states (state-features.ts), the fast decoder keeps their score rows across steps and
 * sentences under an exact key of those values (`*Key` fills it; false when a value does not fit
 * its bits, and then the features are summed directly). Tags take 5 bits, labels 8, distances 3.
 *
 * - `arcTagFeatures` (26, 37, 48, 50, 52): top and front tags, the next word's, their distance;
 * - `arcChildFeatures` (39, 40, 41, 89, 90): top and front tags with their children's;
 * - `stackTagFeatures` (28, 42, 43, 44, 53, 91): top and second tags with their children's.
 *
 * With the other parts they give exactly the multiset `extractFeatures` gives
 * (fast-decode.test.ts). Keep them in step with features.ts.
 */

export const PAIR_FEATURES = 6;
export const PAIR_KEY = 2;

/** The configuration's positions, as `extractFeatures` reads them. */
function top(st: ParseState, none: number): number {
  return st.sp > 0 ? (st.stack[st.sp - 1] as number) : none;
}
function second(st: ParseState, none: number): number {
  return st.sp > 1 ? (st.stack[st.sp - 2] as number) : none;
}
function front(st: ParseState, e: EncodedSentence): number {
  return st.b <= e.n ? st.b : e.n + 1;
}
function next(st: ParseState, e: EncodedSentence): number {
  return st.b + 1 <= e.n ? st.b + 1 : e.n + 1;
}

export function arcTagFeatures(st: ParseState, e: EncodedSentence, out: Int32Array): number {
  const none = e.n + 1;
  const s0 = top(st, none);
  const b0 = front(st, e);
  const s0p = e.tag[s0] as number;
  const b0p = e.tag[b0] as number;
  const d = s0 < none && b0 < none ? distance(s0, b0) : 0;
  out[0] = f2(26, s0p, b0p);
  out[1] = f3(37, s0p, b0p, e.tag[next(st, e)] as number);
  out[2] = f2(48, s0p, d);
  out[3] = f2(50, b0p, d);
  out[4] = f3(52, s0p, b0p, d);
  return 5;
}

export function arcTagKey(st: ParseState, e: EncodedSentence, key: Int32Array): boolean {
  const none = e.n + 1;
  const s0 = top(st, none);
  const b0 = front(st, e);
  const s0p = e.tag[s0] as number;
  const b0p = e.tag[b0] as number;
  const b1p = e.tag[next(st, e)] as number;
  if ((s0p | b0p | b1p) > 31) return false;
  const d = s0 < none && b0 < none ? distance(s0, b0) : 0;
  if (d < 0 || d > 7) return false;
  key[0] = s0p | (b0p << 5) | (b1p << 10) | (d << 15);
  key[1] = 0;
  return true;
}

export function arcChildFeatures(st: ParseState, e: EncodedSentence, out: Int32Array): number {
  const none = e.n + 1;
  const P = e.tag;
  const L = st.labels;
  const s0 = top(st, none);
  const b0 = front(st, e);
  const s0p = P[s0] as number;
  const b0p = P[b0] as number;
  const s0l = st.l1[s0] as number;
  const s0r = st.r1[s0] as number;
  out[0] = f3(39, s0p, P[s0l] as number, b0p);
  out[1] = f3(40, s0p, P[s0r] as number, b0p);
  out[2] = f3(41, s0p, b0p, P[st.l1[b0] as number] as number);
  out[3] = f3(89, s0p, L[s0r] as number, b0p);
  out[4] = f3(90, s0p, L[s0l] as number, b0p);
  return 5;
}

export function arcChildKey(st: ParseState, e: EncodedSentence, key: Int32Array): boolean {
  const none = e.n + 1;
  const P = e.tag;
  const L = st.labels;
  const s0 = top(st, none);
  const b0 = front(st, e);
  const s0l = st.l1[s0] as number;
  const s0r = st.r1[s0] as number;
  const s0p = P[s0] as number;
  const b0p = P[b0] as number;
  const s0lp = P[s0l] as number;
  const s0rp = P[s0r] as number;
  const b0lp = P[st.l1[b0] as number] as number;
  const s0ll = L[s0l] as number;
  const s0rl = L[s0r] as number;
  if ((s0p | b0p | s0lp | s0rp | b0lp) > 31 || (s0ll | s0rl) > 255) return false;
  key[0] = s0p | (b0p << 5) | (s0lp << 10) | (s0rp << 15) | (b0lp << 20);
  key[1] = s0ll | (s0rl << 8);
  return true;
}

export function stackTagFeatures(st: ParseState, e: EncodedSentence, out: Int32Array): number {
  const none = e.n + 1;
  const P = e.tag;
  const L = st.labels;
  const s0 = top(st, none);
  const s1 = second(st, none);
  const s0p = P[s0] as number;
  const s1p = P[s1] as number;
  const s1r = st.r1[s1] as number;
  const d1 = s1 < none && s0 < none ? distance(s1, s0) : 0;
  out[0] = f2(28, s0p, s1p);
  out[1] = f3(42, s1p, s0p, P[st.l1[s0] as number] as number);
  out[2] = f3(43, s1p, s0p, P[st.r1[s0] as number] as number);
  out[3] = f3(44, s1p, P[s1r] as number, s0p);
  out[4] = f3(53, s1p, s0p, d1);
  out[5] = f3(91, s1p, L[s1r] as number, s0p);
  return 6;
}

export function stackTagKey(st: ParseState, e: EncodedSentence, key: Int32Array): boolean {
  const none = e.n + 1;
  const P = e.tag;
  const s0 = top(st, none);
  const s1 = second(st, none);
  const s1r = st.r1[s1] as number;
  const s0p = P[s0] as number;
  const s1p = P[s1] as number;
  const s0lp = P[st.l1[s0] as number] as number;
  const s0rp = P[st.r1[s0] as number] as number;
  const s1rp = P[s1r] as number;
  const s1rl = st.labels[s1r] as number;
  if ((s0p | s1p | s0lp | s0rp | s1rp) > 31 || s1rl > 255) return false;
  const d1 = s1 < none && s0 < none ? distance(s1, s0) : 0;
  if (d1 < 0 || d1 > 7) return false;
  key[0] = s1p | (s0p << 5) | (s0lp << 10) | (s0rp << 15) | (s1rp << 20) | (d1 << 25);
  key[1] = s1rl;
  return true;
}
