import path from "node:path";
import { z } from "zod";
import { fail, parseArgs } from "./args";
import { writeBigStory } from "./big-story-folder";

const HELP = `Usage:
  npm run big-story -- --out <new-folder> [--articles 300] [--seed 1]

Writes a story folder in the content format with many outlets, made from the
project's seed story (content/stories/basra-consulate-2018): each article is a
seed article's paragraphs shuffled, thinned, mixed and reworded with a seeded
PRNG, by an outlet with a profile or an invented one. Same options, same story.
Store it as your own story with: npm run import -- <new-folder>`;

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
try {
  const written = writeBigStory(out, { articles: args.articles, seed: args.seed });
  console.log(`Wrote ${written.articles} articles to ${out}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
