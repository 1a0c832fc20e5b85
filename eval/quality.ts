import path from "node:path";
import { z } from "zod";
import { parseArgs } from "../lib/cli/args";
import { bin, run } from "../lib/cli/run";

/**
 * `npm run quality [-- <basil-dev-folder>]`: every accuracy figure of
 * docs/quality.md in one run — cleaning, fact alignment, quote speakers and
 * blame edges, on the seed story and on the BASIL development split (default
 * ../shared/eval/basil-dev; skipped with a note when absent).
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({ _: z.array(z.string().min(1)).max(1, "give at most one BASIL folder") }),
);
const basil = path.resolve(args._[0] ?? path.join("..", "shared", "eval", "basil-dev"));

const steps: [string, string[]][] = [
  ["Cleaning (page chrome)", ["eval/clean.ts", basil]],
  ["Fact alignment", ["eval/align.ts", path.join(basil, "articles")]],
  ["Quote speakers", ["eval/quotes.ts", basil]],
  ["Blame on the seed story", ["eval/seed-blame.ts"]],
  ["Blame edges", ["eval/blame.ts", basil]],
];

let failed = 0;
for (const [name, argv] of steps) {
  console.log(`\n━━ ${name}: npx tsx ${argv.join(" ")} ━━`);
  if (run(bin("tsx"), argv) !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
