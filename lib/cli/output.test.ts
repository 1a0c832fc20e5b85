import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FLOOD = path.join(import.meta.dirname, "fixtures", "flood.ts");

/** Run the flood script, read one chunk of its output, then close the pipe like `head` does. */
function readOneChunk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), [FLOOD, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("quietOnClosedPipe", () => {
  it("ends quietly with status 0 when the reader closes the pipe", async () => {
    expect(await readOneChunk([])).toEqual({ code: 0, stderr: "" });
  });

  it("(without it, the same command crashes with EPIPE)", async () => {
    const result = await readOneChunk(["--unguarded"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("EPIPE");
  });
});
