import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { isWordToken, tokenize, type Token } from "@/lib/analysis/text";
import { wordVectors } from "@/lib/analysis/semantics";
import { readEmbeddings } from "./embeddings-source";
import { sharedEval } from "./shared-eval";
import { frequentWords } from "./vocabulary";

/**
 * `npm run lexicon-coverage [-- <polnear-train-text-folder>]`: how many word
 * tokens of real news the vocabulary of each size covers (a token counts when
 * its lower-cased form or its lemma has a vector). Counts only; no text of the
 * corpus is kept. Reads the full embedding file, so it needs the raised heap
 * that the npm script sets.
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({ _: z.array(z.string().min(1)).max(1, "give at most one folder") }),
);
const folder = args._[0] ? path.resolve(args._[0]) : sharedEval("polnear", "train", "text");
const SIZES = [10_000, 20_000, 30_000, 40_000, 50_000, 75_000, 100_000, 400_000];
const CONTENT = new Set(["NOUN", "VERB", "ADJ", "ADV"]);

const files = readdirSync(folder).filter((name) => name.endsWith(".txt"));
const tokens: Token[] = [];
for (const name of files) {
  tokens.push(
    ...tokenize(readFileSync(path.join(folder, name), "utf8")).filter(
      (token) => isWordToken(token) && /[a-z]/.test(token.normal),
    ),
  );
}
const { words } = readEmbeddings();
console.log(`${files.length} articles, ${tokens.length} word tokens (${folder})`);
console.log("        vocabulary   all words  content words (noun/verb/adj/adv)  proper nouns");
const vocabularies: [string, Set<string>][] = SIZES.map((size) => [
  String(size),
  new Set(frequentWords(words, size)),
]);
vocabularies.push(["shipped", new Set(wordVectors().words)]);
for (const [label, vocabulary] of vocabularies) {
  const count = (keep: (token: Token) => boolean) => {
    const chosen = tokens.filter(keep);
    const covered = chosen.filter(
      (token) => vocabulary.has(token.normal) || vocabulary.has(token.lemma),
    ).length;
    return `${((100 * covered) / Math.max(1, chosen.length)).toFixed(2)} %`;
  };
  console.log(
    [
      `${label} (${vocabulary.size})`.padStart(18),
      count(() => true).padStart(10),
      count((token) => CONTENT.has(token.pos)).padStart(12),
      count((token) => token.pos === "PROPN").padStart(14),
    ].join("  "),
  );
}
