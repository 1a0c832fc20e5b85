import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail, parseArgs } from "../lib/cli/args";
import { sharedSetDir, storyFolderOut } from "./data/story-folder";
import { basilSplitSchema, loadBasil, type BasilArticle } from "./data/basil";

const HELP = `Usage:
  npx tsx eval/basil-story.ts --out /tmp/<folder> [--split tune|report|all] [<basil-dev-folder>]

Writes each BASIL event of one split (its three articles: Fox News, The New York Times, HuffPost)
as a story folder under --out (one sub-folder per event, story.md and one Markdown file per
article), for \`npm run audit\` and \`npm run analyze\`: the way a user would bring one event's
coverage. The folder must be outside the project: BASIL's text is read for measurement only and
never committed.

  --out    the folder to write (created; must not exist yet or be empty; outside this project)
  --split  tune (2010–2011, the default) or report (2012: judge its output once, at the end)`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    out: z.string().min(1, "give a folder"),
    split: basilSplitSchema.default("tune"),
    help: z.boolean().optional(),
    _: z.array(z.string().min(1)).max(1, "give at most one BASIL folder"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const out = storyFolderOut(args.out, "BASIL");
const dir = args._[0] ?? sharedSetDir("basil-dev");
const all = loadBasil(dir, args.split);
if (!all) fail(`${dir}: no articles folder`);

/** BASIL's source codes as outlet names the content loader keeps by name. */
const OUTLET: Record<string, string> = {
  fox: "Fox News",
  nyt: "The New York Times",
  hpo: "HuffPost",
};

const events = new Map<string, BasilArticle[]>();
for (const article of all)
  events.set(article.event, [...(events.get(article.event) ?? []), article]);

let written = 0;
[...events.values()].forEach((articles, e) => {
  const folder = path.join(
    out,
    `${articles[0]?.year ?? "event"}-${String(e + 1).padStart(2, "0")}`,
  );
  fs.mkdirSync(folder, { recursive: true });
  const title = articles.find((a) => a.title)?.title ?? "BASIL event";
  fs.writeFileSync(
    path.join(folder, "story.md"),
    [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: ${articles[0]?.year ?? "2012"}-01-01`,
      "---",
      `One BASIL event (${args.split} split), for measurement only.`,
      "",
    ].join("\n"),
  );
  for (const article of articles) {
    const body = article.text.replace(/\n/g, "\n\n");
    fs.writeFileSync(
      path.join(folder, `${article.source}-${article.id.replace(/[^a-z0-9]+/gi, "-")}.md`),
      [
        "---",
        `outlet: ${JSON.stringify(OUTLET[article.source] ?? article.source)}`,
        `title: ${JSON.stringify(article.title || article.id)}`,
        "---",
        body,
        "",
      ].join("\n"),
    );
    written += 1;
  }
});
console.log(`Wrote ${written} BASIL ${args.split} articles as ${events.size} stories under ${out}`);
