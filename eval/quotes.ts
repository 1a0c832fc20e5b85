import { toArticleInput } from "@/lib/content/analysis";
import { z } from "zod";
import { prepareArticle } from "@/lib/analysis/text";
import { BASRA_QUOTES } from "@/eval/seed/quotes-gold";
import { preparedFromText } from "@/lib/analysis/test-helpers/prepared";
import { scoreSeedQuotes, speakerNameMatch } from "@/eval/score/quotes";
import { findQuotes } from "@/lib/analysis/quotes";
import type { Quote } from "@/lib/analysis/schema";
import { getStory } from "@/lib/content";
import { fail, parseArgs } from "../lib/cli/args";
import { basilSplitSchema, loadBasil, locateSpan } from "./data/basil";

const HELP = `Usage:
  npx tsx eval/quotes.ts [<basil-dev-dir>] [--split tune|report|all] [--all]

Scores quote detection and speaker attribution.

1. The seed story basra-consulate-2018 against the hand-checked list in
   eval/seed/quotes-gold.ts: quotes found, speaker and kind accuracy.
2. With the BASIL development split (e.g. /work/shared/eval/basil-dev, holding
   articles/YEAR/ID.json and annotations/YEAR/ID_ann.json): for every
   annotated span inside a quotation with a named speaker, whether a quote
   covers it and whether its speaker matches by name tokens. Two figures:
   strict (the speaker as written matches) and speaker-or-affiliation (the
   speaker or the affiliation the article states for them matches, as BASIL
   often names a group, "Democrats", for a quoted member). A missing folder
   is skipped with a note. The data is read, never copied.

  --split tune (2010–2011, the default: tune on it), report (2012: read its errors only at
          the end, to describe them) or all
  --all   list every BASIL miss (default: the first 40)`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    all: z.boolean().optional(),
    split: basilSplitSchema.default("tune"),
    help: z.boolean().optional(),
    _: z.array(z.string().min(1)).max(1, "give at most one BASIL folder"),
  }),
  ["all", "help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const pct = (right: number, total: number) =>
  total === 0 ? "n/a" : `${((right / total) * 100).toFixed(1)}%`;
const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// --- Seed story against the gold list.
const story = getStory("basra-consulate-2018");
if (!story) fail("seed story basra-consulate-2018 not found in content/");
const seedQuotes = story.articles.flatMap((article) =>
  findQuotes(prepareArticle(toArticleInput(article))),
);
const seed = scoreSeedQuotes(seedQuotes, BASRA_QUOTES);
// The same articles with their page chrome left in (the headline's scare quote counts then).
const raw = scoreSeedQuotes(
  story.articles.flatMap((article) =>
    findQuotes(preparedFromText(article.slug, article.raw.replace(/\r\n?/g, "\n").trim())),
  ),
  BASRA_QUOTES,
);
const seedNamed = seed.misses.filter(
  (miss) => miss.gold.speakers.length > 0 && miss.problem !== "kind",
).length;
const namedTotal = BASRA_QUOTES.filter((gold) => gold.speakers.length > 0).length;
console.log(
  `Seed basra-consulate-2018: ${seed.total} gold quotes, ${seed.found} found, ${seed.extra.length} extra`,
);
console.log(
  `  speaker accuracy ${seed.speakerRight}/${seed.total} (${pct(seed.speakerRight, seed.total)})`,
);
console.log(
  `  quotes with a speaker: ${namedTotal - seedNamed}/${namedTotal} (${pct(namedTotal - seedNamed, namedTotal)})`,
);
console.log(`  kind accuracy ${seed.kindRight}/${seed.total} (${pct(seed.kindRight, seed.total)})`);
for (const miss of seed.misses) {
  const found = miss.found
    ? `${miss.found.kind}, ${JSON.stringify(miss.found.speaker)} [${miss.found.attribution ?? "-"}]`
    : "not found";
  console.log(
    `  miss (${miss.problem}) ${miss.gold.article} “${miss.gold.text}”: want ${miss.gold.kind}, ${JSON.stringify(miss.gold.speakers[0] ?? null)}; got ${found}`,
  );
}
for (const quote of seed.extra)
  console.log(`  extra ${quote.article} “${short(quote.text, 60)}” (${quote.kind})`);
console.log(
  `  raw text, chrome kept: ${raw.total} gold quotes, ${raw.found} found, speaker ${raw.speakerRight}/${raw.total} ` +
    `(${pct(raw.speakerRight, raw.total)}), kind ${raw.kindRight}/${raw.total} (${pct(raw.kindRight, raw.total)}), ${raw.extra.length} extra`,
);

// --- BASIL.
const dir = args._[0];
if (!dir) {
  console.log("\nBASIL: no folder given; skipped.");
  process.exit(0);
}

function covering(quotes: Quote[], from: number, to: number): Quote | null {
  const inside = quotes.filter((quote) => quote.start <= from && quote.end >= to);
  if (inside.length > 0)
    return inside.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  let best: Quote | null = null;
  let overlap = 0;
  for (const quote of quotes) {
    const shared = Math.min(quote.end, to) - Math.max(quote.start, from);
    if (shared > overlap) {
      overlap = shared;
      best = quote;
    }
  }
  return overlap >= (to - from) / 2 ? best : null;
}

let quoteSpans = 0;
let quoteSpansFound = 0;
let spans = 0;
let located = 0;
let found = 0;
let right = 0;
let rightWithAffiliation = 0;
let articles = 0;
const misses: string[] = [];
const basil = loadBasil(dir, args.split);
if (!basil) {
  console.log(`\nBASIL: ${dir} has no articles/ folder; skipped.`);
  process.exit(0);
}
for (const article of basil) {
  articles += 1;
  const { id, text, sentences } = article;
  // BASIL text has no page chrome, so the cleaner is bypassed and offsets index the text as built.
  const quotes = findQuotes(preparedFromText(id, text));
  for (const annotation of article.annotations) {
    if (annotation.quote !== "yes") continue;
    const span = locateSpan(sentences, annotation.txt, annotation.start, annotation.end);
    quoteSpans += 1;
    if (span && covering(quotes, span[0], span[1])) quoteSpansFound += 1;
    if (annotation.speaker === "" || annotation.speaker.startsWith("other_")) continue;
    spans += 1;
    const label = `${article.source} ${article.year}/${id}`;
    if (!span) {
      misses.push(`  [${label}] span not found in text: “${short(annotation.txt, 60)}”`);
      continue;
    }
    located += 1;
    const quote = covering(quotes, span[0], span[1]);
    if (quote) found += 1;
    const ok = quote !== null && speakerNameMatch(annotation.speaker, quote.speaker);
    // BASIL often names a group ("Democrats") where the article quotes a member: the stated affiliation may match.
    const viaAffiliation =
      !ok && quote !== null && speakerNameMatch(annotation.speaker, quote.affiliation);
    if (ok || viaAffiliation) rightWithAffiliation += 1;
    if (ok) {
      right += 1;
      continue;
    }
    const affiliation = quote?.affiliation ? ` {${quote.affiliation}}` : "";
    const got = quote
      ? `${JSON.stringify(quote.speaker)}${affiliation} [${quote.attribution ?? "-"}] ${quote.kind}`
      : "no quote";
    if (viaAffiliation) {
      misses.push(`  [${label}] (right by affiliation) gold ${annotation.speaker}; got ${got}`);
      continue;
    }
    const sentence =
      sentences.find((s) => s.start <= span[0] && s.start + s.text.length >= span[1])?.text ?? "";
    misses.push(
      `  [${label}] gold ${annotation.speaker}; got ${got}\n      ${short(sentence, 160)}`,
    );
  }
}

console.log(`\nBASIL ${dir}, split ${args.split}: ${articles} articles`);
console.log(
  `  quote detection: ${quoteSpansFound}/${quoteSpans} annotated quote spans covered by a found quote (${pct(quoteSpansFound, quoteSpans)})`,
);
console.log(`  named-speaker quote spans: ${spans} (${located} located in the text)`);
console.log(`  found (a quote covers the span): ${found}/${spans} (${pct(found, spans)})`);
console.log(
  `  speaker accuracy, strict (gold = speaker): ${right}/${spans} (${pct(right, spans)})`,
);
console.log(
  `  speaker accuracy, speaker or stated affiliation (gold = speaker or affiliation): ${rightWithAffiliation}/${spans} (${pct(rightWithAffiliation, spans)})`,
);
console.log(
  `  strict misses (${misses.length}; those marked "right by affiliation" count in the second figure):`,
);
for (const line of args.all ? misses : misses.slice(0, 40)) console.log(line);
if (!args.all && misses.length > 40) console.log(`  … ${misses.length - 40} more (--all)`);
