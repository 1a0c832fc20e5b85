import { describe, expect, it } from "vitest";
import { ImageCache, pngResponse } from "./image-cache";

function bytes(n: number): ArrayBuffer {
  return new Uint8Array([n]).buffer;
}

describe("ImageCache", () => {
  it("renders each key once, also for concurrent requests", async () => {
    const cache = new ImageCache(4);
    let renders = 0;
    const render = async () => {
      renders += 1;
      return bytes(1);
    };
    const [a, b] = await Promise.all([cache.get("k", render), cache.get("k", render)]);
    await cache.get("k", render);
    expect(renders).toBe(1);
    expect(a).toBe(b);
  });

  it("drops the least recently used key past its limit", async () => {
    const cache = new ImageCache(2);
    const rendered: string[] = [];
    const render = (key: string) => async () => {
      rendered.push(key);
      return bytes(rendered.length);
    };
    await cache.get("a", render("a"));
    await cache.get("b", render("b"));
    await cache.get("a", render("a")); // a is now the most recent
    await cache.get("c", render("c")); // evicts b
    expect(cache.size).toBe(2);
    await cache.get("a", render("a"));
    await cache.get("b", render("b"));
    expect(rendered).toEqual(["a", "b", "c", "b"]);
  });

  it("forgets a failed render so the next request retries", async () => {
    const cache = new ImageCache(2);
    await expect(cache.get("k", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(cache.size).toBe(0);
    await expect(cache.get("k", async () => bytes(7))).resolves.toEqual(bytes(7));
  });
});

describe("pngResponse", () => {
  it("labels the bytes as a cacheable PNG", () => {
    const response = pngResponse(bytes(3));
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe("1");
    expect(response.headers.get("cache-control")).toMatch(/max-age=3600/);
  });

  it("takes another Cache-Control (an unlisted story's preview stays out of shared caches)", () => {
    const response = pngResponse(bytes(3), { "Cache-Control": "private, no-store" });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("image/png");
  });
});
