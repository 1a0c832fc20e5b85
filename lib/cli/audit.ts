import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { analyzeStory, CONFIDENT_BLAME, type StoryAnalysis } from "@/lib/analysis";
import { CONTENT_ROOT, formatProblem, loadOutlets, loadStoryDir } from "@/lib/content";
import { toStoryInput } from "@/lib/content/analysis";
import { fail, parseArgs } from "./args";
import { auditBlame, auditFacts, auditSpeakers, type AuditItem } from "./audit-items";
import { quietOnClosedPipe } from "./output";

quietOnClosedPipe();

const HELP = `Usage:
  npm run audit -- <story-folder> [--sample N] [--seed S] [--only blame|facts|speakers]
                   [--confident | --uncertain] [--json]

Prints a random sample of the analysis for a person to judge: N blame relations (confidence,
kind, voice, cue, accuser and accused as written and as resolved, the sentence), N facts that
join two or more articles (each version with its outlet) and N quotes with their speaker (how it
was found, the sentence). The same folder, N and seed always print the same sample. Each item
has a reference (article id and sentence index) to record a verdict against.

  --sample N     items of each kind (default 20)
  --seed S       the sampling seed (default 1)
  --only K       one kind only: blame, facts or speakers
  --confident    blame relations with confidence >= ${CONFIDENT_BLAME} only
  --uncertain    blame relations below ${CONFIDENT_BLAME} only
  --json         one JSON object per line instead of text`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    sample: z.coerce.number().int().positive().default(20),
    seed: z.coerce.number().int().nonnegative().default(1),
    only: z.enum(["blame", "facts", "speakers"]).optional(),
    confident: z.boolean().optional(),
    uncertain: z.boolean().optional(),
    json: z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(1, "give one story folder"),
  }),
  ["confident", "uncertain", "json", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.confident && args.uncertain) fail("give --confident or --uncertain, not both");
const folder = args._[0];
if (!folder) fail(`give a story folder.\n\n${HELP}`);
const dir = path.resolve(folder);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${folder}: not a folder`);

const { outlets } = loadOutlets(CONTENT_ROOT, path.join(CONTENT_ROOT, "outlets"));
const { story, problems, warnings } = loadStoryDir(dir, outlets);
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (!story) fail(problems.map(formatProblem).join("\n"));

const started = performance.now();
const analysis: StoryAnalysis = analyzeStory(toStoryInput(story));
const ms = performance.now() - started;

const band = args.confident ? "confident" : args.uncertain ? "uncertain" : "all";
const sections: [string, AuditItem[]][] = [];
if (!args.only || args.only === "blame")
  sections.push(["blame", auditBlame(analysis, args.sample, args.seed, band)]);
if (!args.only || args.only === "facts")
  sections.push(["facts", auditFacts(analysis, args.sample, args.seed)]);
if (!args.only || args.only === "speakers")
  sections.push(["speakers", auditSpeakers(analysis, args.sample, args.seed)]);

if (args.json) {
  for (const [kind, items] of sections)
    for (const item of items) console.log(JSON.stringify({ kind, ...item }));
  process.exit(0);
}
const confident = analysis.blame.filter((b) => b.confidence >= CONFIDENT_BLAME).length;
console.log(
  `${analysis.story.title}: ${analysis.articles.length} articles analysed in ${Math.round(ms)} ms; ` +
    `${analysis.blame.length} blame relations (${confident} confident), ${analysis.facts.length} facts, ` +
    `${analysis.quotes.length} quotes. Sample of ${args.sample}, seed ${args.seed}.`,
);
for (const [kind, items] of sections) {
  console.log(`\n=== ${kind}: ${items.length} ===`);
  items.forEach((item, n) => {
    console.log(`\n[${kind} ${n + 1}] ${item.ref}`);
    for (const [label, value] of Object.entries(item.fields))
      console.log(`  ${label.padEnd(9)} ${value}`);
    for (const line of item.text) console.log(`  | ${line}`);
    console.log("  verdict: ____");
  });
}
