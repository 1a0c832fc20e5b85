import fs from "node:fs";
import path from "node:path";
import { segment } from "@/lib/analysis";
import { checkBody } from "./body";
import { fieldPath } from "./describe";
import { display, listEntries, slugFromFile } from "./entries";
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
 * Names used by routes under app/[collection]/[slug]/…: an article file with one of
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

/** Load and validate every outlet profile in `dir`. */
export function loadOutlets(root: string, dir: string) {
  const problems: ContentProblem[] = [];
  const outlets: Outlet[] = [];
  if (!fs.existsSync(dir)) return { outlets, problems, warnings: [] as ContentProblem[] };
  const seen = new Map<string, string>();
  const names = new Map<string, string>();
  const listing = listEntries(dir, "markdown", (absolute) => display(root, absolute));
  const warnings = listing.warnings;
  for (const name of listing.names) {
    const absolute = path.join(dir, name);
    const file = display(root, absolute);
    const slug = slugFromFile(name, file, seen, problems);
    const read = readMarkdownFile(absolute, file);
    problems.push(...read.problems);
    if (!read.file || !slug) continue;
    const parsed = outletFrontmatterSchema.safeParse(read.file.data);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error, read.file.data));
    checkBody(read.file.body, file, read.file.firstLine, problems, warnings);
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
  return { outlets, problems, warnings };
}

/**
 * The profile an outlet reference names: its slug, else its name or an alias, ignoring case and runs
 * of spaces ("press  tv" is Press TV). Null when no profile matches.
 */
export function matchOutlet(value: string, outlets: Outlet[]): Outlet | null {
  const bySlug = outlets.find((outlet) => outlet.slug === value);
  if (bySlug) return bySlug;
  const key = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();
  const wanted = key(value);
  return (
    outlets.find(
      (outlet) => key(outlet.name) === wanted || outlet.aliases.some((a) => key(a) === wanted),
    ) ?? null
  );
}

function resolveOutlet(
  value: string,
  outlets: Outlet[],
  file: string,
  warnings: ContentProblem[],
): OutletRef {
  const profile = matchOutlet(value, outlets);
  if (profile) return { slug: profile.slug, name: profile.name, type: profile.type };
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
  if (storyParsed && !storyParsed.success)
    problems.push(...problemsFromZod(storyFile, storyParsed.error, storyRead.file?.data));
  if (storyRead.file)
    checkBody(storyRead.file.body, storyFile, storyRead.file.firstLine, problems, warnings);

  const articles: Article[] = [];
  const seen = new Map<string, string>([["story", storyFile]]);
  const listing = listEntries(dir, "markdown", (absolute) => display(root, absolute));
  warnings.push(...listing.warnings);
  for (const name of listing.names) {
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
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error, read.file.data));
    checkBody(read.file.body, file, read.file.firstLine, problems, warnings);
    if (!parsed.success) continue;
    const data = parsed.data;
    // `title: null` states that the headline was not captured; a missing title may be an oversight.
    if (data.title === undefined) {
      warnings.push({
        file,
        field: "title",
        message:
          "is absent; if the headline was not captured, write `title: null` (pages then say so)",
      });
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
        problems.push({
          file: storyFile,
          field: fieldPath(["actors", index, "id"]),
          message: `duplicate actor id ${JSON.stringify(actor.id)}`,
        });
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
            message: `${JSON.stringify(slug)} is not an article of this story`,
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
  warnings.push(...loaded.warnings);
  const stories: Story[] = [];
  const storiesDir = path.join(root, "stories");
  if (fs.existsSync(storiesDir)) {
    const listing = listEntries(storiesDir, "folders", (absolute) => display(root, absolute));
    warnings.push(...listing.warnings);
    for (const name of listing.names) {
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
