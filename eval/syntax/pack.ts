import { FEATURE_VERSION } from "@/lib/analysis/syntax/training";
import { quantize, toBase64, type ModelFile } from "@/lib/analysis/syntax/training";
import type { Perceptron } from "./perceptron";

/**
 * Turn trained weights into the shipped model file: drop features updated
 * fewer than `minTouches` times and weights smaller than `minWeight` (most of
 * a perceptron's features are seen once and matter little), quantize the rest
 * to 8 or 16 bits, sort by key and encode (see `model.ts` for the layout).
 */

export interface PackOptions {
  minTouches: number;
  minWeight: number;
  bits: 8 | 16;
}

export const LICENSE_NOTE =
  "CC BY-SA 4.0. Derived from UD English EWT (Silveira et al. 2014; Universal Dependencies), " +
  "https://github.com/UniversalDependencies/UD_English-EWT, licensed CC BY-SA 4.0. " +
  "This model file may be shared and adapted under the same licence, with attribution.";

export function pack(
  model: Perceptron,
  labels: readonly string[],
  options: PackOptions,
  source: string,
): ModelFile {
  const kept: { key: number; classes: number[]; weights: number[] }[] = [];
  let maxAbs = 0;
  for (const [key, row] of model.averaged()) {
    if (row.touches < options.minTouches) continue;
    const classes: number[] = [];
    const weights: number[] = [];
    row.classes.forEach((cls, j) => {
      const weight = row.weights[j] as number;
      if (Math.abs(weight) < options.minWeight) return;
      classes.push(cls);
      weights.push(weight);
      maxAbs = Math.max(maxAbs, Math.abs(weight));
    });
    // Unsigned in the file, so the sorted gaps are all positive.
    if (classes.length > 0) kept.push({ key: key >>> 0, classes, weights });
  }
  kept.sort((a, b) => a.key - b.key);
  const scale = options.bits === 16 ? (maxAbs > 0 ? maxAbs / 32767 : 1) : Math.max(maxAbs, 1e-9);
  const keyBytes: number[] = [];
  const counts = new Uint8Array(kept.length);
  const entries = kept.reduce((sum, row) => sum + row.classes.length, 0);
  const classBytes = new Uint8Array(entries);
  const allWeights: number[] = [];
  let previous = 0;
  let at = 0;
  for (const [f, row] of kept.entries()) {
    let gap = row.key - previous;
    previous = row.key;
    while (gap >= 128) {
      keyBytes.push((gap % 128) | 128);
      gap = Math.floor(gap / 128);
    }
    keyBytes.push(gap);
    if (row.classes.length > 255) throw new Error("a feature has more than 255 classes");
    counts[f] = row.classes.length;
    row.classes.forEach((cls, j) => {
      classBytes[at] = cls;
      allWeights.push(row.weights[j] as number);
      at += 1;
    });
  }
  return {
    format: 1,
    license: LICENSE_NOTE,
    source,
    featureVersion: FEATURE_VERSION,
    labels: [...labels],
    bits: options.bits,
    scale,
    features: kept.length,
    keys: toBase64(Uint8Array.from(keyBytes)),
    counts: toBase64(counts),
    classes: toBase64(classBytes),
    weights: toBase64(quantize(allWeights, options.bits, scale)),
  };
}
