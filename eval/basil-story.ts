import path from "node:path";
import { fail } from "../lib/cli/args";
import {
  sharedSetDir,
  storyFolderOut,
  storyScriptArgs,
  writeStoryFolder,
} from "./data/story-folder";
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

const args = storyScriptArgs(HELP, "BASIL", { split: basilSplitSchema.default("tune") });

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
  writeStoryFolder(
    path.join(out, `${articles[0]?.year ?? "event"}-${String(e + 1).padStart(2, "0")}`),
    {
      title: articles.find((a) => a.title)?.title ?? "BASIL event",
      date: `${articles[0]?.year ?? "2012"}-01-01`,
      about: `One BASIL event (${args.split} split), for measurement only.`,
    },
    articles.map((article) => ({
      file: `${article.source}-${article.id.replace(/[^a-z0-9]+/gi, "-")}`,
      outlet: OUTLET[article.source] ?? article.source,
      title: article.title || article.id,
      body: article.text.replace(/\n/g, "\n\n"),
    })),
  );
  written += articles.length;
});
console.log(`Wrote ${written} BASIL ${args.split} articles as ${events.size} stories under ${out}`);
