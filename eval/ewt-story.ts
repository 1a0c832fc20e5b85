import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fail } from "../lib/cli/args";
import {
  inStories,
  sharedSetDir,
  storyFolderOut,
  storyPartName,
  storyScriptArgs,
  writeStoryFolder,
} from "./data/story-folder";

const GENRES = ["weblog", "newsgroup", "email", "answers", "reviews"] as const;

const HELP = `Usage:
  npx tsx eval/ewt-story.ts --out /tmp/<folder> [--genres weblog,newsgroup] [--per-story N]
                            [<ud-english-ewt-folder>]

Writes the documents of the UD English EWT treebank files beside the checkout (dev and test:
web text of 2003–2006, weblogs that repost and comment on news, newsgroup posts, e-mail, answers,
reviews) as story folders under --out, one article per document, its paragraphs as the treebank
marks them, --per-story articles per folder (story-001, story-002, …), for \`npm run audit\`.
No rule of the blame or speaker stages was ever tuned on this text (the parser learned its
grammar, not who blames whom in it). The folder must be outside the project: the treebank's text is
read for measurement only and never committed.

  --out        the folder to write (created; must not exist yet or be empty; outside this project)
  --genres     comma-separated, of ${GENRES.join(", ")} (default: weblog,newsgroup, the genres about
               public affairs)
  --per-story  articles per story folder (default 10)`;

const args = storyScriptArgs(HELP, "treebank", {
  genres: z
    .string()
    .default("weblog,newsgroup")
    .transform((s) => s.split(",").map((g) => g.trim()))
    .pipe(z.array(z.enum(GENRES)).min(1)),
  "per-story": z.coerce.number().int().min(1).max(1000).default(10),
});

const out = storyFolderOut(args.out, "UD EWT");
const dir = args._[0] ?? sharedSetDir("ud-english-ewt");
const files = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"].map((f) => path.join(dir, f));
for (const file of files) if (!fs.existsSync(file)) fail(`${file}: not found`);

interface Doc {
  id: string;
  genre: string;
  paragraphs: string[][];
}

/** The treebank's documents: "# newdoc id", "# newpar", "# text" comment lines, in file order. */
function documents(file: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const newdoc = /^# newdoc id = (\S+)/.exec(line);
    if (newdoc?.[1]) {
      doc = { id: newdoc[1], genre: newdoc[1].split("-")[0] ?? "", paragraphs: [[]] };
      docs.push(doc);
      continue;
    }
    if (!doc) continue;
    if (line.startsWith("# newpar")) {
      if ((doc.paragraphs.at(-1)?.length ?? 0) > 0) doc.paragraphs.push([]);
      continue;
    }
    const text = /^# text = (.*)$/.exec(line);
    if (text?.[1]) doc.paragraphs.at(-1)?.push(text[1].trim());
  }
  return docs;
}

const wanted = new Set<string>(args.genres);
const docs = files.flatMap(documents).filter((d) => wanted.has(d.genre));
const parts = inStories(docs, args["per-story"]);
for (const { part, items } of parts)
  writeStoryFolder(
    path.join(out, storyPartName(part)),
    {
      title: `UD EWT documents (${args.genres.join(", ")}), part ${part}`,
      date: "2005-01-01",
      about: "Web documents from the UD English EWT treebank, for measurement only.",
    },
    items.map((doc, n) => {
      const name = `${doc.genre}-${String((part - 1) * args["per-story"] + n + 1).padStart(3, "0")}`;
      return {
        file: name,
        outlet: `EWT ${name}`,
        title: doc.id,
        body: doc.paragraphs
          .filter((p) => p.length > 0)
          .map((p) => p.join(" "))
          .join("\n\n"),
      };
    }),
  );
console.log(
  `Wrote ${docs.length} UD EWT documents (${args.genres.join(", ")}) as ${parts.length} stories under ${out}`,
);
