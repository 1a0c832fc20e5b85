import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONTENT_ROOT } from "@/lib/content";
import { FolderError, importStoryFolder } from "@/lib/store/content-folder";
import { getStoreDb } from "@/lib/store/db/open";
import { parseSiteUrl } from "@/lib/site";

/** Where the printed links point: PARALLAX_SITE_URL when set, else the local server. */
const SITE_URL =
  (process.env.PARALLAX_SITE_URL && parseSiteUrl(process.env.PARALLAX_SITE_URL)) ||
  `http://localhost:${process.env.PORT ?? "3000"}`;
import { fail, parseArgs } from "./args";

const HELP = `Usage:
  npm run import -- <story-folder>

Stores a story folder in the content format (story.md plus one Markdown file per
article, see README "Content format") as your own story, and prints its link and
its secret edit link. The story is analysed by the worker that \`npm start\` runs
(or \`npm run worker\`). The store is the one the server uses: DATABASE_URL, else
PARALLAX_DATA_DIR (default ./data).`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    help: z.boolean().optional(),
    _: z.array(z.string()).max(1, "give one story folder"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const folder = args._[0];
if (!folder) fail(`give a story folder.\n\n${HELP}`);
const dir = path.resolve(folder);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${folder}: not a folder`);

try {
  const store = await getStoreDb();
  const result = await importStoryFolder(store, dir, CONTENT_ROOT);
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  await store.close();
  console.log(`Stored in ${store.where}; it is analysed when the server (or npm run worker) runs.

  Link to share:   ${SITE_URL}${result.url}
  Edit link:       ${SITE_URL}${result.url}/edit?token=${result.token}
  Edit token:      ${result.token}

Keep the edit link or token: it is the only way to change or delete the story.`);
} catch (error) {
  fail(
    error instanceof FolderError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error),
  );
}
