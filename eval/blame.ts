import path from "node:path";
import { z } from "zod";
import { analyzeStory, CONFIDENT_BLAME } from "@/lib/analysis";
import type { Blame, StoryAnalysis } from "@/lib/analysis/schema";
import { parseArgs } from "../lib/cli/args";
import { basilSplitSchema, loadBasil, locateSpan, type BasilArticle } from "./data/basil";

const HELP = `Usage:
  npx tsx eval/blame.ts [<basil-dev-dir>] [--split tune|report|all] [--show] [--json]

Measures blame/criticism edges on BASIL (Fan et al., EMNLP 2019). A gold edge is a negative
(polarity neg) informational (bias inf) span inside a quote (quote yes) with a named speaker (not
other_*) and a named target: speaker → target, in the sentence that contains the span. Each
event's three articles are analysed as one story with no story actors, so discovery does the work.
Only sentences that hold gold edges are scored: precision and recall of the predicted edges
(accuser and accused matched by name tokens), F1, and the accuracy of the accused among edges whose
accuser is right; once for every relation and once for the confident ones (confidence >=
${CONFIDENT_BLAME}, what the pages show by default). The data is read here only: it never enters
the project or its tests.

  --split  tune (2010–2011, the default: develop on it), report (2012: run once, at the end) or all
  --show   print every gold sentence with the gold and predicted edges (✓ right, ✗ wrong; "?" marks
           a relation below the confidence threshold)
  --json   print one JSON line with the figures as well`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    split: basilSplitSchema.default("tune"),
    show: z.boolean().optional(),
    json: z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(1, "give one BASIL folder"),
  }),
  ["show", "json", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const dir = args._[0] ?? path.resolve(import.meta.dirname, "../../../shared/eval/basil-dev");
const articles = loadBasil(dir, args.split);
if (!articles) {
  console.log(`eval-blame: no BASIL data at ${dir}; skipped.`);
  process.exit(0);
}

interface GoldEdge {
  speaker: string;
  target: string;
}
interface GoldSentence {
  article: string;
  text: string;
  edges: GoldEdge[];
}

// Words too generic to identify a party on their own.
const GENERIC = new Set(
  "the of and campaign lawmaker senate house us u.s president rep sen mr gov group party".split(
    " ",
  ),
);

function nameTokens(value: string): Set<string> {
  return new Set(
    value
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/[^a-z0-9.]+/)
      .map((w) => w.replace(/\.$/, "").replace(/s$/, ""))
      .filter((w) => w.length > 1 && !GENERIC.has(w)),
  );
}

function matchesName(gold: string, candidates: readonly string[]): boolean {
  const want = nameTokens(gold.replace(/_/g, " "));
  if (want.size === 0) return false;
  return candidates.some((c) => [...nameTokens(c)].some((w) => want.has(w)));
}

/** The gold edges of one article, per sentence that holds a quoted negative informational span. */
function goldOf(article: BasilArticle): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const a of article.annotations) {
    const speaker = a.speaker;
    if (a.polarity !== "neg" || a.bias !== "inf" || a.quote !== "yes") continue;
    if (!a.target || !speaker || speaker.startsWith("other")) continue;
    const span = locateSpan(article.sentences, a.txt, a.start, a.end);
    const sentence = span
      ? article.sentences.find((s) => s.start <= span[0] && span[0] < s.start + s.text.length)
      : article.sentences.find((s) => s.text.includes(a.txt.trim()));
    if (!sentence) continue;
    let gold = out.find((g) => g.text === sentence.text);
    if (!gold) {
      gold = { article: article.id, text: sentence.text, edges: [] };
      out.push(gold);
    }
    if (!gold.edges.some((e) => e.speaker === speaker && e.target === a.target))
      gold.edges.push({ speaker, target: a.target });
  }
  return out;
}

// --- Analyse each event as one story.
const events = new Map<string, BasilArticle[]>();
for (const article of articles)
  events.set(article.event, [...(events.get(article.event) ?? []), article]);
const goldSentences = articles.flatMap(goldOf);
const started = Date.now();
const analyses = new Map<string, StoryAnalysis>();
for (const [event, list] of [...events].sort((a, b) => a[0].localeCompare(b[0]))) {
  const analysis = analyzeStory({
    slug: event,
    title: event,
    date: "",
    articles: list.map((a) => ({
      id: a.id,
      outlet: a.source,
      outletSlug: null,
      title: null,
      published: null,
      byline: null,
      raw: a.text,
    })),
  });
  for (const a of list) analyses.set(a.id, analysis);
}
const elapsed = Date.now() - started;

// --- Score.
interface Tally {
  predicted: number;
  correct: number;
  found: number;
  accuserRight: number;
  accusedRight: number;
}
const tally = (): Tally => ({
  predicted: 0,
  correct: 0,
  found: 0,
  accuserRight: 0,
  accusedRight: 0,
});
const all = tally();
const confident = tally();
let goldTotal = 0;
const show: string[] = [];

for (const gold of goldSentences) {
  const analysis = analyses.get(gold.article);
  const article = analysis?.articles.find((a) => a.id === gold.article);
  if (!analysis || !article) continue;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const party = (p: Blame["accuser"]): string[] =>
    [p.text ?? "", p.actor ? (names.get(p.actor) ?? p.actor) : ""].filter(Boolean);
  const right = (g: GoldEdge, e: Blame) =>
    matchesName(g.speaker, party(e.accuser)) && matchesName(g.target, party(e.accused));
  let at = article.text.indexOf(gold.text);
  let length = gold.text.length;
  if (at < 0) {
    at = article.text.indexOf(gold.text.slice(0, 60));
    length = 60;
  }
  const edges =
    at < 0
      ? []
      : analysis.blame.filter(
          (b) =>
            b.article === gold.article &&
            b.kind !== "denies-responsibility" &&
            b.start < at + length &&
            b.end > at,
        );
  goldTotal += gold.edges.length;
  for (const [t, list] of [
    [all, edges],
    [confident, edges.filter((e) => e.confidence >= CONFIDENT_BLAME)],
  ] as const) {
    t.predicted += list.length;
    for (const edge of list) {
      if (gold.edges.some((g) => right(g, edge))) t.correct += 1;
      if (gold.edges.some((g) => matchesName(g.speaker, party(edge.accuser)))) {
        t.accuserRight += 1;
        if (gold.edges.some((g) => right(g, edge))) t.accusedRight += 1;
      }
    }
    for (const g of gold.edges) if (list.some((e) => right(g, e))) t.found += 1;
  }
  if (args.show) {
    show.push(`\n${gold.article}: ${gold.text}`);
    for (const g of gold.edges)
      show.push(`  gold ${edges.some((e) => right(g, e)) ? "✓" : "✗"} ${g.speaker} → ${g.target}`);
    for (const e of edges) {
      const mark = gold.edges.some((g) => right(g, e)) ? "✓" : "✗";
      const sure = e.confidence >= CONFIDENT_BLAME ? " " : "?";
      show.push(
        `  pred ${mark}${sure} ${party(e.accuser).join("/") || "∅"} → ${party(e.accused).join("/") || "∅"} (${e.kind}, ${e.voice}, "${e.cue}", ${e.confidence.toFixed(2)})`,
      );
    }
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function figures(t: Tally) {
  const precision = t.predicted === 0 ? 0 : t.correct / t.predicted;
  const recall = goldTotal === 0 ? 0 : t.found / goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accusedAccuracy = t.accuserRight === 0 ? 0 : t.accusedRight / t.accuserRight;
  return { ...t, precision, recall, f1, accusedAccuracy };
}
if (args.show) console.log(show.join("\n"));
console.log(
  `BASIL blame edges, split ${args.split}: ${events.size} events, ${analyses.size} articles analysed in ${(elapsed / 1000).toFixed(1)} s`,
);
console.log(
  `gold: ${goldTotal} edges in ${goldSentences.length} sentences; predicted in those sentences: ${all.predicted} (${confident.predicted} confident)`,
);
for (const [label, t] of [
  ["all relations", figures(all)],
  ["confident    ", figures(confident)],
] as const) {
  console.log(
    `${label}: precision ${pct(t.precision)} (${t.correct}/${t.predicted})  recall ${pct(t.recall)} (${t.found}/${goldTotal})  F1 ${pct(t.f1)}  accused accuracy ${pct(t.accusedAccuracy)} (${t.accusedRight}/${t.accuserRight})`,
  );
}
console.log(
  "reference: Liang et al. (AAAI 2019) blame-tie extraction F1 0.70 (different data and task set-up)",
);
if (args.json)
  console.log(
    JSON.stringify({
      split: args.split,
      events: events.size,
      gold: goldTotal,
      all: figures(all),
      confident: figures(confident),
    }),
  );
