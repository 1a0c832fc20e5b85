import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail } from "../lib/cli/args";
import {
  inStories,
  sharedSetDir,
  storyFolderOut,
  storyPartName,
  storyScriptArgs,
  writeStoryFolder,
} from "./data/story-folder";

const HELP = `Usage:
  npx tsx eval/mrpc-story.ts --out /tmp/<folder> [--split tune|report] [--per-story N]
                             [<mrpc-train-folder>]

Writes the news sentences of MRPC's training pairs (Dolan & Brockett 2005: sentences from news
stories of many outlets, 2003–2004) as story folders under --out, one article per sentence and
--per-story articles per folder (story-001, story-002, …), for \`npm run audit\`: text that no
rule of the blame, speaker or fact stages was ever tuned on. Only the first sentence of each pair
is written (the second is a paraphrase of it). The split is the one the similarity evaluation
uses: tune = pairs whose first ID is even, report = odd. The folder must be outside the project:
MRPC's text is read for measurement only and never committed.

A sentence alone has no context: a pronoun has nothing to resolve to, and a speaker named in the
sentence before is not there. What it measures is whether the relations the engine is sure of
within one sentence are right.

  --out        the folder to write (created; must not exist yet or be empty; outside this project)
  --split      tune or report (the default: report, never used to tune anything)
  --per-story  articles per story folder (default 50)`;

const args = storyScriptArgs(HELP, "MRPC", {
  split: z.enum(["tune", "report"]).default("report"),
  "per-story": z.coerce.number().int().min(2).max(1000).default(50),
});

const out = storyFolderOut(args.out, "MRPC");
const dir = args._[0] ?? sharedSetDir("mrpc-train");
const file = path.join(dir, "msr_paraphrase_train.txt");
if (!fs.existsSync(file)) fail(`${file}: not found`);

const row = z.tuple([
  z.enum(["0", "1"]),
  z.string().regex(/^\d+$/),
  z.string().regex(/^\d+$/),
  z.string(),
  z.string(),
]);

/** First sentences of the split's pairs, in file order, without repeats. */
function sentences(): { id: number; text: string }[] {
  const seen = new Set<number>();
  const found: { id: number; text: string }[] = [];
  const lines = fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  lines.slice(1).forEach((line, n) => {
    if (line.trim().length === 0) return;
    const fields = line.split("\t");
    // One line holds two records where the file lost a line break (see eval/similarity/mrpc.ts).
    const records =
      fields.length === 9 && /[01]$/.test(fields[4] ?? "")
        ? [
            [...fields.slice(0, 4), (fields[4] ?? "").slice(0, -1)],
            [(fields[4] ?? "").slice(-1), ...fields.slice(5)],
          ]
        : [fields];
    for (const record of records) {
      const parsed = row.safeParse(record);
      if (!parsed.success) fail(`${file}:${n + 2}: not a Quality/ID/ID/String/String row`);
      const id = Number(parsed.data[1]);
      const even = id % 2 === 0;
      if (even !== (args.split === "tune") || seen.has(id)) continue;
      seen.add(id);
      found.push({ id, text: parsed.data[3].trim() });
    }
  });
  return found;
}

const all = sentences();
const parts = inStories(all, args["per-story"]);
for (const { part, items } of parts)
  writeStoryFolder(
    path.join(out, storyPartName(part)),
    {
      title: `MRPC ${args.split} sentences, part ${part}`,
      date: "2004-01-01",
      about: `Single news sentences from MRPC's ${args.split} split, for measurement only.`,
    },
    items.map(({ id, text }) => ({
      file: `mrpc-${id}`,
      outlet: `MRPC ${id}`,
      title: `MRPC sentence ${id}`,
      body: text,
    })),
  );
console.log(
  `Wrote ${all.length} MRPC ${args.split} sentences as ${parts.length} stories under ${out}`,
);
