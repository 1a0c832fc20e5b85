import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { analyzeStory } from "@/lib/analysis";
import type { Blame, StoryAnalysis } from "@/lib/analysis/schema";
import { fail, parseArgs } from "../lib/cli/args";

const HELP = `Usage:
  npx tsx eval/blame.ts <basil-dev-dir> [--show] [--json]

Measures blame/criticism edges on BASIL (Fan et al., EMNLP 2019). A gold edge
is a negative (polarity neg) informational (bias inf) span inside a quote
(quote yes) with a named speaker (not other_*) and a named target: speaker →
target, in the sentence that contains the span. Each event's three articles
are analysed as one story with no story actors, so discovery does the work.
Only sentences that hold gold edges are scored: precision and recall of the
predicted edges (accuser and accused matched by name tokens), F1, and the
accuracy of the accused among edges whose accuser is right. A missing folder
is skipped with a note. The data is read here only: it never enters the
project or its tests.

  --show   print every gold sentence with the gold and predicted edges
  --json   print one JSON line with the figures as well`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
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
const dir = args._[0];
if (!dir) fail("give the BASIL folder, e.g. /work/shared/eval/basil-dev");
if (!fs.existsSync(path.join(dir, "annotations")) || !fs.existsSync(path.join(dir, "articles"))) {
  console.log(`eval-blame: no BASIL data at ${dir}; skipped.`);
  process.exit(0);
}

const articleSchema = z.object({
  source: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  "triplet-uuid": z.string(),
  "body-paragraphs": z.array(z.array(z.string())),
});
const annotationSchema = z.object({
  "phrase-level-annotations": z.array(
    z.object({
      txt: z.string(),
      bias: z.string().optional(),
      polarity: z.string().optional(),
      quote: z.string().optional(),
      speaker: z.string().optional(),
      target: z.string().optional(),
    }),
  ),
});

interface GoldEdge {
  speaker: string;
  target: string;
}
interface GoldSentence {
  article: string;
  text: string;
  edges: GoldEdge[];
}

/** Article text as the brief builds it: paragraphs on lines, sentences joined by spaces. */
function buildText(paragraphs: string[][]): string {
  return paragraphs.map((p) => p.join(" ")).join("\n");
}

// Words too generic to identify a party on their own.
const GENERIC = new Set([
  "the",
  "of",
  "and",
  "campaign",
  "lawmaker",
  "senate",
  "house",
  "us",
  "u.s",
  "president",
  "rep",
  "sen",
  "mr",
  "gov",
  "group",
  "party",
]);

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

// --- Load events.
const events = new Map<string, { id: string; source: string; text: string; date: string }[]>();
const goldSentences: GoldSentence[] = [];
const articleRoot = path.join(dir, "articles");
for (const year of fs.readdirSync(articleRoot).sort()) {
  for (const file of fs.readdirSync(path.join(articleRoot, year)).sort()) {
    if (!file.endsWith(".json")) continue;
    const id = file.replace(/\.json$/, "");
    const article = articleSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(articleRoot, year, file), "utf8")),
    );
    if (!article.success) continue;
    const text = buildText(article.data["body-paragraphs"]);
    const list = events.get(article.data["triplet-uuid"]) ?? [];
    list.push({ id, source: article.data.source, text, date: article.data.date ?? "" });
    events.set(article.data["triplet-uuid"], list);
    const annotationPath = path.join(dir, "annotations", year, `${id}_ann.json`);
    if (!fs.existsSync(annotationPath)) continue;
    const annotations = annotationSchema.safeParse(
      JSON.parse(fs.readFileSync(annotationPath, "utf8")),
    );
    if (!annotations.success) continue;
    const sentences = article.data["body-paragraphs"].flat();
    for (const a of annotations.data["phrase-level-annotations"]) {
      const speaker = a.speaker ?? "";
      if (
        a.polarity !== "neg" ||
        a.bias !== "inf" ||
        a.quote !== "yes" ||
        !a.target ||
        !speaker ||
        speaker.startsWith("other")
      )
        continue;
      const sentence = sentences.find((s) => s.includes(a.txt.trim()));
      if (!sentence) continue;
      let gold = goldSentences.find((g) => g.article === id && g.text === sentence);
      if (!gold) {
        gold = { article: id, text: sentence, edges: [] };
        goldSentences.push(gold);
      }
      if (!gold.edges.some((e) => e.speaker === speaker && e.target === a.target))
        gold.edges.push({ speaker, target: a.target });
    }
  }
}

// --- Analyse each event as one story.
const started = Date.now();
const analyses = new Map<string, StoryAnalysis>();
for (const [event, list] of [...events].sort((a, b) => a[0].localeCompare(b[0]))) {
  const analysis = analyzeStory({
    slug: event,
    title: event,
    date: list[0]?.date ?? "",
    articles: list.map((a) => ({
      id: a.id,
      outlet: a.source,
      outletSlug: null,
      title: null,
      published: a.date || null,
      byline: null,
      raw: a.text,
    })),
  });
  for (const a of list) analyses.set(a.id, analysis);
}
const elapsed = Date.now() - started;

// --- Score.
let predicted = 0;
let correct = 0;
let goldTotal = 0;
let goldFound = 0;
let accuserRight = 0;
let accusedRight = 0;
const show: string[] = [];
for (const gold of goldSentences) {
  const analysis = analyses.get(gold.article);
  const article = analysis?.articles.find((a) => a.id === gold.article);
  if (!analysis || !article) continue;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const party = (p: Blame["accuser"]): string[] =>
    [p.text ?? "", p.actor ? (names.get(p.actor) ?? p.actor) : ""].filter(Boolean);
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
  predicted += edges.length;
  for (const edge of edges) {
    const hit = gold.edges.some(
      (g) =>
        matchesName(g.speaker, party(edge.accuser)) && matchesName(g.target, party(edge.accused)),
    );
    if (hit) correct += 1;
    if (gold.edges.some((g) => matchesName(g.speaker, party(edge.accuser)))) {
      accuserRight += 1;
      if (
        gold.edges.some(
          (g) =>
            matchesName(g.speaker, party(edge.accuser)) &&
            matchesName(g.target, party(edge.accused)),
        )
      )
        accusedRight += 1;
    }
  }
  for (const g of gold.edges) {
    if (
      edges.some(
        (e) => matchesName(g.speaker, party(e.accuser)) && matchesName(g.target, party(e.accused)),
      )
    )
      goldFound += 1;
  }
  if (args.show) {
    show.push(`\n${gold.article}: ${gold.text}`);
    // ✓/✗ mark found gold edges and right predictions so misses stand out.
    for (const g of gold.edges) {
      const found = edges.some(
        (e) => matchesName(g.speaker, party(e.accuser)) && matchesName(g.target, party(e.accused)),
      );
      show.push(`  gold ${found ? "✓" : "✗"} ${g.speaker} → ${g.target}`);
    }
    for (const e of edges) {
      const right = gold.edges.some(
        (g) => matchesName(g.speaker, party(e.accuser)) && matchesName(g.target, party(e.accused)),
      );
      show.push(
        `  pred ${right ? "✓" : "✗"} ${party(e.accuser).join("/") || "∅"} → ${party(e.accused).join("/") || "∅"} (${e.kind}, ${e.voice}, "${e.cue}")`,
      );
    }
  }
}
const precision = predicted === 0 ? 0 : correct / predicted;
const recall = goldTotal === 0 ? 0 : goldFound / goldTotal;
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const accusedAccuracy = accuserRight === 0 ? 0 : accusedRight / accuserRight;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
if (args.show) console.log(show.join("\n"));
console.log(
  `BASIL blame edges: ${events.size} events, ${analyses.size} articles analysed in ${(elapsed / 1000).toFixed(1)} s`,
);
console.log(
  `gold: ${goldTotal} edges in ${goldSentences.length} sentences; predicted in those sentences: ${predicted}`,
);
console.log(
  `precision ${pct(precision)} (${correct}/${predicted})  recall ${pct(recall)} (${goldFound}/${goldTotal})  F1 ${pct(f1)}`,
);
console.log(
  `accused accuracy (edges whose accuser is right): ${pct(accusedAccuracy)} (${accusedRight}/${accuserRight})`,
);
console.log(
  "reference: Liang et al. (AAAI 2019) blame-tie extraction F1 0.70 (different data and task set-up)",
);
if (args.json)
  console.log(
    JSON.stringify({
      events: events.size,
      gold: goldTotal,
      predicted,
      correct,
      goldFound,
      precision,
      recall,
      f1,
      accusedAccuracy,
    }),
  );
