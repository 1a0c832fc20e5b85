import type { ParseState } from "@/lib/analysis/syntax/training";

/**
 * The dynamic oracle for arc-hybrid parsing (Goldberg and Nivre 2013): the
 * cost of a move is the number of gold arcs it makes unreachable, from any
 * configuration, not only from those on the gold path. Training can then let
 * the parser follow its own mistakes and learn what to do after them.
 *
 * Exact for projective gold trees; training trees are made projective first
 * (`projectivize.ts`). `gold[i]` is word i's head, with n for the root.
 */
export interface MoveCosts {
  shift: number;
  left: number;
  right: number;
}

export function moveCosts(st: ParseState, gold: Int32Array): MoveCosts {
  const n = st.n;
  const { stack, sp, b } = st;
  let shift = Infinity;
  let left = Infinity;
  let right = Infinity;
  if (st.canShift()) {
    // b0 loses a head below the top of the stack, and any dependent on the stack.
    shift = 0;
    const headOfB = gold[b] as number;
    for (let i = 0; i < sp; i += 1) {
      const item = stack[i] as number;
      if (i < sp - 1 && headOfB === item) shift += 1;
      if ((gold[item] as number) === b) shift += 1;
    }
  }
  if (sp > 0) {
    const s0 = stack[sp - 1] as number;
    const headOfS0 = gold[s0] as number;
    // Popping s0 loses its dependents still in the buffer.
    let lostDependents = 0;
    for (let i = b; i < n; i += 1) if ((gold[i] as number) === s0) lostDependents += 1;
    if (st.canLeft()) {
      const s1 = sp > 1 ? (stack[sp - 2] as number) : -1;
      left = lostDependents + (headOfS0 === s1 || headOfS0 > b ? 1 : 0);
    }
    if (st.canRight()) right = lostDependents + (headOfS0 >= b ? 1 : 0);
  }
  return { shift, left, right };
}
