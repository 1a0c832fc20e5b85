import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./problems";
import { slugSchema } from "./schemas";

/**
 * The entries of a content folder that will be read, and a warning for each
 * one that will not, so a file saved as `press-tv.MD`, `press-tv.markdown` or
 * linked in with a symbolic link is not silently missing from the story.
 * Hidden files (`.DS_Store`, `.gitkeep`) are ignored without a word.
 * Symbolic links are never followed: they could publish a file from anywhere
 * on the machine.
 */
export function listEntries(
  dir: string,
  want: "markdown" | "folders",
  display: (absolute: string) => string,
): { names: string[]; warnings: ContentProblem[] } {
  const names: string[] = [];
  const warnings: ContentProblem[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const why = skipReason(entry, want);
    if (why === null) names.push(entry.name);
    else warnings.push({ file: display(path.join(dir, entry.name)), field: "file", message: why });
  }
  return { names, warnings };
}

const MARKDOWN_LIKE = /\.(?:markdown|mdown|mkdn|mkd|mdwn|mdtxt|txt|text)$/i;

/** Why an entry is not read, or null when it is. */
function skipReason(entry: fs.Dirent, want: "markdown" | "folders"): string | null {
  if (entry.isSymbolicLink())
    return "skipped: it is a symbolic link, which is never followed (copy the file here instead)";
  if (want === "folders") {
    if (entry.isDirectory()) return null;
    return "skipped: only folders are read here (each story is a folder with a story.md)";
  }
  if (entry.isDirectory())
    return "skipped: a folder is not read here (put the Markdown files directly in this folder)";
  if (!entry.isFile()) return "skipped: not a regular file";
  if (entry.name.endsWith(".md")) return null;
  const stem = entry.name.replace(/\.[^.]*$/, "");
  if (/\.md$/i.test(entry.name))
    return `skipped: the extension must be lower-case .md (rename it ${stem}.md)`;
  if (MARKDOWN_LIKE.test(entry.name))
    return `skipped: only files ending in .md are read (rename it ${stem}.md)`;
  return "skipped: not a Markdown (.md) file";
}

/** A path for messages: relative to the project when inside it. */
export function display(root: string, absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith("..") ? absolute : relative || path.basename(root);
}

/** Check a file name as a slug, and that no other file maps to the same slug. */
export function slugFromFile(
  name: string,
  file: string,
  seen: Map<string, string>,
  problems: ContentProblem[],
): string | null {
  const slug = name.replace(/\.md$/, "");
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) {
    problems.push({
      file,
      field: "file name",
      message: `${JSON.stringify(slug)} ${parsed.error.issues[0]?.message ?? "is not a valid slug"}`,
    });
    return null;
  }
  const other = seen.get(slug.toLowerCase());
  if (other) {
    problems.push({ file, field: "slug", message: `duplicate slug "${slug}" (also ${other})` });
    return null;
  }
  seen.set(slug.toLowerCase(), file);
  return slug;
}
