import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { readText } from "@/lib/analysis/text";
import { parseTokens } from "@/lib/analysis/syntax";
import { decode } from "@/lib/analysis/syntax/training";
import { encodeSentence } from "@/lib/analysis/syntax/training";
import { loadModel, type Model } from "@/lib/analysis/syntax/training";
import type { TreebankSentence } from "./conllu";
import { loadSplits } from "./data";
import { measure } from "./measure";
import { countWord, emptyAttachment, formatAttachment, type Attachment } from "./score";
import { readWithWink } from "./wink-reading";

const MODEL_FILE = "lib/analysis/syntax/model-data.json";

const HELP = `Usage: npm run eval-parser -- [--data DIR] [--model FILE]

Scores the shipped parser model (${MODEL_FILE}, or --model FILE) on the report split of
UD English EWT: the sentences of en_ewt-ud-test.conllu after the first 1,000
(which, with en_ewt-ud-dev.conllu, are the training data). Prints UAS and LAS
three ways: treebank words with gold tags; treebank words with the tags wink
gives them (what the engine sees); and wink's own tokenization end to end
(a word counts only where wink's word has the treebank word's exact span
and its head that of the gold head). Then model size, load time and speed.

  --data DIR   UD EWT folder (default /work/shared/eval/ud-english-ewt)
  --model FILE model file (default ${MODEL_FILE})`;

const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    data: z.string().min(1).default("/work/shared/eval/ud-english-ewt"),
    model: z.string().min(1).default(MODEL_FILE),
    help: z.boolean().optional(),
    _: z.array(z.string()).max(0, "no positional arguments"),
  }),
  ["help"],
);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const bytes = fs.statSync(args.model).size;
const loadStart = performance.now();
const text = fs.readFileSync(args.model, "utf8");
const model = loadModel(JSON.parse(text));
const loadMs = performance.now() - loadStart;

const { report } = loadSplits(args.data, false);
console.log(`report split: ${report.length} sentences, ${countWords(report)} words`);
for (const source of ["gold", "wink"] as const) {
  const { all, noPunct } = measure(model, report, source);
  console.log(formatAttachment(`${source} tags`, all));
  console.log(formatAttachment(`${source} tags, no punct`, noPunct));
}
const endToEnd = measureEndToEnd(model, report);
console.log(formatAttachment("wink tokens and tags, end to end", endToEnd.all));
console.log(
  `  (${((endToEnd.aligned / endToEnd.all.words) * 100).toFixed(2)}% of treebank words have a wink word with the same span)`,
);

console.log(
  `model: ${(bytes / 1024 / 1024).toFixed(2)} MB on disk, ${model.features} features; ` +
    `read + decode ${loadMs.toFixed(0)} ms`,
);
const speed = measureSpeed(model, report);
console.log(
  `speed: ${speed.perSecond.toFixed(0)} sentences/s, ${(speed.wordsPerSecond / 1000).toFixed(0)}k words/s ` +
    `of CPU time (${speed.wallPerSecond.toFixed(0)}/s wall clock), parsing wink tokens on one core after wink has read them`,
);

function countWords(sentences: readonly TreebankSentence[]): number {
  return sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
}

/** Parse wink's words sentence by sentence (as the engine does) and score through the span alignment. */
function measureEndToEnd(model: Model, sentences: readonly TreebankSentence[]) {
  const all: Attachment = emptyAttachment();
  let aligned = 0;
  for (const sentence of sentences) {
    const reading = readWithWink(sentence);
    const heads = new Array<number>(reading.words.length).fill(-1);
    const labels = new Array<string>(reading.words.length).fill("dep");
    let from = 0;
    while (from < reading.words.length) {
      let to = from;
      while (to < reading.words.length && reading.sentences[to] === reading.sentences[from])
        to += 1;
      const piece = reading.words.slice(from, to);
      const raw = decode(model, encodeSentence(piece));
      for (let k = 0; k < piece.length; k += 1) {
        const head = raw.heads[k] as number;
        heads[from + k] = head >= piece.length ? -1 : from + head;
        labels[from + k] = model.labels[raw.labels[k] as number] ?? "dep";
      }
      from = to;
    }
    sentence.words.forEach((word, i) => {
      const mine = reading.exact[i] ?? -1;
      const gold = { head: word.head, label: word.deprel };
      if (mine < 0) {
        countWord(all, gold, { head: -2, label: "" });
        return;
      }
      aligned += 1;
      const head = heads[mine] ?? -1;
      // The predicted head as a treebank word: the one wink's head word lines up with.
      const goldSide = head < 0 ? -1 : reading.exact.indexOf(head);
      countWord(all, gold, {
        head: head >= 0 && goldSide < 0 ? -2 : goldSide,
        label: labels[mine] ?? "",
      });
    });
  }
  return { all, aligned };
}

/** Sentences parsed per second of this process's CPU time (the machine may be shared) and of wall time. */
function measureSpeed(model: Model, sentences: readonly TreebankSentence[]) {
  const tokenLists = sentences.flatMap((sentence) =>
    readText(sentence.text).map((span) => span.tokens),
  );
  // One pass to warm up, then three timed passes.
  for (const tokens of tokenLists) parseTokens(tokens, model);
  let words = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let round = 0; round < 3; round += 1) {
    for (const tokens of tokenLists) {
      parseTokens(tokens, model);
      words += tokens.length;
    }
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  return {
    perSecond: (tokenLists.length * 3) / seconds,
    wordsPerSecond: words / seconds,
    wallPerSecond: (tokenLists.length * 3) / wall,
  };
}
