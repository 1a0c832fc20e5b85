import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cleanArticle } from "@/lib/analysis/clean";
import { SEED_CHROME, SEED_STORY } from "@/eval/seed/clean-gold";
import type { Removed } from "@/lib/analysis/schema";
import { segment } from "@/lib/analysis";
import { getStory } from "@/lib/content";
import { fail, parseArgs } from "../lib/cli/args";
import { BASIL_SPLITS, basilSplitSchema } from "./data/basil";

const HELP = `Usage:
  npx tsx eval/clean.ts [<basil-dev-folder>] [--split tune|report|all] [--show]

Measures the article cleaner (lib/analysis/clean.ts).

On the seed story ${SEED_STORY}: chrome lines removed out of those expected
(eval/seed/clean-gold.ts), unexpected removals, and article
sentences lost.

With a BASIL folder (e.g. /work/shared/eval/basil-dev, holding
articles/YEAR/TRIPLET_N.json), it feeds each already-clean article (title line,
then one paragraph per line) through the cleaner and counts the article
sentences it wrongly removed, listing every removal. The data is read in place,
never copied. A missing folder is skipped with a note.

  --split  BASIL years: tune (2010–2011, default), report (2012) or all
  --show   list every removal on BASIL, not only those that cost a sentence`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    show: z.boolean().optional(),
    split: basilSplitSchema.default("tune"),
    help: z.boolean().optional(),
    _: z.array(z.string().min(1)).max(1, "give at most one BASIL folder"),
  }),
  ["show", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const clip = (text: string, n = 90) => {
  const flat = squash(text);
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const overlaps = (removed: Removed[], start: number, end: number) =>
  removed.filter((r) => r.start < end && start < r.end);

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(" | ")} |`;
  console.log(line(head));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of cells.slice(1)) console.log(line(row));
}

// --- Seeds: expected chrome removed, nothing else lost.
const story = getStory(SEED_STORY);
if (!story) fail(`seed story ${SEED_STORY} not found in content/`);
const seedRows: (string | number)[][] = [];
const totals = { expected: 0, found: 0, extra: 0, lost: 0, sentences: 0 };
for (const article of story.articles) {
  const expected = SEED_CHROME[article.slug]?.chrome ?? [];
  const result = cleanArticle(article.raw, { title: article.title, outlet: article.outlet.name });
  const key = (reason: string, text: string) => `${reason}\u0000${squash(text)}`;
  const wanted = new Set(expected.map(([reason, text]) => key(reason, text)));
  const found = result.removed.filter((r) => wanted.has(key(r.reason, r.text))).length;
  const extra = result.removed.length - found;
  // Article text: every raw line that is not expected chrome, split into sentences.
  const chromeTexts = new Set(expected.map(([, text]) => squash(text)));
  let sentences = 0;
  let lost = 0;
  let offset = 0;
  for (const line of article.raw.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === "" || chromeTexts.has(squash(line))) continue;
    for (const sentence of segment(line).sentences) {
      sentences += 1;
      if (overlaps(result.removed, start + sentence.start, start + sentence.end).length > 0) {
        lost += 1;
        console.log(`  LOST (${article.slug}): ${clip(sentence.text)}`);
      }
    }
  }
  seedRows.push([article.slug, `${found}/${expected.length}`, extra, `${lost}/${sentences}`]);
  totals.expected += expected.length;
  totals.found += found;
  totals.extra += extra;
  totals.lost += lost;
  totals.sentences += sentences;
}
seedRows.push([
  "total",
  `${totals.found}/${totals.expected}`,
  totals.extra,
  `${totals.lost}/${totals.sentences}`,
]);
console.log(`Seeds (${SEED_STORY})`);
table(["article", "chrome removed/expected", "unexpected removals", "sentences lost"], seedRows);

// --- BASIL: real, already-clean articles; every removal of an article sentence is an error.
const folder = args._[0];
if (!folder) {
  console.log("\nBASIL: skipped (no folder given).");
  process.exit(0);
}
const articlesDir = path.join(folder, "articles");
if (!fs.existsSync(articlesDir)) {
  console.log(`\nBASIL: skipped (${articlesDir} not found).`);
  process.exit(0);
}

const basilSchema = z.looseObject({
  title: z.string(),
  source: z.string().default("unknown"),
  "body-paragraphs": z.array(z.array(z.string())),
});

const files = fs
  .readdirSync(articlesDir, { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() &&
      (args.split === "all" ||
        (BASIL_SPLITS[args.split] as readonly string[]).includes(entry.name)),
  )
  .flatMap((dir) =>
    fs
      .readdirSync(path.join(articlesDir, dir.name))
      .filter((name) => name.endsWith(".json"))
      .map((name) => path.join(articlesDir, dir.name, name)),
  )
  .sort();

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const byReason = new Map<string, number>();
const basil = {
  articles: 0,
  skipped: 0,
  sentences: 0,
  lost: 0,
  lostNoTitle: 0,
  titleRepeats: 0,
  removed: 0,
  ms: 0,
};
const lostLines: string[] = [];
const removedLines: string[] = [];
for (const file of files) {
  const parsed = basilSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    basil.skipped += 1;
    continue;
  }
  const { title, source } = parsed.data;
  const paragraphs = parsed.data["body-paragraphs"];
  // Title line, then one paragraph per line; remember where each sentence sits.
  let raw = title;
  const spans: { text: string; start: number; end: number; titleRepeat: boolean }[] = [];
  for (const paragraph of paragraphs) {
    raw += "\n";
    const titleRepeat = key(paragraph.join(" ")) === key(title);
    paragraph.forEach((sentence, i) => {
      if (i > 0) raw += " ";
      spans.push({
        text: sentence,
        start: raw.length,
        end: raw.length + sentence.length,
        titleRepeat,
      });
      raw += sentence;
    });
  }
  const started = performance.now();
  const result = cleanArticle(raw, { title, outlet: source });
  basil.ms += performance.now() - started;
  basil.articles += 1;
  // Same text with no title given: the first line then only anchors the caption rule.
  const blind = cleanArticle(raw, { title: null, outlet: source });
  const name = path.relative(articlesDir, file);
  for (const removed of result.removed) {
    basil.removed += 1;
    byReason.set(removed.reason, (byReason.get(removed.reason) ?? 0) + 1);
    if (removed.start > 0 || args.show)
      removedLines.push(`  ${name} [${removed.reason}] ${clip(removed.text)}`);
  }
  for (const span of spans) {
    if (span.text.trim() === "") continue;
    const hits = overlaps(result.removed, span.start, span.end);
    // A paragraph that only repeats the title is the page headline, not an article sentence.
    if (span.titleRepeat) {
      basil.titleRepeats += 1;
      continue;
    }
    basil.sentences += 1;
    if (overlaps(blind.removed, span.start, span.end).length > 0) {
      basil.lostNoTitle += 1;
      lostLines.push(`  ${name} (no title given) ${clip(span.text)}`);
    }
    if (hits.length > 0) {
      basil.lost += 1;
      lostLines.push(`  ${name} [${hits.map((h) => h.reason).join(", ")}] ${clip(span.text)}`);
    }
  }
}

console.log(
  `\nBASIL (${folder}, ${args.split} split): ${basil.articles} articles${basil.skipped ? `, ${basil.skipped} unreadable` : ""}`,
);
table(
  ["measure", "value"],
  [
    ["article sentences", basil.sentences],
    ["article sentences wrongly removed", basil.lost],
    ["  … when no title is given", basil.lostNoTitle],
    ["removals (title line included)", basil.removed],
    ...[...byReason].sort().map(([reason, n]) => [`  of which ${reason}`, n] as [string, number]),
    ["body paragraphs repeating the title (removed as headline, not counted)", basil.titleRepeats],
    ["cleaning time, all articles (ms)", basil.ms.toFixed(1)],
  ],
);
if (lostLines.length > 0) console.log(`\nSentences wrongly removed:\n${lostLines.join("\n")}`);
if (removedLines.length > 0) {
  console.log(
    `\nRemovals other than the title line${args.show ? " (all)" : ""}:\n${removedLines.join("\n")}`,
  );
}
