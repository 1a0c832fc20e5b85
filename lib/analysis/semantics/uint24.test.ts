import { describe, expect, it } from "vitest";
import { decodeUint24, encodeUint24, row, rowsOf } from "./uint24";

describe("uint24 lists", () => {
  it("round-trip the edge values", () => {
    const values = [0, 1, 255, 256, 65_535, 65_536, (1 << 24) - 1];
    expect(Array.from(decodeUint24(encodeUint24(values)))).toEqual(values);
  });

  it("refuse values that do not fit in three bytes", () => {
    expect(() => encodeUint24([1 << 24])).toThrow(/not an integer/);
    expect(() => encodeUint24([-1])).toThrow(/not an integer/);
  });

  it("group pairs into rows, keeping each key's values in order", () => {
    const rows = rowsOf(4, [2, 0, 2, 3], [7, 5, 9, 1]);
    expect(Array.from(row(rows, 0))).toEqual([5]);
    expect(Array.from(row(rows, 1))).toEqual([]);
    expect(Array.from(row(rows, 2))).toEqual([7, 9]);
    expect(Array.from(row(rows, 3))).toEqual([1]);
  });
});
