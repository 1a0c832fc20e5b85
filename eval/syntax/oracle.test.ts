import { describe, expect, it } from "vitest";
import { LEFT, ParseState, RIGHT, SHIFT } from "@/lib/analysis/syntax/training";
import { moveCosts } from "./oracle";
import { isProjective, projectivize } from "./projectivize";

/** Every tree over n words with one root (heads -1 = root), projective or not. */
function allTrees(n: number): number[][] {
  const out: number[][] = [];
  const heads = new Array<number>(n).fill(-1);
  const place = (i: number) => {
    if (i === n) {
      if (heads.filter((h) => h < 0).length !== 1) return;
      const acyclic = heads.every((_, start) => {
        let at = start;
        for (let steps = 0; steps <= n; steps += 1) {
          if (at < 0) return true;
          at = heads[at] as number;
        }
        return false;
      });
      if (acyclic) out.push([...heads]);
      return;
    }
    for (let h = -1; h < n; h += 1) {
      if (h === i) continue;
      heads[i] = h;
      place(i + 1);
    }
  };
  place(0);
  return out;
}

/** Follow zero-cost moves (first of shift, left, right); return the heads built. */
function followOracle(heads: number[], prefer: number[]): number[] {
  const n = heads.length;
  const gold = Int32Array.from(heads, (h) => (h < 0 ? n : h));
  const st = new ParseState(n, 1);
  while (!st.done) {
    const costs = moveCosts(st, gold);
    const byMove = [costs.shift, costs.left, costs.right];
    const move = prefer.find((m) => byMove[m] === 0);
    if (move === undefined) throw new Error(`no zero-cost move for ${heads.join(",")}`);
    st.apply(move, 0);
  }
  return Array.from(st.heads.slice(0, n), (h) => (h >= n ? -1 : h));
}

describe("dynamic oracle", () => {
  it("costs the moves of a small configuration", () => {
    // "He left early": He → left, left = root, early → left.
    const gold = Int32Array.from([1, 3, 1]);
    const st = new ParseState(3, 1);
    expect(moveCosts(st, gold)).toEqual({ shift: 0, left: Infinity, right: Infinity });
    st.apply(SHIFT, 0);
    // Shifting "left" now would strand its dependent "He" on the stack.
    expect(moveCosts(st, gold)).toEqual({ shift: 1, left: 0, right: Infinity });
  });

  it("rebuilds every projective tree of up to five words by zero-cost moves, in any preference order", () => {
    for (let n = 1; n <= 5; n += 1) {
      for (const tree of allTrees(n).filter(isProjective)) {
        for (const prefer of [
          [SHIFT, LEFT, RIGHT],
          [LEFT, RIGHT, SHIFT],
          [RIGHT, LEFT, SHIFT],
        ]) {
          expect(followOracle(tree, prefer)).toEqual(tree);
        }
      }
    }
  });
});

describe("projectivize", () => {
  it("leaves projective trees alone", () => {
    expect(projectivize([1, -1, 1])).toEqual([1, -1, 1]);
  });

  it("lifts a crossing arc to the grandparent until nothing crosses", () => {
    // "A hearing is scheduled on the issue today": "on the issue" (5..6) hangs from "hearing" (1)
    // across "scheduled" (3): heads written by hand.
    const heads = [1, 3, 3, -1, 6, 6, 1, 3];
    expect(isProjective(heads)).toBe(false);
    const lifted = projectivize(heads);
    expect(isProjective(lifted)).toBe(true);
    expect(lifted).toEqual([1, 3, 3, -1, 6, 6, 3, 3]);
  });

  it("makes every tree of five words projective", () => {
    for (const tree of allTrees(5)) expect(isProjective(projectivize(tree))).toBe(true);
  });
});
