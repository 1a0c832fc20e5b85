import fs from "node:fs";
import path from "node:path";
import { segment } from "@/lib/analysis";
import { type ContentProblem, problemsFromZod } from "./problems";
import { readMarkdownFile } from "./read";
import {
  articleFrontmatterSchema,
  outletFrontmatterSchema,
  slugSchema,
  storyFrontmatterSchema,
} from "./schemas";
import type { Article, ContentCheck, Outlet, OutletRef, Story } from "./types";

/**
 * Names used by routes under /stories/[slug]/…: an article file with one of
 * these names would be unreachable, so it is reported as a duplicate slug.
 */
export const RESERVED_ARTICLE_SLUGS = [
  "story",
  "compare",
  "blame",
  "quotes",
  "facts",
  "classroom",
  "export",
  "opengraph-image",
  "twitter-image",
] as const;

function display(root: string, absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith("..") ? absolute : relative || path.basename(root);
}

function markdownEntries(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => entry.name)
    .sort();
}

/** Check a file name as a slug, and that no other file maps to the same slug. */
function slugFromFile(
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
      message: `"${slug}" ${parsed.error.issues[0]?.message ?? "is not a valid slug"}`,
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

function checkBody(body: string, file: string, problems: ContentProblem[]): void {
  if (body.trim().length === 0) problems.push({ file, field: "body", message: "is empty" });
}

/** Load and validate every outlet profile in `dir`. */
export function loadOutlets(root: string, dir: string) {
  const problems: ContentProblem[] = [];
  const outlets: Outlet[] = [];
  if (!fs.existsSync(dir)) return { outlets, problems };
  const seen = new Map<string, string>();
  const names = new Map<string, string>();
  for (const name of markdownEntries(dir)) {
    const absolute = path.join(dir, name);
    const file = display(root, absolute);
    const slug = slugFromFile(name, file, seen, problems);
    const read = readMarkdownFile(absolute, file);
    problems.push(...read.problems);
    if (!read.file || !slug) continue;
    const parsed = outletFrontmatterSchema.safeParse(read.file.data);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
    checkBody(read.file.body, file, problems);
    if (!parsed.success) continue;
    // A name or alias claimed by two outlets would make blind reading and outlet lookup ambiguous.
    for (const label of [parsed.data.name, ...parsed.data.aliases]) {
      const key = label.toLowerCase();
      const owner = names.get(key);
      if (owner && owner !== file) {
        problems.push({ file, field: "aliases", message: `"${label}" is already used by ${owner}` });
      }
      names.set(key, file);
    }
    outlets.push({
      slug,
      name: parsed.data.name,
      aliases: parsed.data.aliases,
      domain: parsed.data.domain ?? null,
      country: parsed.data.country ?? null,
      type: parsed.data.type,
      identified: parsed.data.identified,
      ownership: parsed.data.ownership,
      references: parsed.data.references,
      profile: read.file.body.trim(),
      file,
    });
  }
  return { outlets, problems };
}

function resolveOutlet(
  value: string,
  outlets: Outlet[],
  file: string,
  warnings: ContentProblem[],
): OutletRef {
  const bySlug = outlets.find((outlet) => outlet.slug === value);
  if (bySlug) return { slug: bySlug.slug, name: bySlug.name, type: bySlug.type };
  const lower = value.toLowerCase();
  const byName = outlets.find(
    (outlet) =>
      outlet.name.toLowerCase() === lower || outlet.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (byName) return { slug: byName.slug, name: byName.name, type: byName.type };
  warnings.push({
    file,
    field: "outlet",
    message: `"${value}" has no profile in content/outlets; it is shown by name only`,
  });
  return { slug: null, name: value, type: "unknown" };
}

/**
 * Load one story folder (`story.md` plus one Markdown file per article). Works
 * for folders outside content/ too: outlets without a profile are kept by name.
 */
export function loadStoryDir(
  dir: string,
  outlets: Outlet[] = [],
  root: string = path.dirname(dir),
): { story: Story | null; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const folder = display(root, dir);
  const storySlug = path.basename(dir);
  const slugCheck = slugSchema.safeParse(storySlug);
  if (!slugCheck.success) {
    problems.push({
      file: folder,
      field: "folder name",
      message: `"${storySlug}" ${slugCheck.error.issues[0]?.message ?? "is not a valid slug"}`,
    });
  }
  const storyAbsolute = path.join(dir, "story.md");
  const storyFile = display(root, storyAbsolute);
  if (!fs.existsSync(storyAbsolute)) {
    problems.push({ file: storyFile, field: "file", message: "is missing: every story folder needs a story.md" });
    return { story: null, problems, warnings };
  }
  const storyRead = readMarkdownFile(storyAbsolute, storyFile);
  problems.push(...storyRead.problems);
  const storyParsed = storyRead.file ? storyFrontmatterSchema.safeParse(storyRead.file.data) : null;
  if (storyParsed && !storyParsed.success) problems.push(...problemsFromZod(storyFile, storyParsed.error));
  if (storyRead.file) checkBody(storyRead.file.body, storyFile, problems);

  const articles: Article[] = [];
  const seen = new Map<string, string>([["story", storyFile]]);
  for (const name of markdownEntries(dir)) {
    if (name === "story.md") continue;
    const absolute = path.join(dir, name);
    const file = display(root, absolute);
    const reserved = RESERVED_ARTICLE_SLUGS.find((r) => `${r}.md` === name);
    if (reserved) {
      problems.push({
        file,
        field: "slug",
        message: `"${reserved}" is reserved for a page of the story; rename the file`,
      });
      continue;
    }
    const slug = slugFromFile(name, file, seen, problems);
    const read = readMarkdownFile(absolute, file);
    problems.push(...read.problems);
    if (!read.file || !slug) continue;
    const parsed = articleFrontmatterSchema.safeParse(read.file.data);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
    checkBody(read.file.body, file, problems);
    if (!parsed.success) continue;
    const data = parsed.data;
    if (!data.title) {
      warnings.push({ file, field: "title", message: "is absent; pages will say the headline was not captured" });
    }
    articles.push({
      slug,
      storySlug,
      file,
      outlet: resolveOutlet(data.outlet, outlets, file, warnings),
      title: data.title ?? null,
      published: data.published ?? null,
      url: data.url ?? null,
      byline: data.byline ?? null,
      provenance: data.provenance,
      raw: read.file.body,
    });
  }

  if (articles.length === 0 && problems.length === 0) {
    problems.push({ file: folder, field: "articles", message: "the story has no article files" });
  } else if (articles.length === 1) {
    warnings.push({
      file: folder,
      field: "articles",
      message: "the story has only one article; comparing outlets needs two or more",
    });
  }

  if (storyParsed?.success) {
    const data = storyParsed.data;
    const actorIds = new Set<string>();
    data.actors.forEach((actor, index) => {
      if (actorIds.has(actor.id)) {
        problems.push({ file: storyFile, field: `actors.${index}.id`, message: `duplicate actor id "${actor.id}"` });
      }
      actorIds.add(actor.id);
    });
    const articleSlugs = new Set(articles.map((a) => a.slug));
    data.questions.forEach((question, index) => {
      question.evidence.forEach((slug, e) => {
        if (!articleSlugs.has(slug)) {
          problems.push({
            file: storyFile,
            field: `questions.${index}.evidence.${e}`,
            message: `"${slug}" is not an article of this story`,
          });
        }
      });
    });
  }

  if (problems.length > 0 || !storyParsed?.success || !storyRead.file) {
    return { story: null, problems, warnings };
  }
  return {
    story: {
      slug: storySlug,
      file: storyFile,
      title: storyParsed.data.title,
      date: storyParsed.data.date,
      tags: storyParsed.data.tags,
      actors: storyParsed.data.actors,
      questions: storyParsed.data.questions,
      eventTerms: storyParsed.data.eventTerms,
      summary: storyRead.file.body.trim(),
      summaryLine: segment(storyRead.file.body.trim()).sentences[0]?.text ?? storyParsed.data.title,
      articles,
    },
    problems,
    warnings,
  };
}

/**
 * Load and validate the whole content folder. Never throws for bad content:
 * every problem is collected, so one run reports them all.
 */
export function checkContentDir(root: string): ContentCheck {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  if (!fs.existsSync(root)) {
    problems.push({ file: display(root, root), field: "folder", message: "does not exist" });
    return { content: { outlets: [], stories: [], warnings }, problems, warnings };
  }
  const loaded = loadOutlets(root, path.join(root, "outlets"));
  problems.push(...loaded.problems);
  const stories: Story[] = [];
  const storiesDir = path.join(root, "stories");
  if (fs.existsSync(storiesDir)) {
    const dirs = fs
      .readdirSync(storiesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of dirs) {
      const result = loadStoryDir(path.join(storiesDir, name), loaded.outlets, root);
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      if (result.story) stories.push(result.story);
    }
  }
  // Newest event first, then by slug, so the home page order is stable.
  stories.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { content: { outlets: loaded.outlets, stories, warnings }, problems, warnings };
}
