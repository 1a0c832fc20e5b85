import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { readText, type Token } from "@/lib/analysis/text";
import { parseTokens, syntaxModel, type Parse } from "@/lib/analysis/syntax";
import {
  decode,
  decodeByFloats,
  encodeSentence,
  type EncodedSentence,
} from "@/lib/analysis/syntax/training";
import { readConllu } from "./conllu";

const HELP = `Usage: npx tsx eval/syntax/bench-parser.ts [options]

The parser's speed and its exact output, on every sentence of UD English EWT (dev and test; no
scores are computed, so the report split's gold heads are never read). wink reads each sentence's
text (the tokenize-only pass); then parseTokens parses each of wink's sentences, as the engine
does. Prints the CPU time of each pass (best of --rounds, one warm-up first), sentences a second,
the ratio of parsing to tokenizing, and a digest of every head and label: wink's sentences, and the
treebank's words with their gold tags. Two versions of the parser give the same parses when their
digests match. --check also compares the fast decoder with the float reference (decodeByFloats)
on every sentence.

  --data DIR   UD EWT folder (default /work/shared/eval/ud-english-ewt)
  --rounds N   timed passes of each kind (default 3)
  --check      compare decode with decodeByFloats on every sentence (slow)`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    data: z.string().min(1).default("/work/shared/eval/ud-english-ewt"),
    rounds: z.coerce.number().int().min(1).max(50).default(3),
    check: z.boolean().optional(),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help", "check"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const treebank = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"].flatMap((name) =>
  readConllu(fs.readFileSync(path.join(args.data, name), "utf8"), name),
);
const texts = treebank.map((sentence) => sentence.text);
const model = syntaxModel();

/** CPU milliseconds of `run`, best of the rounds after one warm-up. */
function bestCpu(run: () => void): number {
  run();
  let best = Infinity;
  for (let round = 0; round < args.rounds; round += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// readText remembers the texts it has read: each pass reads them behind a different number of
// leading spaces (which give the same tokens), so every pass really tokenizes.
let pass = 0;
function tokenizeAll(): Token[][][] {
  pass += 1;
  const pad = " ".repeat(pass);
  return texts.map((text) => readText(pad + text).map((sentence) => sentence.tokens));
}
let tokenized = tokenizeAll();
const tokenizeMs = bestCpu(() => {
  tokenized = tokenizeAll();
});
const sentences = tokenized.flat();
const tokenCount = sentences.reduce((sum, tokens) => sum + tokens.length, 0);
let parses: Parse[] = [];
const parseMs = bestCpu(() => {
  parses = sentences.map((tokens) => parseTokens(tokens, model));
});

/** FNV-1a over a stream of small integers. */
function digest(): { add(value: number): void; hex(): string } {
  let h = 0x811c9dc5;
  return {
    add(value: number) {
      h = Math.imul(h ^ (value & 0xffff), 0x01000193);
      h = Math.imul(h ^ (value >>> 16), 0x01000193);
    },
    hex: () => (h >>> 0).toString(16).padStart(8, "0"),
  };
}

const wink = digest();
for (const parse of parses) {
  parse.heads.forEach((head, i) => {
    wink.add(head + 1);
    wink.add(model.labels.indexOf(parse.labels[i] ?? ""));
  });
}
const encoded: EncodedSentence[] = treebank.map((sentence) =>
  encodeSentence(
    sentence.words.map((word) => ({
      form: word.form,
      pos: word.upos,
      lemma: word.lemma.toLowerCase(),
    })),
  ),
);
const gold = digest();
let differing = 0;
for (const sentence of encoded) {
  const raw = decode(model, sentence);
  raw.heads.forEach((head, i) => {
    gold.add(head);
    gold.add(raw.labels[i] as number);
  });
  if (args.check) {
    const reference = decodeByFloats(model, sentence);
    const same =
      raw.heads.every((head, i) => head === reference.heads[i]) &&
      raw.labels.every((label, i) => label === reference.labels[i]);
    if (!same) differing += 1;
  }
}

console.log(
  `UD EWT dev + test: ${treebank.length} texts; wink reads ${sentences.length} sentences, ` +
    `${tokenCount} tokens`,
);
console.log(
  `tokenize (readText): ${tokenizeMs.toFixed(0)} ms CPU; parse (parseTokens): ${parseMs.toFixed(0)} ms ` +
    `CPU, ${((sentences.length / parseMs) * 1000).toFixed(0)} sentences/s, ` +
    `${(tokenCount / parseMs).toFixed(1)}k tokens/s; parse / tokenize ${(parseMs / tokenizeMs).toFixed(2)} ` +
    `(best of ${args.rounds})`,
);
console.log(`digest: wink sentences ${wink.hex()}, treebank words with gold tags ${gold.hex()}`);
if (args.check) {
  console.log(
    `decode vs decodeByFloats: ${differing} of ${encoded.length} gold-tag sentences differ`,
  );
  if (differing > 0) process.exitCode = 1;
}
