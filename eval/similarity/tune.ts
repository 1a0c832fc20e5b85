import path from "node:path";
import {
  backgroundWeighting,
  compareSentences,
  DEFAULT_SIMILARITY_OPTIONS,
  prepareSentence,
  type SimilarityOptions,
} from "@/lib/analysis/semantics";
import { sharedEval } from "../lexicon/shared-eval";
import { auc } from "./metrics";
import { readMrpc } from "./mrpc";

/**
 * `npx tsx eval/similarity/tune.ts`: grid search of the similarity's
 * parameters on MRPC's even-ID pairs only (the odd-ID pairs are never read
 * here). Prints the ten best settings by ROC AUC; the chosen one goes into
 * the defaults by hand.
 */
const { tune } = readMrpc(path.join(sharedEval("mrpc-train"), "msr_paraphrase_train.txt"));

interface Result {
  auc: number;
  setting: string;
}
const results: Result[] = [];
for (const rankScale of [30, 100, 300, 1000]) {
  const weighting = backgroundWeighting(rankScale);
  const pairs = tune.map((pair) => ({
    a: prepareSentence(pair.a, weighting),
    b: prepareSentence(pair.b, weighting),
    gold: pair.paraphrase,
  }));
  for (const vectorThreshold of [0.4, 0.5, 0.6, 0.7]) {
    for (const vectorCredit of [0.6, 0.8, 1]) {
      for (const wordnetScale of [0.8, 1, 1.1]) {
        for (const vectorSamePos of [true, false]) {
          const base = DEFAULT_SIMILARITY_OPTIONS;
          const options: SimilarityOptions = {
            ...base,
            vectorThreshold,
            vectorCredit,
            vectorSamePos,
            synonym: Math.min(1, 0.9 * wordnetScale),
            similar: Math.min(1, 0.75 * wordnetScale),
            broader: Math.min(1, 0.6 * wordnetScale),
            related: Math.min(1, 0.75 * wordnetScale),
          };
          const scored = pairs.map((pair) => ({
            score: compareSentences(pair.a, pair.b, options).score,
            gold: pair.gold,
          }));
          results.push({
            auc: auc(scored),
            setting: JSON.stringify({
              rankScale,
              vectorThreshold,
              vectorCredit,
              wordnetScale,
              vectorSamePos,
            }),
          });
        }
      }
    }
  }
  console.error(`rankScale ${rankScale} done`);
}
results.sort((x, y) => y.auc - x.auc);
for (const result of results.slice(0, 10)) {
  console.log(`${(100 * result.auc).toFixed(2)}  ${result.setting}`);
}
console.log("…");
for (const result of results.slice(-3)) {
  console.log(`${(100 * result.auc).toFixed(2)}  ${result.setting}`);
}
