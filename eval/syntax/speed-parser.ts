import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { readText } from "@/lib/analysis/text";
import { parseTokens } from "@/lib/analysis/syntax";
import { loadModel } from "@/lib/analysis/syntax/training";
import { loadBasil } from "../data/basil";

const HELP = `Usage: npx tsx eval/syntax/speed-parser.ts [options]

How fast the parser reads news: wink reads the BASIL articles of the tuning
years (2010–2011) into sentences first (not timed); then every sentence's
tokens are parsed with parseTokens, once to warm up and --rounds times timed.
Prints sentences and words per second of this process's CPU time (the
machine may be shared, so wall time is printed too but means less), and the
model's load time (read, JSON.parse, decode): the first, cold, as in the
engine, and the best of --loads tries.
Only speed is measured: no scores, so this may be run at any time.

  --data DIR     BASIL folder (default /work/shared/eval/basil-dev)
  --model FILE   model file (default lib/analysis/syntax/model-data.json)
  --rounds N     timed passes over the sentences (default 3)
  --loads N      model loads to time (default 5)
  --min-words N  only sentences of at least N tokens (default 1)`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    data: z.string().min(1).default("/work/shared/eval/basil-dev"),
    model: z.string().min(1).default("lib/analysis/syntax/model-data.json"),
    rounds: z.coerce.number().int().min(1).max(50).default(3),
    loads: z.coerce.number().int().min(1).max(50).default(5),
    "min-words": z.coerce.number().int().min(1).default(1),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

// The first load runs cold (nothing compiled yet), as it does once in the engine: report it apart.
const loads: { wall: number; cpu: number }[] = [];
for (let i = 0; i < args.loads; i += 1) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  loadModel(JSON.parse(fs.readFileSync(args.model, "utf8")));
  const used = process.cpuUsage(cpu);
  loads.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
}
const model = loadModel(JSON.parse(fs.readFileSync(args.model, "utf8")));

const articles = loadBasil(args.data, "tune");
if (!articles) throw new Error(`${args.data}: no BASIL articles found (give --data <folder>)`);
const sentences = articles
  .flatMap((article) => readText(article.text).map((sentence) => sentence.tokens))
  .filter((tokens) => tokens.length >= args["min-words"]);
const tokenCount = sentences.reduce((sum, tokens) => sum + tokens.length, 0);

for (const tokens of sentences) parseTokens(tokens, model);
const cpu = process.cpuUsage();
const start = performance.now();
for (let round = 0; round < args.rounds; round += 1) {
  for (const tokens of sentences) parseTokens(tokens, model);
}
const wall = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const seconds = (used.user + used.system) / 1e6;
const parsed = sentences.length * args.rounds;

console.log(
  `${articles.length} BASIL articles (tune years), ${sentences.length} sentences, ` +
    `${(tokenCount / sentences.length).toFixed(1)} tokens a sentence`,
);
console.log(
  `speed: ${(parsed / seconds).toFixed(0)} sentences/s, ` +
    `${((tokenCount * args.rounds) / seconds / 1000).toFixed(1)}k tokens/s of CPU time ` +
    `(${(parsed / wall).toFixed(0)} sentences/s wall clock), ${args.rounds} rounds`,
);
const first = loads[0] ?? { wall: 0, cpu: 0 };
const best = Math.min(...loads.map((load) => load.cpu));
console.log(
  `model: ${(fs.statSync(args.model).size / 1024 / 1024).toFixed(2)} MB; read + JSON.parse + ` +
    `loadModel: first (cold) ${first.cpu.toFixed(0)} ms CPU (${first.wall.toFixed(0)} ms wall), ` +
    `best of ${args.loads} ${best.toFixed(0)} ms CPU`,
);
