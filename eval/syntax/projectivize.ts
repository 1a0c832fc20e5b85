/**
 * Make a tree projective by lifting: while some arc crosses another, the
 * dependent of the shortest crossing arc is re-attached to its head's head
 * (Nivre and Nilsson 2005, without the label encoding). The arc-hybrid parser
 * can only build projective trees, and its oracle is exact only for them; a
 * few percent of treebank sentences need this. Labels stay as they are.
 *
 * `heads[i]` is word i's head, -1 for the root. Returns new heads.
 */
export function projectivize(heads: readonly number[]): number[] {
  const out = [...heads];
  for (let guard = 0; guard < out.length * out.length; guard += 1) {
    const arc = shortestCrossing(out);
    if (arc < 0) break;
    const head = out[arc] as number;
    out[arc] = out[head] ?? -1;
  }
  return out;
}

/** True when `node` is `ancestor` or below it. */
function dominates(heads: readonly number[], ancestor: number, node: number): boolean {
  let at = node;
  for (let steps = 0; at >= 0 && steps <= heads.length; steps += 1) {
    if (at === ancestor) return true;
    at = heads[at] ?? -1;
  }
  return false;
}

/** The dependent of the shortest non-projective arc, or -1. */
function shortestCrossing(heads: readonly number[]): number {
  let best = -1;
  let bestLength = Infinity;
  for (let d = 0; d < heads.length; d += 1) {
    const h = heads[d] as number;
    if (h < 0) continue;
    const from = Math.min(h, d);
    const to = Math.max(h, d);
    if (to - from >= bestLength) continue;
    for (let k = from + 1; k < to; k += 1) {
      if (!dominates(heads, h, k)) {
        best = d;
        bestLength = to - from;
        break;
      }
    }
  }
  return best;
}

/** True when no arc crosses another. */
export function isProjective(heads: readonly number[]): boolean {
  return shortestCrossing(heads) < 0;
}
