import { describe, expect, it } from "vitest";
import { defaultHelperThreads } from "./helper-threads";

describe("defaultHelperThreads", () => {
  it("none on two cores or fewer, one fewer than the cores above", () => {
    expect([1, 2, 3, 4, 16].map((cores) => defaultHelperThreads(cores))).toEqual([0, 0, 2, 3, 15]);
  });
});
