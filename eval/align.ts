import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { toArticleInput } from "@/lib/content/analysis";
import { alignFacts, DEFAULT_ALIGN_OPTIONS } from "@/lib/analysis/align";
import { prepareArticle, type PreparedArticle } from "@/lib/analysis/text";
import type { ArticleInput, Fact } from "@/lib/analysis/schema";
import { getStory } from "@/lib/content";
import { BASRA_ALIGNMENT_GOLD } from "@/eval/seed/alignment-gold";
import { ledeMaybe, ledePairs, scoreAlignment, sentencesInManyFacts } from "@/eval/score/alignment";
import { basilSplitSchema, loadBasil } from "@/eval/data/basil";
import { loadPolnear, polnearSplitSchema } from "@/eval/data/polnear";
import { fail, parseArgs } from "../lib/cli/args";

const HELP = `Usage:
  npx tsx eval/align.ts [<basil-dev-folder>] [--split tune|report] [--polnear <folder>]
                        [--pair-threshold X] [--near-threshold N] [--lede-bonus Y] [--average-threshold Z] [--show] [--json]

1. The seed story basra-consulate-2018 against the hand-labelled pairs in
   eval/seed/alignment-gold.ts: precision, recall and F1 of aligned pairs
   (precision over the labelled pairs only), and wrong merges among the
   pairs that must stay apart.
2. BASIL (default ../shared/eval/basil-dev, or ../../shared/eval from a worktree; the articles/ folder is accepted
   too), one story per event: the share of outlet pairs whose ledes (first
   two sentences) share a fact, and sentences placed in more than one fact.
   --split tune (2010–2011, the default) or report (2012: run it once, at the end).
3. PolNeAR (default ../shared/eval/polnear), one story per publication date
   of the split (train for tune, dev for report): sentences in more than one fact.
A missing folder is skipped with a note.

  --show     print the gold pairs that came out wrong, lede pairs and their facts
  --json     print one JSON line with the figures as well`;

const threshold = z.coerce.number().min(0).max(1);
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    split: basilSplitSchema.exclude(["all"]).default("tune"),
    polnear: z.string().min(1).optional(),
    "pair-threshold": threshold.optional(),
    "near-threshold": threshold.optional(),
    "lede-bonus": threshold.optional(),
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
  nearThreshold: args["near-threshold"] ?? DEFAULT_ALIGN_OPTIONS.nearThreshold,
  ledeBonus: args["lede-bonus"] ?? DEFAULT_ALIGN_OPTIONS.ledeBonus,
  averageThreshold: args["average-threshold"] ?? DEFAULT_ALIGN_OPTIONS.averageThreshold,
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Align one story; the CPU time of alignFacts alone. */
function align(articles: PreparedArticle[]): { facts: Fact[]; ms: number } {
  const started = cpuMs();
  const facts = alignFacts(articles, options);
  return { facts, ms: cpuMs() - started };
}

// --- 1. Seed story against the gold set.
const story = getStory("basra-consulate-2018");
if (!story) fail("seed story basra-consulate-2018 not found in content/");
const seed = story.articles.map(toArticleInput).map(prepareArticle);
const { facts } = align(seed);
const sentences = new Map(seed.map((a) => [a.input.id, a.analysis.sentences]));
const score = scoreAlignment(facts, sentences, BASRA_ALIGNMENT_GOLD);
const positives = BASRA_ALIGNMENT_GOLD.filter((p) => p.align).length;
console.log(
  `basra-consulate-2018 (pair ≥ ${options.pairThreshold}, lede bonus ${options.ledeBonus}, average ≥ ${options.averageThreshold}): ` +
    `${BASRA_ALIGNMENT_GOLD.length} gold pairs (${positives} align, ${BASRA_ALIGNMENT_GOLD.length - positives} must not), ${score.skipped.length} skipped`,
);
console.log(
  `  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  ` +
    `(TP ${score.truePositives}, FN ${score.falseNegatives}, wrong merges ${score.falsePositives}, TN ${score.trueNegatives})`,
);
console.log(
  `  shown as "maybe, in other words" (near miss ≥ ${options.nearThreshold}), not "not reported": ` +
    `${score.flaggedMaybe.missed} of ${score.falseNegatives} missed pairs (${score.flaggedMaybe.missedExact} with that very sentence), ` +
    `${score.flaggedMaybe.apartExact} of ${score.trueNegatives} pairs that must stay apart with each other`,
);
const multi = facts.filter((f) => f.coverage.length >= 2);
const widest = Math.max(0, ...facts.map((f) => f.coverage.length));
console.log(
  `  ${facts.length} facts, ${multi.length} reported by 2+ outlets; widest fact: ${widest} of ${seed.length} outlets ` +
    `(${facts.find((f) => f.coverage.length === widest)?.label ?? ""}); sentences in 2+ facts: ${sentencesInManyFacts(facts)}`,
);
if (args.show) {
  for (const { pair, kind } of score.errors) {
    console.log(
      `  ${kind}: ${pair.a.article} “${pair.a.text}” ~ ${pair.b.article} “${pair.b.text}” (${pair.why})`,
    );
  }
  for (const pair of score.skipped) console.log(`  skipped: ${pair.a.text} ~ ${pair.b.text}`);
}

// --- 2. BASIL events, one story each.
interface StoriesSummary {
  stories: number;
  articles: number;
  sentences: number;
  facts: number;
  shared: number;
  inManyFacts: number;
  ledePairs: number;
  ledeShared: number;
  /** Lede pairs sharing no fact where one lede's fact lists the other lede as a near miss. */
  ledeMaybe: number;
  ms: number;
}

function summarise(stories: ArticleInput[][], name: string): StoriesSummary {
  const summary: StoriesSummary = {
    stories: stories.length,
    articles: 0,
    sentences: 0,
    facts: 0,
    shared: 0,
    inManyFacts: 0,
    ledePairs: 0,
    ledeShared: 0,
    ledeMaybe: 0,
    ms: 0,
  };
  for (const inputs of stories) {
    const prepared = inputs.map(prepareArticle);
    const result = align(prepared);
    summary.ms += result.ms;
    summary.articles += prepared.length;
    summary.sentences += prepared.reduce((sum, a) => sum + a.analysis.sentences.length, 0);
    summary.facts += result.facts.length;
    summary.shared += result.facts.filter((f) => f.coverage.length >= 2).length;
    summary.inManyFacts += sentencesInManyFacts(result.facts);
    const pairs = ledePairs(
      result.facts,
      prepared.map((a) => a.input.id),
    );
    summary.ledePairs += pairs.length;
    summary.ledeShared += pairs.filter((p) => p.shared !== null).length;
    summary.ledeMaybe += ledeMaybe(result.facts, pairs);
    if (args.show && name.startsWith("BASIL")) showLedes(prepared, result.facts, pairs);
  }
  console.log(
    `${name}: ${summary.stories} stories, ${summary.articles} articles, ${summary.sentences} sentences → ` +
      `${summary.facts} facts, ${summary.shared} shared by 2+ outlets; sentences in 2+ facts: ${summary.inManyFacts}; ` +
      `align CPU time ${summary.ms.toFixed(0)} ms`,
  );
  if (name.startsWith("BASIL"))
    console.log(
      `  ledes sharing a fact: ${summary.ledeShared} of ${summary.ledePairs} outlet pairs (${pct(summary.ledeShared / Math.max(1, summary.ledePairs))}); ` +
        `of the other ${summary.ledePairs - summary.ledeShared}, ${summary.ledeMaybe} shown as "maybe, in other words"`,
    );
  return summary;
}

function showLedes(
  articles: readonly PreparedArticle[],
  eventFacts: readonly Fact[],
  pairs: ReturnType<typeof ledePairs>,
): void {
  const text = (id: string, s: number) =>
    articles.find((a) => a.input.id === id)?.analysis.sentences[s]?.text ?? "";
  console.log(`  — event ${articles.map((a) => a.input.id).join(", ")}`);
  for (const pair of pairs) {
    const fact = eventFacts.find((f) => f.id === pair.shared);
    console.log(`    ${pair.a} × ${pair.b}: ${fact ? `shared “${fact.label}”` : "no shared fact"}`);
    for (const c of fact?.coverage ?? [])
      console.log(`      [${c.article} ${c.sentence}] ${text(c.article, c.sentence)}`);
  }
}

/** The shared evaluation folder: ../shared/eval from the main checkout, ../../shared/eval from a worktree. */
function evalRoot(): string {
  const candidates = [path.join("..", "shared", "eval"), path.join("..", "..", "shared", "eval")];
  return path.resolve(candidates.find((dir) => fs.existsSync(dir)) ?? (candidates[0] as string));
}

function basilRoot(folder: string): string {
  return path.basename(folder) === "articles" ? path.dirname(folder) : folder;
}

const basilDir = basilRoot(path.resolve(args._[0] ?? path.join(evalRoot(), "basil-dev")));
const basil = loadBasil(basilDir, args.split);
let basilSummary: StoriesSummary | null = null;
if (!basil) console.log(`BASIL: ${basilDir} not found; skipped.`);
else {
  const events = new Map<string, ArticleInput[]>();
  for (const article of basil) {
    const list = events.get(article.event) ?? [];
    list.push({
      id: `${article.source}-${article.id}`,
      outlet: article.source,
      outletSlug: null,
      title: article.title,
      published: null,
      byline: null,
      raw: article.text,
    });
    events.set(article.event, list);
  }
  basilSummary = summarise([...events.values()], `BASIL ${args.split} (${basilDir})`);
}

// --- 3. PolNeAR: one story per publication date.
const polnearDir = path.resolve(args.polnear ?? path.join(evalRoot(), "polnear"));
const polnearSplit = polnearSplitSchema.parse(args.split === "tune" ? "train" : "dev");
const polnear = fs.existsSync(polnearDir) ? loadPolnear(polnearDir, polnearSplit) : null;
let polnearSummary: StoriesSummary | null = null;
if (!polnear) console.log(`PolNeAR: ${polnearDir} not found; skipped.`);
else {
  const byDate = new Map<string, ArticleInput[]>();
  for (const article of polnear) {
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article.name)?.[1] ?? "undated";
    const [title = "", ...rest] = article.text.split("\n");
    const list = byDate.get(date) ?? [];
    list.push({
      id: article.name,
      outlet: article.publisher,
      outletSlug: null,
      title,
      published: date,
      byline: null,
      raw: rest.join("\n"),
    });
    byDate.set(date, list);
  }
  const stories = [...byDate.values()].filter((list) => list.length >= 2);
  polnearSummary = summarise(stories, `PolNeAR ${polnearSplit} (by date)`);
}

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
        widest,
      },
      basil: basilSummary && { ...basilSummary, ms: Math.round(basilSummary.ms) },
      polnear: polnearSummary && { ...polnearSummary, ms: Math.round(polnearSummary.ms) },
    }),
  );
}
