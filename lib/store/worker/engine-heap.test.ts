import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ENGINE_HEAP_MB, isOutOfMemory, OUT_OF_MEMORY_MESSAGE } from "./engine-heap";

describe("the engine's heap limit", () => {
  it("recognises the error a thread gives when it reaches its limit", async () => {
    // A thread that keeps every array it makes, under a small limit: Node ends it with its error.
    const thread = new Worker(
      "const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length));",
      {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: 16 },
      },
    );
    const error = await new Promise<unknown>((resolve) => thread.once("error", resolve));
    expect(isOutOfMemory(error)).toBe(true);
    expect(isOutOfMemory(new Error("the tokenizer ran out of memory"))).toBe(false);
  }, 20_000);

  it("tells the reader what to do, with the limit", () => {
    expect(OUT_OF_MEMORY_MESSAGE).toContain(`${ENGINE_HEAP_MB} MB`);
    expect(OUT_OF_MEMORY_MESSAGE).toContain("split it into smaller stories");
  });
});
