import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  analyzeStory,
  ArticleCache,
  storyAnalysisSchema,
  type StoryAnalysis,
} from "@/lib/analysis";
import { CONTENT_ROOT, formatProblem, loadOutlets, loadStoryDir } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { fillArticleCache, POOL_MIN_ARTICLES } from "@/lib/parallel/article-pool";
import { fail, parseArgs, threadsOption } from "./args";
import { quietOnClosedPipe } from "./output";

quietOnClosedPipe();

const HELP = `Usage:
  npm run analyze -- <story-folder> [--json] [--out <file>] [--threads N]
  npm run analyze -- --schema

<story-folder> holds story.md and one Markdown file per article (see README,
"Content format"); it may be outside content/. Outlets are matched against
content/outlets; an outlet with no profile is kept by name.

  --json         print the full StoryAnalysis as JSON (default: a readable summary)
  --out F        write the JSON to file F instead of standard output
  --threads N    helper threads that read the articles beside the main thread (default: one
                 fewer than the cores; 0: none). Stories under ${POOL_MIN_ARTICLES} articles are read in the
                 main thread alone. The analysis is the same with any number.
  --schema       print the JSON Schema of StoryAnalysis`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    json: z.boolean().optional(),
    schema: z.boolean().optional(),
    help: z.boolean().optional(),
    out: z.string().min(1).optional(),
    threads: threadsOption(),
    _: z.array(z.string()).max(1, "give one story folder"),
  }),
  ["json", "schema", "help"],
);

if (args.help) {
  console.log(HELP);
  process.exit(0);
}

if (args.schema) {
  console.log(JSON.stringify(z.toJSONSchema(storyAnalysisSchema, { io: "output" }), null, 2));
  process.exit(0);
}

const folder = args._[0];
if (!folder) fail(`give a story folder.\n\n${HELP}`);
const dir = path.resolve(folder);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${folder}: not a folder`);

const { outlets } = loadOutlets(CONTENT_ROOT, path.join(CONTENT_ROOT, "outlets"));
const { story, problems, warnings } = loadStoryDir(dir, outlets);
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (!story) fail(problems.map(formatProblem).join("\n"));

const started = performance.now();
const input = toStoryInput(story);
// Each article's own work is read on all cores first; the engine then takes it from the cache.
const cache = new ArticleCache(Math.max(1, input.articles.length), { oneShot: true });
const pool = await fillArticleCache(input, cache, { threads: args.threads });
for (const error of pool.errors)
  console.warn(
    `warning: a helper thread stopped (${error}); its articles were read in the main thread`,
  );
const analysis = analyzeStory(input, { cache });
const ms = performance.now() - started;

if (args.json || args.out) {
  const json = JSON.stringify(analysis, null, 2);
  if (args.out) {
    fs.writeFileSync(args.out, `${json}\n`);
    console.error(
      `Wrote ${args.out} (${analysis.articles.length} articles, ${Math.round(ms)} ms).`,
    );
  } else process.stdout.write(`${json}\n`);
} else {
  console.log(summary(analysis, ms));
}

function summary(result: StoryAnalysis, elapsed: number): string {
  const out: string[] = [];
  out.push(`${result.story.title} (${result.story.date}) — analysed in ${Math.round(elapsed)} ms`);
  out.push("");
  for (const article of result.articles) {
    out.push(
      `  ${article.id}: ${article.outlet} — ${article.sentences.length} sentences, ${article.wordCount} words, ${article.removed.length} removed`,
    );
  }
  const shared = result.facts.filter((fact) => fact.coverage.length > 1);
  out.push("");
  out.push(`Facts: ${result.facts.length} (${shared.length} reported by two or more articles)`);
  for (const fact of shared.slice(0, 15)) {
    out.push(`  ${fact.id} [${fact.coverage.length}] ${fact.label}`);
  }
  out.push(`Reused passages: ${result.reuse.length}`);
  for (const pair of result.reusePairs) {
    out.push(
      `  ${pair.a} ↔ ${pair.b}: ${pair.words} words (${Math.round(pair.shareA * 100)}% / ${Math.round(pair.shareB * 100)}%)`,
    );
  }
  const altered = result.quoteGroups.filter((group) => group.altered).length;
  out.push(
    `Quotes: ${result.quotes.length}; printed by several articles: ${result.quoteGroups.length} (${altered} altered)`,
  );
  out.push(`Blame statements: ${result.blame.length}`);
  for (const note of result.notes) out.push(`Note: ${note}`);
  out.push("");
  out.push("Use --json for the full result.");
  return out.join("\n");
}
