import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { loadModel } from "@/lib/analysis/syntax/training";
import { labelSet, loadSplits, toExample, type TagSource } from "./data";
import { measure } from "./measure";
import { pack } from "./pack";
import { formatAttachment } from "./score";
import { train, type TrainingExample } from "./train";

const HELP = `Usage: npm run train-parser -- [options]

Trains the dependency parser (lib/analysis/syntax) on UD English EWT and
writes its model to lib/analysis/syntax/model-data.json. Deterministic: the
same data and options give the same file, byte for byte.

Training data: en_ewt-ud-dev.conllu and the first 1,000 sentences of
en_ewt-ud-test.conllu. The rest of the test file is the report split, read
only by \`npm run eval-parser\`.

  --data DIR         UD EWT folder (default /work/shared/eval/ud-english-ewt)
  --out FILE         where to write the model (default lib/analysis/syntax/model-data.json;
                     with --tune, nothing is written unless --out is given)
  --tune             hold out every 8th training sentence and print scores on it
  --tags SOURCE      tags to train on: wink (what the parser sees), gold, or both (default)
  --epochs N         passes over the data (default 12)
  --explore-from N   first epoch that follows the model's own moves (default 2)
  --explore P        probability of following the model's move then (default 0.9)
  --min-touches N    keep features updated at least N times (default 3)
  --min-weight W     drop averaged weights smaller than W (default 0.5)
  --bits B           weight precision in the file: 8 or 16 (default 8)
  --seed S           seed for the shuffles and exploration (default 7)
  --check-every N    with --tune, score the held-out sentences every N epochs
  --try-pruning      with --tune, also print size and scores for other pruning settings`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    data: z.string().min(1).default("/work/shared/eval/ud-english-ewt"),
    out: z.string().min(1).optional(),
    tune: z.boolean().default(false),
    tags: z.enum(["wink", "gold", "both"]).default("both"),
    epochs: z.coerce.number().int().min(1).max(100).default(12),
    "explore-from": z.coerce.number().int().min(1).default(2),
    explore: z.coerce.number().min(0).max(1).default(0.9),
    "min-touches": z.coerce.number().int().min(1).default(3),
    "min-weight": z.coerce.number().min(0).default(0.5),
    bits: z.coerce
      .number()
      .refine((b) => b === 8 || b === 16, "8 or 16")
      .transform((b) => b as 8 | 16)
      .default(8),
    seed: z.coerce.number().int().default(7),
    "check-every": z.coerce.number().int().min(1).optional(),
    "try-pruning": z.boolean().default(false),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["tune", "help", "try-pruning"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const started = Date.now();
const splits = loadSplits(args.data, args.tune);
const labels = labelSet(splits.train);
const sources: TagSource[] = args.tags === "both" ? ["gold", "wink"] : [args.tags];
const examples: TrainingExample[] = sources.flatMap((source) =>
  splits.train.map((sentence) => toExample(sentence, source, labels)),
);
const words = splits.train.reduce((sum, sentence) => sum + sentence.words.length, 0);
console.log(
  `training on ${splits.train.length} sentences (${words} words), tags: ${sources.join(" + ")}, ` +
    `${labels.length} relations`,
);
const pruning = {
  minTouches: args["min-touches"],
  minWeight: args["min-weight"],
  bits: args.bits,
};
const perceptron = train(
  examples,
  labels,
  {
    epochs: args.epochs,
    seed: args.seed,
    exploreFrom: args["explore-from"],
    explore: args.explore,
  },
  (line) => console.log(`  ${line}`),
  (epoch, model) => {
    const every = args["check-every"];
    if (!args.tune || every === undefined || epoch % every !== 0 || epoch === args.epochs) return;
    const file = pack(model, labels, pruning, "check");
    for (const source of ["gold", "wink"] as const) {
      const { all } = measure(loadModel(file), splits.tune, source);
      console.log(formatAttachment(`  epoch ${epoch}, tune, ${source} tags`, all));
    }
  },
);
const file = pack(
  perceptron,
  labels,
  pruning,
  `UD English EWT: en_ewt-ud-dev.conllu + first 1000 sentences of en_ewt-ud-test.conllu` +
    (args.tune ? ` (every ${8}th held out)` : "") +
    `; tags ${sources.join("+")}; epochs ${args.epochs}; seed ${args.seed}`,
);
// Indented as prettier would (the format check runs over the whole repository).
const text = `${JSON.stringify(file, null, 2)}\n`;
console.log(
  `model: ${file.features} features, ${(text.length / 1024 / 1024).toFixed(2)} MB ` +
    `(trained in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);

if (args.tune) {
  const model = loadModel(file);
  for (const source of ["gold", "wink"] as const) {
    const { all, noPunct } = measure(model, splits.tune, source);
    console.log(formatAttachment(`tune, ${source} tags`, all));
    console.log(formatAttachment(`tune, ${source} tags, no punct`, noPunct));
  }
}

if (args.tune && args["try-pruning"]) {
  for (const minTouches of [2, 3, 4]) {
    for (const minWeight of [0.5, 2]) {
      for (const bits of [8, 16] as const) {
        const tried = pack(perceptron, labels, { minTouches, minWeight, bits }, "try");
        const size = JSON.stringify(tried, null, 2).length / 1024 / 1024;
        const { all } = measure(loadModel(tried), splits.tune, "wink");
        const name = `touches >= ${minTouches}, |w| >= ${minWeight}, ${bits} bits`;
        console.log(formatAttachment(`${name}: ${size.toFixed(2)} MB, wink`, all));
      }
    }
  }
}

const out = args.out ?? (args.tune ? undefined : "lib/analysis/syntax/model-data.json");
if (out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
