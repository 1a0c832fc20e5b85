import path from "node:path";
import { z } from "zod";
import { exportStoryFolder, FolderError } from "@/lib/store/content-folder";
import { getStoreDb } from "@/lib/store/db/open";
import { formatProblem } from "@/lib/content";
import { fail, parseArgs } from "./args";

const HELP = `Usage:
  npm run export-story -- <id> <folder>

Writes a stored story (the id in its link, /s/<id>) as a story folder in the
content format: story.md and one Markdown file per article, with the text exactly
as stored. The folder must be new (or empty); its name becomes the story's slug.
Move it under content/stories/ and add outlet profiles to make it a curated story.`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    help: z.boolean().optional(),
    _: z.array(z.string()).max(2, "give a story id and a folder"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const [id, folder] = args._;
if (!id || !folder) fail(`give a story id and a folder.\n\n${HELP}`);

try {
  const store = await getStoreDb();
  const result = await exportStoryFolder(store, id, path.resolve(folder));
  await store.close();
  for (const skipped of result.skipped) console.warn(`warning: left out (no text): ${skipped}`);
  for (const problem of result.problems) console.warn(`warning: ${formatProblem(problem)}`);
  console.log(`Wrote ${result.files.length} files to ${folder}: ${result.files.join(", ")}`);
} catch (error) {
  fail(
    error instanceof FolderError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error),
  );
}
