import fs from "node:fs";
import { z } from "zod";
import { findQuotes } from "@/lib/analysis/quotes";
import { preparedFromText } from "@/lib/analysis/test-helpers/prepared";
import { fail, parseArgs } from "../lib/cli/args";
import { loadPolnear } from "./data/polnear";
import { sharedSetDir } from "./data/story-folder";
import { formatDump, parseDump, speakerChanges, type QuoteRow } from "./speakers/quote-dump";

const HELP = `Usage:
  npx tsx eval/speakers-diff.ts dump --out <file> [<polnear-folder>]
  npx tsx eval/speakers-diff.ts compare <before-file> <after-file> [--folder <polnear-folder>]

What a change to the speaker rules does to every quote of PolNeAR train (about 9,750 quotes in
840 articles): "dump" writes each quote the engine finds (article, offset, text, speaker,
attribution) as tab-separated lines; run it before and after a change, then "compare" lists the
quotes whose speaker changed, appeared or went, each with the article's words around it, for a
person to read before the change is kept. Only the train split: dev is for reporting, and its
quotes are never read while the rules change.`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === "--help" || command === "help") {
  console.log(HELP);
  process.exit(command === undefined ? 1 : 0);
}

function articles(folder: string | undefined) {
  const dir = folder ?? sharedSetDir("polnear");
  const found = loadPolnear(dir, "train");
  if (!found) fail(`${dir}: no train/text folder (give the PolNeAR folder)`);
  return found;
}

function readDump(file: string): QuoteRow[] {
  if (!fs.existsSync(file)) fail(`${file}: not found`);
  try {
    return parseDump(fs.readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (command === "dump") {
  const args = parseArgs(
    rest,
    z.strictObject({
      out: z.string({ error: "give the file to write, e.g. --out /tmp/before.tsv" }).min(1),
      _: z.array(z.string().min(1)).max(1, "give at most one PolNeAR folder"),
    }),
  );
  const rows: QuoteRow[] = [];
  for (const article of articles(args._[0]))
    for (const quote of findQuotes(preparedFromText(article.name, article.text)))
      rows.push({
        article: article.name,
        start: quote.start,
        text: quote.text,
        speaker: quote.speaker,
        attribution: quote.attribution,
      });
  fs.writeFileSync(args.out, formatDump(rows));
  console.log(`Wrote ${rows.length} quotes of PolNeAR train to ${args.out}`);
} else if (command === "compare") {
  const args = parseArgs(
    rest,
    z.strictObject({
      folder: z.string().min(1).optional(),
      _: z.tuple([z.string().min(1), z.string().min(1)], {
        error: "give two dumps: the one before the change, then the one after",
      }),
    }),
  );
  const [beforeFile, afterFile] = args._;
  const changes = speakerChanges(readDump(beforeFile), readDump(afterFile));
  const text = new Map(articles(args.folder).map((a) => [a.name, a.text]));
  const show = (row: QuoteRow | null) =>
    row === null ? "(no quote)" : `${row.speaker ?? "no speaker"} [${row.attribution ?? "-"}]`;
  for (const change of changes) {
    const body = text.get(change.article) ?? "";
    const around = body
      .slice(Math.max(0, change.start - 260), change.start + change.text.length + 120)
      .replace(/\s+/g, " ");
    console.log(
      `## ${change.article} @${change.start}: ${show(change.before)} → ${show(change.after)}`,
    );
    console.log(`   ${around}`);
  }
  console.log(`${changes.length} quotes changed speaker between ${beforeFile} and ${afterFile}`);
} else {
  fail(`unknown command "${command}": use dump or compare (--help)`);
}
