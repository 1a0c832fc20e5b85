import { spawnSync } from "node:child_process";
import { z } from "zod";
import { alignFacts } from "@/lib/analysis/align";
import { analyzeStory } from "@/lib/analysis";
import { prepareArticle } from "@/lib/analysis/text";
import { analyzeAttribution } from "@/lib/analysis/relations";
import { findQuotes, groupQuotes } from "@/lib/analysis/quotes";
import { findReuse } from "@/lib/analysis/align";
import { segment } from "@/lib/analysis/text";
import { fail, parseArgs } from "./args";
import { buildStory, sentencePool } from "./bench-story";

const HELP = `Usage:
  npm run bench [-- --sizes 10,100,1000] [--seed N] [--quick]

Builds synthetic stories of the given numbers of articles from the project's
own stories (real sentences, shuffled and lightly perturbed with a seeded
PRNG; some paragraphs reused across articles) and, for each size in a fresh
child process, runs the whole analyzeStory. Prints per size: articles,
sentences, wall time, sentences per second, peak memory (maxRSS of that
process), the ratio to a tokenize-only pass (segment() over the same texts);
then where the time and memory go, stage by stage, measured in another fresh
process (--quick skips that). The last line is the same data as JSON.

Targets: 1,000 articles in under 10 s and 1 GB; ten times the articles at most
fifteen times the time.`;

const sizesSchema = z
  .string()
  .regex(/^\d+(,\d+)*$/, "give sizes as numbers separated by commas, e.g. 10,100")
  .transform((value) => value.split(",").map(Number))
  .pipe(z.array(z.number().int().min(1).max(5000, "at most 5000 articles")).min(1));

const size = z.coerce.number().int().min(1).max(5000);
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    sizes: sizesSchema.optional(),
    seed: z.coerce.number().int().nonnegative().optional(),
    quick: z.boolean().optional(),
    child: size.optional(),
    stages: size.optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help", "quick"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const seed = args.seed ?? 20180928;

const runSchema = z.object({
  articles: z.number(),
  sentences: z.number(),
  ms: z.number(),
  peakRssMb: z.number(),
  tokenizeMs: z.number(),
  facts: z.number(),
  reuse: z.number(),
});
type Run = z.infer<typeof runSchema>;

const stageSchema = z.object({ name: z.string(), ms: z.number(), peakRssMb: z.number() });
const stagesSchema = z.array(stageSchema);
type Stage = z.infer<typeof stageSchema>;

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Build a story and warm up the NLP model and the JIT on a small one, so no measurement pays for that. */
function setUp(count: number) {
  const pool = sentencePool();
  const story = buildStory(count, pool, seed);
  analyzeStory(buildStory(3, pool, seed));
  return story;
}

/** One size, the whole engine: wall time and peak memory of analyzeStory, and a tokenize-only pass. */
function runFull(count: number): Run {
  const story = setUp(count);
  let started = performance.now();
  for (const article of story.articles) segment(article.raw);
  const tokenizeMs = performance.now() - started;
  started = performance.now();
  const analysis = analyzeStory(story);
  const ms = performance.now() - started;
  return {
    articles: count,
    sentences: analysis.articles.reduce((sum, a) => sum + a.sentences.length, 0),
    ms: Math.round(ms),
    peakRssMb: peakMb(),
    tokenizeMs: Math.round(tokenizeMs),
    facts: analysis.facts.length,
    reuse: analysis.reuse.length,
  };
}

/** One size, stage by stage as analyzeStory runs them: time, and peak memory so far after each. */
function runStages(count: number): Stage[] {
  const story = setUp(count);
  const stages: Stage[] = [];
  const time = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    stages.push({ name, ms: Math.round(performance.now() - started), peakRssMb: peakMb() });
    return result;
  };
  const prepared = time("prepare (clean + segment)", () => story.articles.map(prepareArticle));
  const facts = time("align facts", () => alignFacts(prepared));
  time("reuse", () => findReuse(prepared));
  const quotes = time("quotes", () => {
    const found = prepared.flatMap(findQuotes);
    groupQuotes(found, prepared);
    return found;
  });
  time("attribution", () => analyzeAttribution(prepared, quotes, [], facts));
  return stages;
}

if (args.child !== undefined) {
  process.stdout.write(`${JSON.stringify(runFull(args.child))}\n`);
  process.exit(0);
}
if (args.stages !== undefined) {
  process.stdout.write(`${JSON.stringify(runStages(args.stages))}\n`);
  process.exit(0);
}

/** Run this script again in a fresh process (so its peak memory is its own) and read its JSON line. */
function spawnChild<T>(flag: string, count: number, schema: z.ZodType<T>): T {
  const script = process.argv[1] ?? "";
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, flag, String(count), "--seed", String(seed)],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  const parsed = schema.safeParse(
    line.startsWith("{") || line.startsWith("[") ? JSON.parse(line) : null,
  );
  if (child.status !== 0 || !parsed.success) {
    fail(`${count} articles (${flag}) failed:\n${child.stderr.trim().slice(-2000)}`);
  }
  return parsed.data;
}

const sizes = args.sizes ?? [10, 100, 1000];
const results: (Run & { sentencesPerSecond: number; ratioToTokenize: number; stages: Stage[] })[] =
  [];
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `${pad("articles", 8)} ${pad("sentences", 9)} ${pad("time ms", 8)} ${pad("sent/s", 7)} ${pad("peak MB", 7)} ${pad("tok ms", 7)} ${pad("×tok", 5)}`,
);
for (const count of sizes) {
  const run = spawnChild("--child", count, runSchema);
  const stages = args.quick ? [] : spawnChild("--stages", count, stagesSchema);
  const result = {
    ...run,
    sentencesPerSecond: Math.round(run.sentences / (run.ms / 1000)),
    ratioToTokenize: Math.round((run.ms / Math.max(1, run.tokenizeMs)) * 10) / 10,
    stages,
  };
  results.push(result);
  console.log(
    `${pad(result.articles, 8)} ${pad(result.sentences, 9)} ${pad(result.ms, 8)} ${pad(result.sentencesPerSecond, 7)} ${pad(result.peakRssMb, 7)} ${pad(result.tokenizeMs, 7)} ${pad(result.ratioToTokenize, 5)}` +
      `  (${result.facts} facts, ${result.reuse} reused passages)`,
  );
  if (stages.length > 0) {
    const parts = stages.map((s) => `${s.name} ${s.ms} ms (peak so far ${s.peakRssMb} MB)`);
    console.log(`${" ".repeat(10)}stages: ${parts.join(" · ")}`);
  }
}
const mark = (ok: boolean) => (ok ? "ok" : "MISSED");
const scaling = results.slice(1).map((r, i) => {
  const previous = results[i] as Run;
  return {
    from: previous.articles,
    to: r.articles,
    articlesRatio: r.articles / previous.articles,
    timeRatio: Math.round((r.ms / previous.ms) * 10) / 10,
  };
});
for (const s of scaling) {
  // Time may grow at most 1.5 times as fast as the number of articles.
  const ok = s.timeRatio <= 1.5 * s.articlesRatio;
  console.log(
    `${s.from} → ${s.to} articles (×${s.articlesRatio}): time ×${s.timeRatio} [${mark(ok)}]`,
  );
}
const thousand = results.find((r) => r.articles === 1000);
if (thousand) {
  console.log(
    `1,000 articles: ${(thousand.ms / 1000).toFixed(1)} s (target < 10 s) [${mark(thousand.ms < 10_000)}], ` +
      `peak ${thousand.peakRssMb} MB (target < 1024 MB) [${mark(thousand.peakRssMb < 1024)}]`,
  );
}
console.log(JSON.stringify({ bench: results, scaling, seed }));
