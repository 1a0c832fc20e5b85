import { z } from "zod";
import { prng } from "../lib/cli/bench-story";
import { fail } from "../lib/cli/args";
import {
  sharedSetDir,
  storyFolderOut,
  storyScriptArgs,
  writeStoryFolder,
} from "./data/story-folder";
import { loadPolnear, polnearSplitSchema, type PolnearArticle } from "./data/polnear";

const HELP = `Usage:
  npx tsx eval/polnear-story.ts --out /tmp/<folder> [--split train|dev] [--count N] [--seed S]
                                [<polnear-folder>]

Builds a story folder (story.md and one Markdown file per article) from PolNeAR articles of one
split, for \`npm run analyze\`, \`npm run audit\` and speed measurements. The folder must be outside
the project: PolNeAR's text is read for measurement only and never committed.

  --out    the folder to write (created; must not exist yet or be empty; outside this project)
  --split  train (tune on it, the default) or dev (report on it)
  --count  how many articles (default: all of the split)
  --seed   pick the articles at random with this seed (default: the first, in file order)`;

const args = storyScriptArgs(HELP, "PolNeAR", {
  split: polnearSplitSchema.default("train"),
  count: z.coerce.number().int().positive().optional(),
  seed: z.coerce.number().int().nonnegative().optional(),
});

const out = storyFolderOut(args.out, "PolNeAR");
const dir = args._[0] ?? sharedSetDir("polnear");
const all = loadPolnear(dir, args.split);
if (!all) fail(`${dir}: no ${args.split}/text folder`);

/** The articles to write: the first N, or N drawn without replacement with a seeded PRNG. */
function pick(list: readonly PolnearArticle[]): PolnearArticle[] {
  const count = Math.min(args.count ?? list.length, list.length);
  if (args.seed === undefined) return list.slice(0, count);
  const random = prng(args.seed);
  const pool = [...list];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as PolnearArticle, pool[i] as PolnearArticle];
  }
  return pool.slice(0, count).sort((a, b) => a.name.localeCompare(b.name));
}

/** "breitbart_2015-11-11_the-ninth…" → a slug the content loader accepts. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const dateOf = (name: string) => /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? null;

const chosen = pick(all);
const dates = chosen.map((a) => dateOf(a.name)).filter((d): d is string => d !== null);
writeStoryFolder(
  out,
  {
    title: `PolNeAR ${args.split}: ${chosen.length} articles`,
    date: [...dates].sort().pop() ?? "2016-01-01",
    about: `Articles from PolNeAR's ${args.split} split, for measurement only.`,
  },
  chosen.map((article) => {
    // The first line is the headline; the rest is the body.
    const [headline = "", ...body] = article.text.split("\n");
    return {
      file: slug(article.name),
      outlet: article.publisher,
      title: headline.trim() || article.name,
      published: dateOf(article.name),
      // A few articles carry stray C1 control characters (mis-decoded punctuation): dropped.
      body: body
        .join("\n")
        .replace(/[\u0080-\u009f]/g, "")
        .trim(),
    };
  }),
);
console.log(`Wrote ${chosen.length} PolNeAR ${args.split} articles to ${out}`);
