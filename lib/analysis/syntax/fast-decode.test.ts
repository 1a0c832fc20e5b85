import { describe, expect, it } from "vitest";
import { readText } from "@/lib/analysis/text";
import { applyClass, decodeByFloats } from "./decode";
import { encodeSentence, type EncodedSentence } from "./encode";
import { decode } from "./fast-decode";
import { extractFeatures, f1, FEATURE_VERSION, MAX_FEATURES } from "./features";
import { loadModel, quantize, toBase64, type ModelFile } from "./model";
import { arcChildFeatures, arcTagFeatures, stackTagFeatures } from "./pair-features";
import { syntaxModel } from "./parse";
import {
  bufferTagFeatures,
  bufferWordFeatures,
  secondFeatures,
  stepFeatures,
  topFeatures,
} from "./split-features";
import { frontStateFeatures, secondStateFeatures, topStateFeatures } from "./state-features";
import { ParseState } from "./state";
import { toWords } from "./words";

/** Sentences written for this test: quotes, clauses, a name with a relative clause, one word. */
const TEXT = [
  "Councillor Mira Osterhaus, who leads the transport panel, said the Harwick tunnel would stay shut.",
  "“Nobody told us anything,” a shop owner on Fenn Street said, adding that sales had fallen by 40%.",
  "The agency did not say whether the fine, which it called final, would be appealed before June.",
  "Ministers blamed the storm for the outage; engineers blamed the ministers.",
  "Quiet.",
].join(" ");

const sentences = (): EncodedSentence[] =>
  readText(TEXT).map(({ tokens }) => encodeSentence(toWords(tokens)));

describe("split features", () => {
  it("give exactly the features extractFeatures gives, in every configuration of a parse", () => {
    const model = syntaxModel();
    const labels = model.labels.length;
    const whole = new Int32Array(MAX_FEATURES);
    const part = new Int32Array(MAX_FEATURES);
    let configurations = 0;
    for (const sentence of sentences()) {
      const parse = decodeByFloats(model, sentence);
      // Replay the parse's moves (a static oracle on its own tree) and compare at each step.
      const st = new ParseState(sentence.n, labels);
      while (!st.done) {
        const count = extractFeatures(st, sentence, whole);
        const none = sentence.n + 1;
        const s0 = st.sp > 0 ? (st.stack[st.sp - 1] as number) : none;
        const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : none;
        const b0 = st.b <= sentence.n ? st.b : none;
        const got: number[] = [];
        for (const fill of [
          (out: Int32Array) => bufferWordFeatures(sentence, st.b, out),
          (out: Int32Array) => bufferTagFeatures(sentence, st.b, out),
          (out: Int32Array) => topFeatures(sentence, s0, out),
          (out: Int32Array) => secondFeatures(sentence, s1, out),
          (out: Int32Array) => topStateFeatures(st, sentence, s0, out),
          (out: Int32Array) => frontStateFeatures(st, sentence, b0, out),
          (out: Int32Array) => secondStateFeatures(st, sentence, s1, out),
          (out: Int32Array) => arcTagFeatures(st, sentence, out),
          (out: Int32Array) => arcChildFeatures(st, sentence, out),
          (out: Int32Array) => stackTagFeatures(st, sentence, out),
          (out: Int32Array) => stepFeatures(st, sentence, out),
        ]) {
          got.push(...Array.from(part.subarray(0, fill(part))));
        }
        expect(got.sort((a, b) => a - b)).toEqual(
          Array.from(whole.subarray(0, count)).sort((a, b) => a - b),
        );
        configurations += 1;
        applyClass(st, nextMove(st, parse.heads, parse.labels, labels), labels);
      }
    }
    expect(configurations).toBeGreaterThan(100);
  });
});

/** The move that rebuilds a known projective tree (arc-hybrid static oracle). */
function nextMove(st: ParseState, heads: Int32Array, rels: Int32Array, labels: number): number {
  const s0 = st.sp > 0 ? (st.stack[st.sp - 1] as number) : -1;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const hasPendingChild = (word: number) => {
    for (let i = st.b; i < st.n; i += 1) if (heads[i] === word) return true;
    return false;
  };
  if (s0 >= 0 && heads[s0] === st.b && (st.b < st.n || st.sp === 1)) return 1 + (rels[s0] ?? 0);
  if (s0 >= 0 && s1 >= 0 && heads[s0] === s1 && !hasPendingChild(s0)) {
    return 1 + labels + (rels[s0] ?? 0);
  }
  if (st.b < st.n) return 0;
  return 1 + labels + (rels[s0] ?? 0);
}

describe("the fast decoder", () => {
  it("parses exactly as float scores summed feature by feature do", () => {
    const model = syntaxModel();
    for (const sentence of sentences()) {
      expect(decode(model, sentence)).toEqual(decodeByFloats(model, sentence));
    }
  });

  it("falls back to float scores where integer scores tie, and agrees with them", () => {
    // Only the bias feature, with the same weight on every class: every step is a tie.
    for (const bits of [8, 16] as const) {
      const scale = bits === 16 ? 0.001 : 4;
      const labels = ["nsubj", "root", "obj"];
      const classes = 1 + 2 * labels.length;
      const key = f1(0, 0) >>> 0;
      const keyBytes: number[] = [];
      for (let rest = key; ; rest = Math.floor(rest / 128)) {
        if (rest < 128) {
          keyBytes.push(rest);
          break;
        }
        keyBytes.push(128 + (rest % 128));
      }
      const file: ModelFile = {
        format: 1,
        license: "test",
        source: "test",
        featureVersion: FEATURE_VERSION,
        labels,
        bits,
        scale,
        features: 1,
        keys: toBase64(Uint8Array.from(keyBytes)),
        counts: toBase64(Uint8Array.from([classes])),
        classes: toBase64(Uint8Array.from({ length: classes }, (_, c) => c)),
        weights: toBase64(quantize(new Array<number>(classes).fill(1), bits, scale)),
      };
      const model = loadModel(file);
      for (const sentence of sentences()) {
        expect(decode(model, sentence)).toEqual(decodeByFloats(model, sentence));
      }
    }
  });
});
