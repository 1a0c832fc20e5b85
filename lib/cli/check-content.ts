import path from "node:path";
import { z } from "zod";
import { checkContentDir, CONTENT_ROOT, formatProblem } from "@/lib/content";
import { parseArgs } from "./args";
import { quietOnClosedPipe } from "./output";

quietOnClosedPipe();

const HELP = `Usage: npm run check-content [-- --dir <content folder>]

Validates every outlet profile and story under the content folder (default: content/)
and prints one line per problem as "file: field: what is wrong". Exits 1 if any.`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    dir: z.string().min(1).optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "this command takes no positional arguments (use --dir)"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const root = args.dir ? path.resolve(args.dir) : CONTENT_ROOT;
const { content, problems, warnings } = checkContentDir(root);

for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${path.relative(process.cwd(), root) || root}.`,
  );
  process.exit(1);
}
const articles = content.stories.reduce((sum, story) => sum + story.articles.length, 0);
console.log(
  `Content OK: ${content.outlets.length} outlets, ${content.stories.length} ${content.stories.length === 1 ? "story" : "stories"}, ${articles} articles` +
    (warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? "" : "s"})` : "") +
    ".",
);
