import { describe, expect, it } from "vitest";
import { dequantize, fromBase64, loadModel, quantize, toBase64 } from "./model";

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
});
