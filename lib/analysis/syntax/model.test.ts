import { describe, expect, it } from "vitest";
import { FEATURE_VERSION } from "./features";
import {
  dequantize,
  fromBase64,
  loadModel,
  quantize,
  scoreFeatures,
  toBase64,
  type ModelFile,
} from "./model";

describe("model file encoding", () => {
  it("round-trips bytes through base64, whatever the length", () => {
    for (const length of [0, 1, 2, 3, 4, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(Uint8Array.from([77, 97, 110]))).toBe("TWFu");
  });

  it("rejects characters that are not base64", () => {
    expect(() => fromBase64("TW*u")).toThrow(/bad base64 character at 2/);
  });

  it("keeps 16-bit weights to within one step and 8-bit ones close near zero", () => {
    const weights = [0, 1, -1, 0.5, -40, 100];
    const wide = dequantize(quantize(weights, 16, 100 / 32767), weights.length, 16, 100 / 32767);
    wide.forEach((w, i) => expect(Math.abs(w - (weights[i] as number))).toBeLessThan(0.01));
    const narrow = dequantize(quantize(weights, 8, 100), weights.length, 8, 100);
    expect(narrow[0]).toBe(0);
    expect(narrow[5]).toBeCloseTo(100, 5);
    // Square-root steps: about 1.6 % of the scale apart at 1, so 1 stays within 0.1.
    expect(Math.abs((narrow[1] as number) - 1)).toBeLessThan(0.1);
    expect(Math.sign(narrow[4] as number)).toBe(-1);
  });

  it("names the field when a model file is malformed", () => {
    expect(() => loadModel({ format: 1 })).toThrow(/syntax model: license/);
    expect(() => loadModel(null)).toThrow(/syntax model/);
  });

  it("scores the stored weights, 8- or 16-bit, of the features it holds and nothing else", () => {
    for (const bits of [8, 16] as const) {
      const scale = bits === 16 ? 0.001 : 4;
      const weights = [1.5, -2, 0.25];
      const file: ModelFile = {
        format: 1,
        license: "test",
        source: "test",
        featureVersion: FEATURE_VERSION,
        labels: ["root"],
        bits,
        scale,
        features: 2,
        // Keys 5 and 300: gaps 5 and 295 (295 = 39 + 2 × 128, low 7 bits first).
        keys: toBase64(Uint8Array.from([5, 128 + 39, 2])),
        counts: toBase64(Uint8Array.from([2, 1])),
        classes: toBase64(Uint8Array.from([0, 2, 1])),
        weights: toBase64(quantize(weights, bits, scale)),
      };
      const stored = dequantize(quantize(weights, bits, scale), 3, bits, scale);
      const model = loadModel(file);
      const scores = new Float64Array(model.classes);
      scoreFeatures(model, Int32Array.from([5, 7, 300, 5]), 4, scores);
      expect(Array.from(scores)).toEqual([
        (stored[0] as number) * 2,
        stored[2] as number,
        (stored[1] as number) * 2,
      ]);
    }
  });
});
