import { describe, expect, it } from "vitest";
import { readText } from "@/lib/analysis/text";
import { applyClass, decodeByFloats } from "./decode";
import { encodeSentence, type EncodedSentence } from "./encode";
import { MAX_FEATURES } from "./features";
import {
  arcChildFeatures,
  arcChildKey,
  arcTagFeatures,
  arcTagKey,
  PAIR_KEY,
  stackTagFeatures,
  stackTagKey,
} from "./pair-features";
import { syntaxModel } from "./parse";
import { bufferTagFeatures, bufferTagKey } from "./split-features";
import {
  frontStateFeatures,
  secondStateFeatures,
  STATE_KEY,
  stateKey,
  topStateFeatures,
} from "./state-features";
import { classOf, LEFT, ParseState, SHIFT } from "./state";
import { toWords } from "./words";

/** Sentences written for this test: nouns with and without modifiers, nested clauses, a list. */
const TEXT = [
  "The old harbour crane, which the Veltmark council sold in May, was towed to a scrapyard near Ossby.",
  "A small bakery and a large bakery opened, and the small one closed before the large one did.",
  "Inspectors said the bridge that carries the northern road was safe, though its paint had faded.",
].join(" ");

describe("keys of cached rows", () => {
  it("are equal only where each state part gives the same features", () => {
    const model = syntaxModel();
    const labels = model.labels.length;
    const key = new Int32Array(STATE_KEY);
    const out = new Int32Array(MAX_FEATURES);
    const parts = [topStateFeatures, frontStateFeatures, secondStateFeatures];
    const seen = parts.map(() => new Map<string, string>());
    let repeats = 0;
    for (const { tokens } of readText(TEXT)) {
      const sentence = encodeSentence(toWords(tokens));
      const parse = decodeByFloats(model, sentence);
      const st = new ParseState(sentence.n, labels);
      while (!st.done) {
        for (let x = 0; x <= sentence.n + 1; x += 1) {
          expect(stateKey(st, sentence, x, key)).toBe(true);
          parts.forEach((part, i) => {
            const features = Array.from(out.subarray(0, part(st, sentence, x, out))).join();
            const known = seen[i]?.get(key.join());
            if (known !== undefined) repeats += 1;
            expect(known ?? features).toBe(features);
            seen[i]?.set(key.join(), features);
          });
        }
        applyClass(st, replayMove(st, parse.heads, parse.labels, labels), labels);
      }
    }
    expect(repeats).toBeGreaterThan(100);
  });

  it("of tag pairs and buffer tags are equal only where their features are", () => {
    const model = syntaxModel();
    const labels = model.labels.length;
    const key = new Int32Array(Math.max(PAIR_KEY, 1));
    const out = new Int32Array(MAX_FEATURES);
    type Part = [
      (st: ParseState, e: EncodedSentence, key: Int32Array) => boolean,
      (st: ParseState, e: EncodedSentence, out: Int32Array) => number,
    ];
    const parts: Part[] = [
      [arcTagKey, arcTagFeatures],
      [arcChildKey, arcChildFeatures],
      [stackTagKey, stackTagFeatures],
      [(st, e, k) => bufferTagKey(e, st.b, k), (st, e, o) => bufferTagFeatures(e, st.b, o)],
    ];
    const seen = parts.map(() => new Map<string, string>());
    let repeats = 0;
    for (const { tokens } of readText(TEXT)) {
      const sentence = encodeSentence(toWords(tokens));
      const parse = decodeByFloats(model, sentence);
      const st = new ParseState(sentence.n, labels);
      while (!st.done) {
        parts.forEach(([keyOf, part], i) => {
          key.fill(0);
          expect(keyOf(st, sentence, key)).toBe(true);
          const features = Array.from(out.subarray(0, part(st, sentence, out))).join();
          const known = seen[i]?.get(key.join());
          if (known !== undefined) repeats += 1;
          expect(known ?? features).toBe(features);
          seen[i]?.set(key.join(), features);
        });
        applyClass(st, replayMove(st, parse.heads, parse.labels, labels), labels);
      }
    }
    expect(repeats).toBeGreaterThan(50);
  });

  it("differ where a word's children differ in label alone", () => {
    const model = syntaxModel();
    const labels = model.labels.length;
    const sentence = encodeSentence(toWords(readText("Rain fell.")[0]?.tokens ?? []));
    const [a, b] = [0, 1].map((label) => {
      const st = new ParseState(sentence.n, labels);
      applyClass(st, classOf(SHIFT, -1, labels), labels);
      applyClass(st, classOf(LEFT, label, labels), labels);
      const key = new Int32Array(STATE_KEY);
      stateKey(st, sentence, 1, key);
      return Array.from(key);
    });
    expect(a).not.toEqual(b);
  });
});

/** The move that rebuilds a parse the decoder made (arc-hybrid static oracle). */
function replayMove(st: ParseState, heads: Int32Array, rels: Int32Array, labels: number): number {
  const s0 = st.sp > 0 ? (st.stack[st.sp - 1] as number) : -1;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const pending = (word: number) => {
    for (let i = st.b; i < st.n; i += 1) if (heads[i] === word) return true;
    return false;
  };
  if (s0 >= 0 && heads[s0] === st.b && (st.b < st.n || st.sp === 1)) return 1 + (rels[s0] ?? 0);
  if (s0 >= 0 && s1 >= 0 && heads[s0] === s1 && !pending(s0)) return 1 + labels + (rels[s0] ?? 0);
  if (st.b < st.n) return 0;
  return 1 + labels + (rels[s0] ?? 0);
}
