import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { analyzeStory } from "@/lib/analysis";
import { CONTENT_ROOT, loadOutlets, loadStoryDir } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { fail, parseArgs } from "../lib/cli/args";

const HELP = `Usage:
  npx tsx eval/blame-speed.ts <story-folder> [--runs N]

Runs analyzeStory on a story folder N times (default 3) in this process and prints, per run and
as the median, wall time and CPU time (user + system, which several helpers sharing two cores
disturb less than wall time), with the blame relations found. Build a 300-article folder with
\`npx tsx eval/polnear-story.ts --out /tmp/pn300 --count 300 --seed 7\`.`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    runs: z.coerce.number().int().min(1).max(20).default(3),
    help: z.boolean().optional(),
    _: z.array(z.string()).length(1, "give one story folder"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const dir = path.resolve(args._[0] ?? "");
if (!fs.existsSync(dir)) fail(`${dir}: not a folder`);
const { outlets } = loadOutlets(CONTENT_ROOT, path.join(CONTENT_ROOT, "outlets"));
const { story, problems } = loadStoryDir(dir, outlets);
if (!story) fail(problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
const input = toStoryInput(story);

const walls: number[] = [];
const cpus: number[] = [];
for (let run = 0; run < args.runs; run += 1) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const analysis = analyzeStory(input);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  walls.push(wall);
  cpus.push(cpuMs);
  console.log(
    `run ${run + 1}: ${input.articles.length} articles, wall ${Math.round(wall)} ms, CPU ${Math.round(cpuMs)} ms, ${analysis.blame.length} blame relations`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`median: wall ${Math.round(median(walls))} ms, CPU ${Math.round(median(cpus))} ms`);
