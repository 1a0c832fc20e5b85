import { describe, expect, it } from "vitest";
import { readText } from "@/lib/analysis/text";
import { applyClass, bestValidClass, onlyClass } from "./decode";
import { encodeSentence, type EncodedSentence } from "./encode";
import { extractFeatures, MAX_FEATURES } from "./features";
import { foldToTokens } from "./fold";
import { dequantize, fromBase64, loadModel, scoreFeatures, type ModelFile } from "./model";
import modelData from "./model-data.json";
import { parseTokens } from "./parse";
import { ParseState } from "./state";
import { toWords } from "./words";

/**
 * The runtime model packs the file's weights for speed (model.ts). This
 * checks that the packing changes nothing: a plain reference, built straight
 * from the file's lists (a Map from feature key to its (class, weight) pairs,
 * summed feature by feature in file order), must give the same scores, bit
 * for bit, and so the same parses, on sentences written for this test.
 */

const file = modelData as ModelFile;

function referenceTable(): Map<number, [number, number][]> {
  const keys = fromBase64(file.keys);
  const counts = fromBase64(file.counts);
  const classes = fromBase64(file.classes);
  const weights = dequantize(fromBase64(file.weights), classes.length, file.bits, file.scale);
  const table = new Map<number, [number, number][]>();
  let key = 0;
  let at = 0;
  let entry = 0;
  for (let f = 0; f < file.features; f += 1) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = keys[at++] as number;
      gap += (byte & 127) * 2 ** shift;
      shift += 7;
      if (byte < 128) break;
    }
    key += gap;
    const list: [number, number][] = [];
    for (let c = 0; c < (counts[f] as number); c += 1, entry += 1) {
      list.push([classes[entry] as number, weights[entry] as number]);
    }
    table.set(key | 0, list);
  }
  return table;
}

const reference = referenceTable();
const labels = file.labels.length;
const rootLabel = file.labels.indexOf("root");

function referenceScores(st: ParseState, sentence: EncodedSentence): Float64Array {
  const features = new Int32Array(MAX_FEATURES);
  const count = extractFeatures(st, sentence, features);
  const scores = new Float64Array(1 + 2 * labels);
  for (let i = 0; i < count; i += 1) {
    for (const [cls, weight] of reference.get(features[i] as number) ?? []) {
      scores[cls] = (scores[cls] as number) + weight;
    }
  }
  return scores;
}

/** Heads and labels by the reference scores, and every step's scores. */
function referenceParse(sentence: EncodedSentence) {
  const st = new ParseState(sentence.n, labels);
  const steps: Float64Array[] = [];
  while (!st.done) {
    const scores = referenceScores(st, sentence);
    steps.push(scores);
    applyClass(st, bestValidClass(scores, st, labels, rootLabel), labels);
  }
  return { heads: Array.from(st.heads.slice(0, sentence.n)), labels: st.labels, steps };
}

const SENTENCES = [
  "The mayor of Elsbridge blamed the council for the delays, aides said on Tuesday.",
  "Senator Ada Whitcombe, who chairs the panel, would not say whether she had read it.",
  "“We will not back down,” the union's leader told reporters outside the Tarvik plant.",
  "Officials said the bridge, closed since March, would reopen once inspectors had approved the repairs.",
  "Critics accused the ministry of hiding the report, which was leaked to a local paper last week.",
  "If the vote fails, the governor's plan to cut taxes could be delayed until next year.",
  "It's unclear whether they'll appeal.",
  "Prices rose 3.2% in May, the fastest pace since 2008, according to the statistics office.",
  "Neither the company nor its lawyers would say how much the settlement was worth.",
  "Protesters gathered in Corvin Square on Saturday, chanting and waving flags.",
  "The minister's remarks were a disaster, opposition leader Petra Lund wrote on Facebook.",
  "Storms",
];

describe("the packed model", () => {
  it("scores exactly as the file's own lists do, and so parses the same", () => {
    const model = loadModel(modelData);
    const features = new Int32Array(MAX_FEATURES);
    const scores = new Float64Array(model.classes);
    for (const text of SENTENCES) {
      for (const { tokens } of readText(text)) {
        const words = toWords(tokens);
        const sentence = encodeSentence(words);
        const expected = referenceParse(sentence);
        // Step by step along the reference's path: the same scores, bit for bit.
        const st = new ParseState(sentence.n, labels);
        for (const want of expected.steps) {
          const count = extractFeatures(st, sentence, features);
          scores.fill(0);
          scoreFeatures(model, features, count, scores);
          expect(Array.from(scores)).toEqual(Array.from(want));
          // Where decoding skips scoring, any scores would have chosen that class.
          const only = onlyClass(st, rootLabel);
          if (only >= 0) {
            const flipped = want.map((score) => -score);
            expect(bestValidClass(want, st, labels, rootLabel)).toBe(only);
            expect(bestValidClass(flipped, st, labels, rootLabel)).toBe(only);
          }
          applyClass(st, bestValidClass(scores, st, labels, rootLabel), labels);
        }
        // And the parser's public entry gives the reference's heads and relations.
        const wordHeads = expected.heads.map((head) => (head >= words.length ? -1 : head));
        const wordLabels = Array.from(expected.labels.slice(0, words.length), (l) => {
          return file.labels[l] ?? "dep";
        });
        expect(parseTokens(tokens, model)).toEqual(
          foldToTokens(tokens, words, wordHeads, wordLabels),
        );
      }
    }
  });
});
