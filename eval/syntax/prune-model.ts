import fs from "node:fs";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import {
  fromBase64,
  modelFileSchema,
  toBase64,
  type ModelFile,
} from "@/lib/analysis/syntax/training";

const HELP = `Usage: npx tsx eval/syntax/prune-model.ts --min-step N [--model FILE] --out FILE

Writes a smaller copy of an 8-bit parser model: entries whose stored weight step
has |step| < N are dropped (a step q weighs (q/127)^2 x scale, so N = 16 drops
weights under 1.6% of the largest), and features left with no entry go too.
Kept weights are copied byte for byte (no requantizing), so the pruned model
differs from the original only by the dropped entries. Measure the result with
  npm run eval-parser -- --model FILE
  npx tsx eval/syntax/speed-parser.ts --model FILE

  --min-step N   smallest |step| kept, 1-127 (1 keeps everything)
  --model FILE   model to prune (default lib/analysis/syntax/model-data.json)
  --out FILE     where to write the pruned model (never the shipped file by default)`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    "min-step": z.coerce.number().int().min(1).max(127).optional(),
    model: z.string().min(1).default("lib/analysis/syntax/model-data.json"),
    out: z.string().min(1).optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help"],
);
if (args.help || args["min-step"] === undefined || args.out === undefined) {
  console.log(HELP);
  process.exit(args.help ? 0 : 1);
}

const file = modelFileSchema.parse(JSON.parse(fs.readFileSync(args.model, "utf8")));
const pruned = pruneModel(file, args["min-step"]);
fs.writeFileSync(args.out, JSON.stringify(pruned));
console.log(
  `${args.model} -> ${args.out}: --min-step ${args["min-step"]}: ` +
    `${file.features} -> ${pruned.features} features, ` +
    `${fromBase64(file.classes).length} -> ${fromBase64(pruned.classes).length} entries, ` +
    `${(fs.statSync(args.model).size / 1e6).toFixed(2)} -> ${(fs.statSync(args.out).size / 1e6).toFixed(2)} MB`,
);

/** The model without the entries whose |step| is under `minStep` (8-bit models only). */
function pruneModel(model: ModelFile, minStep: number): ModelFile {
  if (model.bits !== 8)
    throw new Error("prune-model: only 8-bit models (a step is one signed byte)");
  const keyBytes = fromBase64(model.keys);
  const counts = fromBase64(model.counts);
  const classes = fromBase64(model.classes);
  const steps = fromBase64(model.weights);
  const outKeys: number[] = [];
  const outCounts: number[] = [];
  const outClasses: number[] = [];
  const outSteps: number[] = [];
  let key = 0;
  let previous = 0;
  let at = 0;
  let entry = 0;
  for (let f = 0; f < model.features; f += 1) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = keyBytes[at++] as number;
      gap += (byte & 127) * 2 ** shift;
      shift += 7;
      if (byte < 128) break;
    }
    key += gap;
    let kept = 0;
    for (let e = 0; e < (counts[f] as number); e += 1, entry += 1) {
      const step = steps[entry] as number;
      if (Math.abs((step << 24) >> 24) < minStep) continue;
      outClasses.push(classes[entry] as number);
      outSteps.push(step);
      kept += 1;
    }
    if (kept === 0) continue;
    let rest = key - previous;
    previous = key;
    while (rest >= 128) {
      outKeys.push((rest % 128) | 128);
      rest = Math.floor(rest / 128);
    }
    outKeys.push(rest);
    outCounts.push(kept);
  }
  return {
    ...model,
    source: `${model.source}; pruned: entries with |step| < ${minStep} dropped (eval/syntax/prune-model.ts)`,
    features: outCounts.length,
    keys: toBase64(Uint8Array.from(outKeys)),
    counts: toBase64(Uint8Array.from(outCounts)),
    classes: toBase64(Uint8Array.from(outClasses)),
    weights: toBase64(Uint8Array.from(outSteps)),
  };
}
