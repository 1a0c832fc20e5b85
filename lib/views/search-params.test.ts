import { describe, expect, it } from "vitest";
import { fromSearchParams } from "./search-params";

describe("fromSearchParams", () => {
  it("gives single keys as strings and repeated keys as arrays, like Next's searchParams", () => {
    expect(fromSearchParams(new URLSearchParams("a=press-tv&b=x&b=y&c="))).toEqual({
      a: "press-tv",
      b: ["x", "y"],
      c: "",
    });
    expect(fromSearchParams(new URLSearchParams(""))).toEqual({});
  });
});
