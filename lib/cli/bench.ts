import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { type AnalysisStage, analyzeStory, ArticleCache, segment } from "@/lib/analysis";
import { fillArticleCache } from "@/lib/parallel/article-pool";
import { ENGINE_HEAP_MB } from "@/lib/store/worker/engine-heap";
import { fail, parseArgs, threadsOption } from "./args";
import { loadCorpus, storyOf } from "./bench-corpus";
import { processCpuMs, threadCpuMs } from "@/lib/parallel/thread-cpu";

const HELP = `Usage:
  npm run bench [-- --sizes 10,100,1000] [--corpus auto|real|own] [--seed N] [--add-to 300]
                [--threads N]

Times the whole engine on stories of the given numbers of articles, each size in a fresh child
process, and writes the analysis as JSON as the app stores it. Text: real, varied news (PolNeAR's
924 articles and BASIL's 90, read from ../shared/eval) when that folder is there, else the
project's own stories shuffled (--corpus own; their sentences repeat, so they flatter the engine).
Per size: sentences, wall time (analysis + JSON), peak memory (maxRSS, with the heap limit the app's
analysis thread has), output bytes, time per stage, and the ratio to a tokenize-only pass over the
same text in another fresh process (the host-independent figure), and the analysis's CPU time, all
threads and the main thread alone (on a shared machine, steadier than wall time), the main
thread's CPU time stage by stage, and each helper thread's (with what loading the engine's modules
took). What "all threads" holds beyond the main and helper threads is V8's own work (concurrent
garbage collection and optimising compilation, for each thread's heap and code). Then the cost
of adding one article to a story of --add-to articles with the per-article cache (what a growing
user story pays). The last line is the data as JSON.

Each article's own work (clean, read, find quotes and speakers, and the raw actor spans; the
"pool" stage, which leaves little to the prepare and quotes stages) is shared between the main
thread and --threads helper threads, as \`npm run analyze\` does (default: one fewer than the cores
Node may use, and none on 2 cores, where a helper costs more than it saves; 0 reads every article in
the main thread). The work comes back with the
parses made on the way, so later stages do not parse those sentences again. The pool's time
includes starting the threads (each loads the engine's modules, about 0.5 s of CPU, then its
models) and copying the work back; stories under 20 articles skip it. On 2 cores the pool gains
nothing: the helper thread's own compiling and garbage collection take the second core's time it
would save (docs/quality.md, Speed), so the default there is none.

Targets (2 cores): 1,000 articles in ≤ 10 s and ≤ 1 GB, ≤ 100 KB of output per article, ten
times the articles at most twelve times the time; adding one article to 300 in ≤ 2 s.`;

const sizesSchema = z
  .string()
  .regex(/^\d+(,\d+)*$/, "give sizes as numbers separated by commas, e.g. 10,100")
  .transform((value) => value.split(",").map(Number))
  .pipe(z.array(z.number().int().min(2).max(5000, "at most 5000 articles")).min(1));
const size = z.coerce.number().int().min(2).max(5000);
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    sizes: sizesSchema.optional(),
    corpus: z.enum(["auto", "real", "own"]).default("auto"),
    seed: z.coerce.number().int().nonnegative().default(20180928),
    "add-to": size.optional(),
    threads: threadsOption(),
    child: size.optional(),
    tokenize: size.optional(),
    incremental: size.optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const runSchema = z.object({
  articles: z.number(),
  sentences: z.number(),
  analysisMs: z.number(),
  jsonMs: z.number(),
  bytes: z.number(),
  peakRssMb: z.number(),
  cpuMs: z.number(),
  mainCpuMs: z.number().nullable(),
  byThreads: z.number(),
  /** Each helper thread's CPU: loading the engine's modules, and in all. */
  threadCpu: z.array(z.object({ startMs: z.number().nullable(), totalMs: z.number().nullable() })),
  stages: z.record(z.string(), z.number()),
  /** The main thread's CPU time in each stage (10 ms ticks; null where the platform does not tell). */
  stagesCpu: z.record(z.string(), z.number().nullable()),
  facts: z.number(),
  blame: z.number(),
  quotes: z.number(),
});
type Run = z.infer<typeof runSchema>;
const tokenizeSchema = z.object({ ms: z.number() });
const incrementalSchema = z.object({
  articles: z.number(),
  firstMs: z.number(),
  addMs: z.number(),
});

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const corpus = () => loadCorpus(args.corpus);

/** Load the NLP model, the parser and the JIT on a small story of other articles, so no measurement pays for that. */
function warmUp(): void {
  analyzeStory(storyOf(corpus(), 3, args.seed + 1));
}

async function runFull(count: number): Promise<Run> {
  const story = storyOf(corpus(), count, args.seed);
  warmUp();
  const stages: Partial<Record<AnalysisStage | "pool", number>> = {};
  const stagesCpu: Partial<Record<AnalysisStage | "pool", number | null>> = {};
  // An object, not a `let`: TypeScript does not follow assignments made inside the callback.
  const at: { stage: AnalysisStage | null } = { stage: null };
  const cpuAt = processCpuMs();
  const mainCpuAt = threadCpuMs();
  let mark = performance.now();
  let cpuMark = mainCpuAt;
  const cpuSince = (): number | null => {
    const now = threadCpuMs();
    const spent = now === null || cpuMark === null ? null : now - cpuMark;
    cpuMark = now;
    return spent;
  };
  const started = mark;
  const cache = args.threads > 0 ? new ArticleCache(count, { oneShot: true }) : undefined;
  let byThreads = 0;
  let threadCpu: Run["threadCpu"] = [];
  if (cache) {
    const pool = await fillArticleCache(story, cache, { threads: args.threads });
    for (const error of pool.errors) console.error(`a helper thread stopped: ${error}`);
    byThreads = pool.byThreads;
    threadCpu = pool.threadCpu;
    stages.pool = Math.round(performance.now() - mark);
    stagesCpu.pool = cpuSince();
    mark = performance.now();
  }
  const analysis = analyzeStory(story, {
    cache,
    onStage: (stage) => {
      const now = performance.now();
      if (at.stage) {
        stages[at.stage] = Math.round(now - mark);
        stagesCpu[at.stage] = cpuSince();
      }
      at.stage = stage;
      mark = now;
    },
  });
  const end = performance.now();
  if (at.stage) {
    stages[at.stage] = Math.round(end - mark);
    stagesCpu[at.stage] = cpuSince();
  }
  const cpuMs = Math.round(processCpuMs() - cpuAt);
  const mainCpuMs = cpuMark === null || mainCpuAt === null ? null : cpuMark - mainCpuAt;
  const json = JSON.stringify(analysis);
  const file = path.join(os.tmpdir(), `parallax-bench-${process.pid}.json`);
  fs.writeFileSync(file, json);
  const jsonMs = Math.round(performance.now() - end);
  const bytes = fs.statSync(file).size;
  fs.rmSync(file);
  return {
    articles: count,
    sentences: analysis.articles.reduce((sum, a) => sum + a.sentences.length, 0),
    analysisMs: Math.round(end - started),
    jsonMs,
    bytes,
    peakRssMb: peakMb(),
    cpuMs,
    mainCpuMs,
    byThreads,
    threadCpu,
    stages,
    stagesCpu,
    facts: analysis.facts.length,
    blame: analysis.blame.length,
    quotes: analysis.quotes.length,
  };
}

/** The same texts read by wink only (sentences and tokens), in a process of its own so no cache is shared. */
function runTokenize(count: number): { ms: number } {
  const story = storyOf(corpus(), count, args.seed);
  segment(
    storyOf(corpus(), 3, args.seed + 1)
      .articles.map((a) => a.raw)
      .join("\n\n"),
  );
  const started = performance.now();
  for (const article of story.articles) segment(article.raw);
  return { ms: Math.round(performance.now() - started) };
}

/** A story of `count` articles analysed with the per-article cache, then again with one more article. */
function runIncremental(count: number) {
  const cache = new ArticleCache(count + 10);
  const grown = storyOf(corpus(), count + 1, args.seed);
  const story = { ...grown, articles: grown.articles.slice(0, count) };
  warmUp();
  let started = performance.now();
  analyzeStory(story, { cache });
  const firstMs = Math.round(performance.now() - started);
  started = performance.now();
  analyzeStory(grown, { cache });
  return { articles: count, firstMs, addMs: Math.round(performance.now() - started) };
}

const childFlag = (["child", "tokenize", "incremental"] as const).find(
  (f) => args[f] !== undefined,
);
if (childFlag) {
  const count = args[childFlag] as number;
  const result =
    childFlag === "child"
      ? await runFull(count)
      : childFlag === "tokenize"
        ? runTokenize(count)
        : runIncremental(count);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

/** Run this script again in a fresh process (so its memory and caches are its own) and read its JSON line. */
function spawnChild<T>(flag: string, count: number, schema: z.ZodType<T>): T {
  const script = process.argv[1] ?? "";
  const child = spawnSync(
    process.execPath,
    [
      // The heap limit the app's analysis thread runs with, so peak memory is what a deployment needs.
      `--max-old-space-size=${ENGINE_HEAP_MB}`,
      ...process.execArgv,
      script,
      flag,
      String(count),
      "--seed",
      String(args.seed),
      "--corpus",
      args.corpus,
      "--threads",
      String(args.threads),
    ],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  const parsed = schema.safeParse(line.startsWith("{") ? JSON.parse(line) : null);
  if (child.status !== 0 || !parsed.success)
    fail(`${count} articles (${flag}) failed:\n${child.stderr.trim().slice(-2000)}`);
  return parsed.data;
}

const used = corpus();
console.log(
  `Text: ${used.name}, ${used.articles.length} articles${used.synthetic ? " (synthetic: sentences repeat)" : ""}; ${os.cpus().length} cores, ${args.threads} helper threads, Node ${process.version}`,
);
const sizes = (args.sizes ?? [10, 100, 1000]).filter((n) => n <= used.articles.length);
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `${pad("articles", 8)} ${pad("sentences", 9)} ${pad("total s", 7)} ${pad("peak MB", 7)} ${pad("KB/art", 6)} ${pad("tok s", 6)} ${pad("×tok", 5)}  stages (s)`,
);
const results: (Run & { totalMs: number; tokenizeMs: number; ratioToTokenize: number })[] = [];
for (const count of sizes) {
  const run = spawnChild("--child", count, runSchema);
  const tokenize = spawnChild("--tokenize", count, tokenizeSchema);
  const totalMs = run.analysisMs + run.jsonMs;
  const result = {
    ...run,
    totalMs,
    tokenizeMs: tokenize.ms,
    ratioToTokenize: Math.round((totalMs / Math.max(1, tokenize.ms)) * 10) / 10,
  };
  results.push(result);
  const stages = Object.entries({ ...run.stages, json: run.jsonMs })
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)}`)
    .join(" · ");
  console.log(
    `${pad(count, 8)} ${pad(run.sentences, 9)} ${pad((totalMs / 1000).toFixed(2), 7)} ${pad(run.peakRssMb, 7)} ${pad(Math.round(run.bytes / count / 1024), 6)} ${pad((tokenize.ms / 1000).toFixed(2), 6)} ${pad(result.ratioToTokenize, 5)}  ${stages}`,
  );
  console.log(
    `${pad("", 8)} analysis CPU ${(run.cpuMs / 1000).toFixed(2)} s, main thread ${run.mainCpuMs === null ? "?" : (run.mainCpuMs / 1000).toFixed(2)} s (less swayed by other load than wall time); ${run.byThreads} articles read by helper threads`,
  );
  const seconds = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? "?" : (ms / 1000).toFixed(2);
  console.log(
    `${pad("", 8)} main thread CPU by stage (s): ${Object.entries(run.stagesCpu)
      .map(([name, ms]) => `${name} ${seconds(ms)}`)
      .join(" · ")}${run.threadCpu
      .map(
        (t) =>
          `; a helper thread: ${seconds(t.totalMs)} s (${seconds(t.startMs)} s loading the engine's modules)`,
      )
      .join("")}`,
  );
}
const mark = (ok: boolean) => (ok ? "ok" : "MISSED");
const scaling = results.slice(1).map((r, i) => {
  const previous = results[i] as (typeof results)[number];
  return {
    from: previous.articles,
    to: r.articles,
    articlesRatio: r.articles / previous.articles,
    timeRatio: Math.round((r.totalMs / previous.totalMs) * 10) / 10,
  };
});
for (const s of scaling) {
  const ok = s.timeRatio <= 1.2 * s.articlesRatio;
  console.log(
    `${s.from} → ${s.to} articles (×${s.articlesRatio}): time ×${s.timeRatio} [${mark(ok)}]`,
  );
}
const thousand = results.find((r) => r.articles === 1000);
if (thousand) {
  const perArticle = thousand.bytes / 1000 / 1024;
  console.log(
    `1,000 articles: ${(thousand.totalMs / 1000).toFixed(1)} s (target ≤ 10 s) [${mark(thousand.totalMs <= 10_000)}], ` +
      `peak ${thousand.peakRssMb} MB (≤ 1024) [${mark(thousand.peakRssMb <= 1024)}], ` +
      `${perArticle.toFixed(0)} KB per article (≤ 100) [${mark(perArticle <= 100)}]`,
  );
}
const addTo = Math.min(args["add-to"] ?? 300, used.articles.length - 1);
const incremental = spawnChild("--incremental", addTo, incrementalSchema);
console.log(
  `Adding one article to ${addTo} (per-article cache): ${(incremental.addMs / 1000).toFixed(2)} s (first analysis ${(incremental.firstMs / 1000).toFixed(2)} s; target ≤ 2 s) [${mark(incremental.addMs <= 2000)}]`,
);
console.log(
  JSON.stringify({
    corpus: used.name,
    threads: args.threads,
    bench: results,
    scaling,
    incremental,
    seed: args.seed,
  }),
);
