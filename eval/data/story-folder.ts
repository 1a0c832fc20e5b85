import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail, parseArgs } from "../../lib/cli/args";

const project = path.resolve(import.meta.dirname, "../..");

/**
 * The folder a script writes an evaluation set's articles to, as a story folder: resolved, and
 * refused inside the project (the sets' text is read for measurement only and never committed)
 * or when it already holds files.
 */
export function storyFolderOut(out: string, setName: string): string {
  const resolved = path.resolve(out);
  if (resolved === project || resolved.startsWith(`${project}${path.sep}`))
    fail(`--out ${out}: ${setName} text must stay outside the project; write to /tmp`);
  if (fs.existsSync(resolved) && fs.readdirSync(resolved).length > 0)
    fail(`--out ${out}: the folder exists and is not empty`);
  return resolved;
}

/** An evaluation set's folder: beside the main checkout (../shared) or beside the worktrees' folder. */
export function sharedSetDir(set: string): string {
  const candidates = [`../shared/eval/${set}`, `../../shared/eval/${set}`].map((p) =>
    path.join(project, p),
  );
  return candidates.find((p) => fs.existsSync(p)) ?? (candidates[0] as string);
}

/**
 * The command line every story-folder script shares (--out, --help, at most one folder of the
 * set) plus its own options; prints `help` and exits on --help.
 */
export function storyScriptArgs<S extends z.ZodRawShape>(help: string, setName: string, own: S) {
  // Before parsing, so --help works without the options it describes.
  if (process.argv.includes("--help")) {
    console.log(help);
    process.exit(0);
  }
  return parseArgs(
    process.argv.slice(2),
    z.strictObject({
      out: z.string({ error: "give the folder to write, e.g. --out /tmp/stories" }).min(1),
      help: z.boolean().optional(),
      _: z.array(z.string().min(1)).max(1, `give at most one ${setName} folder`),
      ...own,
    }),
    ["help"],
  );
}

/** A story's own file (story.md): its title, date and a line saying what it is. */
export interface StoryHead {
  title: string;
  date: string;
  about: string;
}

/** One article of a story folder, written as `<file>.md` with its frontmatter. */
export interface StoryArticle {
  file: string;
  outlet: string;
  title: string;
  published?: string | null;
  body: string;
}

/** Writes one story folder (created if missing): story.md and a Markdown file per article. */
export function writeStoryFolder(
  folder: string,
  head: StoryHead,
  articles: readonly StoryArticle[],
): void {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, "story.md"),
    [
      "---",
      `title: ${JSON.stringify(head.title)}`,
      `date: ${head.date}`,
      "---",
      head.about,
      "",
    ].join("\n"),
  );
  for (const article of articles) {
    const lines = [
      "---",
      `outlet: ${JSON.stringify(article.outlet)}`,
      `title: ${JSON.stringify(article.title)}`,
      ...(article.published ? [`published: ${article.published}`] : []),
      "---",
      article.body,
      "",
    ];
    fs.writeFileSync(path.join(folder, `${article.file}.md`), lines.join("\n"));
  }
}

/** `items` in runs of `per`, numbered from 1: what a script writes as story-001, story-002, … */
export function inStories<T>(items: readonly T[], per: number): { part: number; items: T[] }[] {
  const parts: { part: number; items: T[] }[] = [];
  for (let start = 0; start < items.length; start += per)
    parts.push({ part: parts.length + 1, items: items.slice(start, start + per) });
  return parts;
}

/** "story-007": the folder name of part `n`. */
export const storyPartName = (n: number) => `story-${String(n).padStart(3, "0")}`;
