import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ANALYSIS_VERSION } from "@/lib/analysis/schema";

/**
 * Which engine wrote an analysis: the output schema's version and a hash of the engine's sources
 * (lib/analysis, tests excluded), so a stored analysis can be told apart from what today's engine
 * would write.
 */
export function engineVersion(root: string = process.cwd()): string {
  const hash = createHash("sha256");
  const walk = (folder: string): void => {
    if (!fs.existsSync(folder)) return;
    const entries = fs
      .readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        hash.update(path.relative(root, full)).update(fs.readFileSync(full));
      }
    }
  };
  walk(path.join(root, "lib", "analysis"));
  return `v${ANALYSIS_VERSION}-${hash.digest("hex").slice(0, 16)}`;
}
