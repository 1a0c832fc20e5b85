import { describe, expect, it } from "vitest";
import { SizedCache } from "./sized-cache";

describe("a cache bounded by count and size", () => {
  it("drops the oldest past the entry count", () => {
    const cache = new SizedCache<string>(2, 100);
    cache.set("a", "A", 1);
    cache.set("b", "B", 1);
    cache.set("c", "C", 1);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, "B", "C"]);
    expect(cache.usage).toEqual({ entries: 2, size: 2 });
  });

  it("drops the oldest past the total size, and never keeps an entry larger than the budget", () => {
    const cache = new SizedCache<string>(10, 100);
    cache.set("a", "A", 60);
    cache.set("b", "B", 30);
    cache.set("c", "C", 20);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, "B", "C"]);
    cache.set("huge", "H", 101);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.usage).toEqual({ entries: 2, size: 50 });
  });

  it("replaces an entry's value and size", () => {
    const cache = new SizedCache<string>(10, 100);
    cache.set("a", "A", 60);
    cache.set("a", "A2", 10);
    cache.delete("missing");
    expect(cache.get("a")).toBe("A2");
    expect(cache.usage).toEqual({ entries: 1, size: 10 });
    cache.delete("a");
    expect(cache.usage).toEqual({ entries: 0, size: 0 });
  });
});
