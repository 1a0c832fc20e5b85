import { toArticleInput } from "@/lib/content/analysis";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { alignFacts, DEFAULT_ALIGN_OPTIONS } from "@/lib/analysis/align";
import { prepareArticle, type PreparedArticle } from "@/lib/analysis/text";
import { BASRA_ALIGNMENT_GOLD } from "@/eval/seed/alignment-gold";
import { scoreAlignment } from "@/eval/score/alignment";
import type { ArticleInput, Fact } from "@/lib/analysis/schema";
import { getStory } from "@/lib/content";
import { fail, parseArgs } from "../lib/cli/args";

const HELP = `Usage:
  npx tsx eval/align.ts [<basil-articles-folder>] [--pair-threshold X] [--average-threshold Y] [--show] [--json]

Scores fact alignment on the seed story basra-consulate-2018 against the
hand-labelled pairs in eval/seed/alignment-gold.ts: precision,
recall and F1 of aligned pairs (precision over the labelled pairs only).

With a folder of BASIL articles (YEAR/TRIPLET_N.json, e.g.
/work/shared/eval/basil-dev/articles) it also aligns each same-event triple
and prints sanity figures (there is no alignment gold there). A missing
folder is skipped with a note.

  --show     print the gold pairs that came out wrong and sample BASIL alignments
  --json     print one JSON line with the figures as well`;

const threshold = z.coerce.number().min(0).max(1);
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    "pair-threshold": threshold.optional(),
    "average-threshold": threshold.optional(),
    show: z.boolean().optional(),
    json: z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(1, "give at most one BASIL folder"),
  }),
  ["show", "json", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const options = {
  ...DEFAULT_ALIGN_OPTIONS,
  pairThreshold: args["pair-threshold"] ?? DEFAULT_ALIGN_OPTIONS.pairThreshold,
  averageThreshold: args["average-threshold"] ?? DEFAULT_ALIGN_OPTIONS.averageThreshold,
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// --- Seed story against the gold set.
const story = getStory("basra-consulate-2018");
if (!story) fail("seed story basra-consulate-2018 not found in content/");
const seed: PreparedArticle[] = story.articles.map(toArticleInput).map(prepareArticle);
const facts = alignFacts(seed, options);
const sentences = new Map(seed.map((a) => [a.input.id, a.analysis.sentences]));
const score = scoreAlignment(facts, sentences, BASRA_ALIGNMENT_GOLD);
const positives = BASRA_ALIGNMENT_GOLD.filter((p) => p.align).length;
console.log(
  `basra-consulate-2018 (pair ≥ ${options.pairThreshold}, average ≥ ${options.averageThreshold}): ` +
    `${BASRA_ALIGNMENT_GOLD.length} gold pairs (${positives} align, ${BASRA_ALIGNMENT_GOLD.length - positives} must not), ${score.skipped.length} skipped`,
);
console.log(
  `  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  ` +
    `(TP ${score.truePositives}, FN ${score.falseNegatives}, FP ${score.falsePositives}, TN ${score.trueNegatives})`,
);
const multi = facts.filter((f) => new Set(f.members.map((m) => m.article)).size >= 2).length;
console.log(`  ${facts.length} facts, ${multi} reported by 2+ outlets`);
if (args.show) {
  for (const { pair, kind } of score.errors) {
    console.log(
      `  ${kind}: ${pair.a.article} “${pair.a.text}” ~ ${pair.b.article} “${pair.b.text}” (${pair.why})`,
    );
  }
  for (const pair of score.skipped) console.log(`  skipped: ${pair.a.text} ~ ${pair.b.text}`);
}

// --- Optional BASIL triples: sanity figures only.
const basilSchema = z.object({
  title: z.string(),
  source: z.string(),
  "triplet-uuid": z.string(),
  date: z.string().optional(),
  "body-paragraphs": z.array(z.array(z.string())),
});

interface BasilSummary {
  events: number;
  articles: number;
  sentences: number;
  facts: number;
  shared2: number;
  shared3: number;
  ms: number;
}

function basil(folder: string): BasilSummary | null {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    console.log(`BASIL: ${folder} not found; skipped.`);
    return null;
  }
  const files = fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .sort();
  const events = new Map<string, ArticleInput[]>();
  for (const name of files) {
    const parsed = basilSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")),
    );
    if (!parsed.success) continue;
    const data = parsed.data;
    const raw = data["body-paragraphs"].map((paragraph) => paragraph.join(" ")).join("\n\n");
    const list = events.get(data["triplet-uuid"]) ?? [];
    list.push({
      id: `${data.source}-${path.basename(name, ".json")}`,
      outlet: data.source,
      outletSlug: null,
      title: data.title,
      published: data.date ?? null,
      byline: null,
      raw,
    });
    events.set(data["triplet-uuid"], list);
  }
  const summary: BasilSummary = {
    events: events.size,
    articles: 0,
    sentences: 0,
    facts: 0,
    shared2: 0,
    shared3: 0,
    ms: 0,
  };
  const samples: Fact[] = [];
  for (const inputs of events.values()) {
    const prepared = inputs.map(prepareArticle);
    const started = performance.now();
    const eventFacts = alignFacts(prepared, options);
    summary.ms += performance.now() - started;
    summary.articles += prepared.length;
    summary.sentences += prepared.reduce((sum, a) => sum + a.analysis.sentences.length, 0);
    summary.facts += eventFacts.length;
    for (const fact of eventFacts) {
      const outlets = new Set(fact.members.map((m) => m.article)).size;
      if (outlets >= 2) summary.shared2 += 1;
      if (outlets >= 3) summary.shared3 += 1;
      if (outlets >= 2 && samples.length < 12 && fact.pairs[0]) samples.push(fact);
    }
  }
  console.log(
    `BASIL ${folder}: ${summary.events} events, ${summary.articles} articles, ${summary.sentences} sentences → ` +
      `${summary.facts} facts; ${summary.shared2} shared by 2+ outlets (${pct(summary.shared2 / Math.max(1, summary.facts))}), ` +
      `${summary.shared3} by all 3; align time ${summary.ms.toFixed(0)} ms`,
  );
  if (args.show) {
    for (const fact of samples) {
      const pair = fact.pairs[0];
      if (pair)
        console.log(
          `  [${pair.score}] ${fact.label} — shared: ${pair.shared.slice(0, 6).join(", ")}`,
        );
    }
  }
  return summary;
}

const folder = args._[0];
const basilSummary = folder ? basil(path.resolve(folder)) : null;
if (args.json) {
  console.log(
    JSON.stringify({
      gold: {
        precision: score.precision,
        recall: score.recall,
        f1: score.f1,
        tp: score.truePositives,
        fn: score.falseNegatives,
        fp: score.falsePositives,
        tn: score.trueNegatives,
        skipped: score.skipped.length,
      },
      basil: basilSummary && { ...basilSummary, ms: Math.round(basilSummary.ms) },
    }),
  );
}
