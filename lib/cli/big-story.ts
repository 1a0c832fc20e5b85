import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { fail, parseArgs } from "./args";
import { generateArticles, type SeedArticle } from "./big-story-text";

const HELP = `Usage:
  npm run big-story -- --out <new-folder> [--articles 300] [--seed 1]

Writes a story folder in the content format with many outlets, made from the
project's seed story (content/stories/basra-consulate-2018): each article is a
seed article's paragraphs shuffled, thinned, mixed and reworded with a seeded
PRNG, by an outlet with a profile or an invented one. Same options, same story.
Store it as your own story with: npm run import -- <new-folder>`;

const SEED_DIR = path.join(process.cwd(), "content", "stories", "basra-consulate-2018");
const OUTLETS_DIR = path.join(process.cwd(), "content", "outlets");

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    help: z.boolean().optional(),
    out: z.string().min(1, "give the folder to write").optional(),
    articles: z.coerce.number().int().min(2).max(307).default(300),
    seed: z.coerce.number().int().min(0).default(1),
    _: z.array(z.string()).max(0, "takes no positional arguments"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
if (!args.out) fail(`give --out <new-folder>.\n\n${HELP}`);
const out = path.resolve(args.out);
if (fs.existsSync(out) && fs.readdirSync(out).length > 0) fail(`${args.out}: not empty`);

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

const articles = generateArticles(seeds, {
  articles: args.articles,
  seed: args.seed,
  date,
  profiled,
});
const dump = (data: object) =>
  yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true });

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, "story.md"),
  `---\n${dump({
    title: `Basra consulate closure, as ${articles.length} outlets tell it (generated)`,
    date,
    actors: storyFront.actors,
  })}---\n${story.content.trim()}\n`,
);
for (const article of articles) {
  const front = {
    outlet: article.outlet,
    title: article.title,
    ...(article.published ? { published: article.published } : {}),
  };
  fs.writeFileSync(path.join(out, article.file), `---\n${dump(front)}---\n${article.body}\n`);
}
console.log(`Wrote ${articles.length} articles to ${out}`);
