import path from "node:path";
import { z } from "zod";
import { parseArgs } from "../lib/cli/args";
import { bin, run } from "../lib/cli/run";

const usage = `Usage:
  npm run quality [-- --split tune|report|both] [--eval <folder>]

Every accuracy figure of docs/quality.md, in one run: cleaning, fact alignment, quote speakers and
blame, on the seed story and on the evaluation sets in ../shared/eval (skipped with a note when a
set is absent: the data never enters the project). Each set was split before any tuning:
  tune    the part the rules were adjusted on (BASIL 2010–2011, PolNeAR train)
  report  the held-out part (BASIL 2012, PolNeAR dev): what to expect on unseen stories
  both    tune, then report (the default): the two columns of docs/quality.md`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    split: z.enum(["tune", "report", "both"]).default("both"),
    eval: z
      .string()
      .min(1)
      .default(path.join("..", "shared", "eval")),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments: use --eval <folder>"),
  }),
  ["help"],
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const root = path.resolve(args.eval);
const basil = path.join(root, "basil-dev");
const polnear = path.join(root, "polnear");

function steps(split: "tune" | "report"): [string, string[]][] {
  const polnearSplit = split === "tune" ? "train" : "dev";
  return [
    ["Cleaning (page chrome)", ["eval/clean.ts", basil, "--split", split]],
    ["Fact alignment", ["eval/align.ts", basil, "--split", split]],
    ["Quote speakers, BASIL", ["eval/quotes.ts", basil, "--split", split]],
    ["Quote speakers, PolNeAR", ["eval/speakers-polnear.ts", polnear, "--split", polnearSplit]],
    ["Blame edges, BASIL", ["eval/blame.ts", basil, "--split", split]],
  ];
}

const splits = args.split === "both" ? (["tune", "report"] as const) : ([args.split] as const);
let failed = 0;
console.log(`\n━━ Blame on the seed story (hand-labelled gold): npx tsx eval/seed-blame.ts ━━`);
if (run(bin("tsx"), ["eval/seed-blame.ts"]) !== 0) failed += 1;
for (const split of splits) {
  for (const [name, argv] of steps(split)) {
    console.log(`\n━━ ${name}, ${split} split: npx tsx ${argv.join(" ")} ━━`);
    if (run(bin("tsx"), argv) !== 0) failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
