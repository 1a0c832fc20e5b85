import fs from "node:fs";
import path from "node:path";
import { fail } from "../../lib/cli/args";

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
