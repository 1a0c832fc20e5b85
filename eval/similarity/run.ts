import path from "node:path";
import { z } from "zod";
import { parseArgs } from "@/lib/cli/args";
import { sharedEval } from "../lexicon/shared-eval";
import { auc, bestF1, type Prf, prfAt, type Scored, thresholdForPrecision } from "./metrics";

/**
 * `npm run eval-similarity [-- --report] [--mrpc <file>]`: what each signal of
 * the sentence similarity adds, on MRPC train. Thresholds are chosen on the
 * even-ID pairs (tune); `--report` also scores the odd-ID pairs with those
 * thresholds — run it once, at the end, not in a tuning loop.
 * Also prints the load time of the lexicon tables (import and first decode).
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    report: z.boolean().default(false),
    mrpc: z.string().min(1).optional(),
    _: z.array(z.string()).max(0, "takes no positional arguments"),
  }),
  ["report"],
);

const loadStart = performance.now();
const semantics = await import("@/lib/analysis/semantics");
const imported = performance.now();
semantics.warmLexicon();
const loaded = performance.now();
console.log(
  `lexicon load: import ${(imported - loadStart).toFixed(0)} ms, decode ${(loaded - imported).toFixed(0)} ms`,
);

const { readMrpc } = await import("./mrpc");
const file = args.mrpc
  ? path.resolve(args.mrpc)
  : path.join(sharedEval("mrpc-train"), "msr_paraphrase_train.txt");
const { tune, report } = readMrpc(file);
console.log(
  `MRPC train: ${tune.length} tune pairs (even IDs), ${report.length} report pairs (odd IDs)`,
);

const { DEFAULT_SIMILARITY_OPTIONS: base } = semantics;
const configurations: [string, Partial<typeof base>][] = [
  ["lexical only", { wordnet: false, vectors: false }],
  ["lexical + WordNet", { wordnet: true, vectors: false }],
  ["lexical + vectors", { wordnet: false, vectors: true }],
  ["combined", {}],
  ["combined, no conflict checks", { conflictFactor: 1, namesOnlyFactor: 1 }],
];

type Pairs = typeof tune;
function score(pairs: Pairs, options: typeof base): Scored[] {
  return pairs.map((pair) => ({
    score: semantics.sentenceSimilarity(pair.a, pair.b, undefined, options).score,
    gold: pair.paraphrase,
  }));
}

/** Reference: cosine of the weighted mean vectors of the two sentences' content words. */
function meanVectorScores(pairs: Pairs): Scored[] {
  return pairs.map((pair) => ({
    score: semantics.meanVectorCosine(pair.a, pair.b),
    gold: pair.paraphrase,
  }));
}

const pct = (value: number) => `${(100 * value).toFixed(1)}`;
const prf = (p: Prf) => `P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}`;
const rows: [string, () => Scored[], () => Scored[]][] = [
  ["mean word vector (reference)", () => meanVectorScores(tune), () => meanVectorScores(report)],
  ...configurations.map(([name, change]): [string, () => Scored[], () => Scored[]] => {
    const options = { ...base, ...change };
    return [name, () => score(tune, options), () => score(report, options)];
  }),
];

// Speed with the default options: preparing a sentence, then comparing prepared pairs with the
// word-pair cache cold (first pass) and warm (second pass), in CPU time.
{
  const cpu = () => process.cpuUsage().user;
  let at = cpu();
  const prepared = tune.map((pair) => [
    semantics.prepareSentence(pair.a),
    semantics.prepareSentence(pair.b),
  ]);
  const prepare = (cpu() - at) / (2 * tune.length);
  const passes: number[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    at = cpu();
    for (const [a, b] of prepared) if (a && b) semantics.compareSentences(a, b);
    passes.push((cpu() - at) / tune.length);
  }
  console.log(
    `speed: prepare ${prepare.toFixed(0)} µs a sentence; compare ${passes[0]?.toFixed(0)} µs a pair cold, ` +
      `${passes[1]?.toFixed(0)} µs warm`,
  );
}

const positives = (pairs: Pairs) => pairs.filter((pair) => pair.paraphrase).length / pairs.length;
console.log(
  `paraphrase share: tune ${pct(positives(tune))} %, report ${pct(positives(report))} %` +
    " (a classifier saying 'paraphrase' always has that precision)\n",
);
for (const [name, scoreTune, scoreReport] of rows) {
  const tuned = scoreTune();
  const best = bestF1(tuned);
  const precise = thresholdForPrecision(tuned, 0.85);
  console.log(name);
  console.log(
    `  tune   AUC ${pct(auc(tuned))}  best-F1 @${best.threshold.toFixed(3)}: ${prf(best)}` +
      `  |  P≥85 @${precise.threshold.toFixed(3)}: ${prf(precise)}`,
  );
  if (args.report) {
    const reported = scoreReport();
    console.log(
      `  report AUC ${pct(auc(reported))}  @${best.threshold.toFixed(3)}: ${prf(prfAt(reported, best.threshold))}` +
        `  |  @${precise.threshold.toFixed(3)}: ${prf(prfAt(reported, precise.threshold))}`,
    );
  }
}
