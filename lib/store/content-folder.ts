import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import {
  type ContentProblem,
  formatProblem,
  loadOutlets,
  loadStoryDir,
  slugSchema,
  storyActorSchema,
} from "@/lib/content";
import { getStoryArticles } from "./articles";
import type { StoreDb } from "./db/open";
import { importedStorySchema } from "./new-story";
import { createStory, type StoryActorInput, storyUrl } from "./stories";

/**
 * Between the content format (a folder with story.md and one Markdown file per article, see README
 * "Content format") and the store: `npm run import` makes a curated-style folder a user story, and
 * `npm run export-story` writes a user story out, so a teacher's story can become a curated one.
 */
export class FolderError extends Error {}

/** Store a story folder as a user story (queued for analysis); returns its id and edit token. */
export async function importStoryFolder(
  store: StoreDb,
  dir: string,
  contentRoot: string,
): Promise<{ id: string; token: string; url: string; warnings: string[] }> {
  const { outlets } = loadOutlets(contentRoot, path.join(contentRoot, "outlets"));
  const { story, problems, warnings } = loadStoryDir(dir, outlets);
  if (!story) throw new FolderError(problems.map(formatProblem).join("\n"));
  const input = {
    title: story.title,
    articles: story.articles.map((article) => ({
      outlet: article.outlet.name,
      ...(article.title ? { title: article.title } : {}),
      ...(article.published ? { published: article.published } : {}),
      ...(article.url ? { url: article.url } : {}),
      text: article.raw,
    })),
  };
  const parsed = importedStorySchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [, index, field] = issue.path.map(String);
      const file = index === undefined ? null : story.articles[Number(index)]?.file;
      return file
        ? `${file}: ${field ?? "article"}: ${issue.message}`
        : `${story.file}: ${issue.path.join(".") || "story"}: ${issue.message}`;
    });
    throw new FolderError(lines.join("\n"));
  }
  const { id, token } = await createStory(store, parsed.data, {
    actors: story.actors as StoryActorInput[],
    summary: story.summary,
    date: story.date,
    bylines: story.articles.map((article) => article.byline),
    imported: true,
  });
  return { id, token, url: storyUrl(id), warnings: warnings.map(formatProblem) };
}

const dump = (data: object) =>
  yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true });

/**
 * Write a stored story as a content folder: story.md (title, date, actors, summary) and one file per
 * article with its text exactly as stored. An article whose link could not be read has no text and is
 * left out (listed in `skipped`). The folder must not exist yet (or be empty); its name is the slug.
 */
export async function exportStoryFolder(
  store: StoreDb,
  id: string,
  dir: string,
): Promise<{ files: string[]; skipped: string[]; problems: ContentProblem[] }> {
  const slug = path.basename(dir);
  if (!slugSchema.safeParse(slug).success) {
    throw new FolderError(
      `${dir}: the folder's name becomes the story's slug: use lowercase letters, digits and hyphens`,
    );
  }
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new FolderError(`${dir}: already exists and is not empty; choose a new folder`);
  }
  const story = await store.db
    .selectFrom("stories")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!story) throw new FolderError(`no stored story has the id "${id}"`);
  const articles = await getStoryArticles(store, id);
  const dates = articles
    .map((a) => a.published)
    .filter((d): d is string => Boolean(d))
    .sort();
  const actors = storyActorSchema.array().parse(JSON.parse(story.actors));
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, frontmatter: object, body: string) => {
    // The body is the text exactly as stored (no newline added), so it loads back unchanged.
    fs.writeFileSync(path.join(dir, name), `---\n${dump(frontmatter)}---\n${body}`);
    files.push(name);
  };
  write(
    "story.md",
    {
      title: story.title,
      date: story.date ?? dates[0] ?? story.created_at.slice(0, 10),
      ...(actors.length ? { actors } : {}),
    },
    story.summary ??
      "A summary of the event in one neutral paragraph goes here (this story was exported from Parallax and had none).",
  );
  const skipped: string[] = [];
  for (const article of articles) {
    if (!article.raw?.trim()) {
      skipped.push(
        `${article.outlet}${article.sourceUrl ? ` (${article.sourceUrl})` : ""}: ${article.error ?? "no text"}`,
      );
      continue;
    }
    write(
      `${article.slug}.md`,
      {
        outlet: article.outlet,
        ...(article.title ? { title: article.title } : {}),
        ...(article.published ? { published: article.published } : {}),
        ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
        ...(article.byline ? { byline: article.byline } : {}),
      },
      article.raw,
    );
  }
  // Read back with the content loader, so what was written is known to load.
  const check = loadStoryDir(dir);
  return { files, skipped, problems: check.problems };
}
