import fs from "node:fs";
import path from "node:path";
import { encodeSentence } from "@/lib/analysis/syntax/training";
import { readConllu, type TreebankSentence } from "./conllu";
import { projectivize } from "./projectivize";
import type { TrainingExample } from "./train";
import { readWithWink } from "./wink-reading";

/**
 * The splits (fixed by the project brief, before any tuning):
 * - train: all of en_ewt-ud-dev.conllu, then the first 1,000 sentences of
 *   en_ewt-ud-test.conllu, in file order;
 * - tune: with `--tune`, every 8th sentence of that pool is held out for
 *   choosing options, and the rest trains;
 * - report: the remaining test sentences (1,001 onwards), read only by
 *   `npm run eval-parser`, never while training or tuning.
 */
export const TEST_TRAIN_SENTENCES = 1000;
export const TUNE_EVERY = 8;

export type TagSource = "wink" | "gold";

export interface Splits {
  train: TreebankSentence[];
  tune: TreebankSentence[];
  report: TreebankSentence[];
}

function readFile(dir: string, name: string): TreebankSentence[] {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new Error(`${file} not found (give --data <UD EWT folder>)`);
  return readConllu(fs.readFileSync(file, "utf8"), name);
}

export function loadSplits(dir: string, tune: boolean): Splits {
  const dev = readFile(dir, "en_ewt-ud-dev.conllu");
  const test = readFile(dir, "en_ewt-ud-test.conllu");
  const pool = [...dev, ...test.slice(0, TEST_TRAIN_SENTENCES)];
  const report = test.slice(TEST_TRAIN_SENTENCES);
  if (!tune) return { train: pool, tune: [], report };
  return {
    train: pool.filter((_, i) => i % TUNE_EVERY !== TUNE_EVERY - 1),
    tune: pool.filter((_, i) => i % TUNE_EVERY === TUNE_EVERY - 1),
    report,
  };
}

/** The words of a treebank sentence with tags and lemmas from the given source. */
export function taggedWords(
  sentence: TreebankSentence,
  source: TagSource,
): { form: string; pos: string; lemma: string }[] {
  if (source === "gold") {
    return sentence.words.map((word) => ({
      form: word.form,
      pos: word.upos,
      lemma: word.lemma.toLowerCase(),
    }));
  }
  const reading = readWithWink(sentence);
  return sentence.words.map((word, i) => ({
    form: word.form,
    pos: reading.tags[i] ?? "X",
    lemma: reading.lemmas[i] ?? word.form.toLowerCase(),
  }));
}

/** Every relation in the sentences, sorted ("root" among them). */
export function labelSet(sentences: readonly TreebankSentence[]): string[] {
  const labels = new Set<string>(["root"]);
  for (const sentence of sentences) for (const word of sentence.words) labels.add(word.deprel);
  return [...labels].sort();
}

export function toExample(
  sentence: TreebankSentence,
  source: TagSource,
  labels: readonly string[],
): TrainingExample {
  const n = sentence.words.length;
  const projective = projectivize(sentence.words.map((word) => word.head));
  const heads = Int32Array.from(projective, (head) => (head < 0 ? n : head));
  const labelIds = Int32Array.from(sentence.words, (word) => labels.indexOf(word.deprel));
  return { sentence: encodeSentence(taggedWords(sentence, source)), heads, labels: labelIds };
}
