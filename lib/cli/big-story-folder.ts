import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { generateArticles, type SeedArticle } from "./big-story-text";

/** The project's own seed story: the only text a large story is made from. */
const SEED_DIR = path.join(process.cwd(), "content", "stories", "basra-consulate-2018");
const OUTLETS_DIR = path.join(process.cwd(), "content", "outlets");

export interface BigStoryFolder {
  /** Articles written. */
  articles: number;
  title: string;
}

const dump = (data: object) =>
  yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true });

/**
 * Write a story folder in the content format (story.md and one file per article) with `articles`
 * outlets varied from the seed story by a seeded PRNG: same options, same folder. `out` must not
 * exist or be empty.
 */
export function writeBigStory(
  out: string,
  options: { articles: number; seed: number },
): BigStoryFolder {
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) throw new Error(`${out}: not empty`);
  const seedFiles = fs.readdirSync(SEED_DIR).filter((f) => f.endsWith(".md") && f !== "story.md");
  const seeds: SeedArticle[] = seedFiles.sort().map((file) => {
    const { data, content } = matter(fs.readFileSync(path.join(SEED_DIR, file), "utf8"));
    const front = z
      .object({ outlet: z.string(), title: z.string().nullable().optional() })
      .parse(data);
    return { outlet: front.outlet, title: front.title ?? null, body: content };
  });
  const story = matter(fs.readFileSync(path.join(SEED_DIR, "story.md"), "utf8"));
  const storyFront = z
    .object({ date: z.union([z.string(), z.date()]), actors: z.array(z.unknown()) })
    .parse(story.data);
  const date =
    storyFront.date instanceof Date ? storyFront.date.toISOString().slice(0, 10) : storyFront.date;
  const profiled = fs
    .readdirSync(OUTLETS_DIR)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3))
    .sort();
  const articles = generateArticles(seeds, { ...options, date, profiled });
  const title = `Basra consulate closure, as ${articles.length} outlets tell it (generated)`;
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "story.md"),
    `---\n${dump({ title, date, actors: storyFront.actors })}---\n${story.content.trim()}\n`,
  );
  for (const article of articles) {
    const front = {
      outlet: article.outlet,
      title: article.title,
      ...(article.published ? { published: article.published } : {}),
    };
    fs.writeFileSync(path.join(out, article.file), `---\n${dump(front)}---\n${article.body}\n`);
  }
  return { articles: articles.length, title };
}
