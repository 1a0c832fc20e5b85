import { z } from "zod";
import { FEATURE_VERSION } from "./features";

/**
 * The trained weights, as the parser reads them: a hash table from feature
 * to a short list of (class, weight) pairs.
 *
 * On disk (`model-data.json`) the feature keys are sorted and stored as
 * varint gaps, the per-feature entry counts, classes and weights as
 * plain bytes, each base64-encoded: a compact file that needs no file system
 * and decodes in a few milliseconds.
 */

export const modelFileSchema = z.strictObject({
  format: z.literal(1),
  license: z.string().min(1),
  source: z.string().min(1),
  featureVersion: z.string().min(1),
  labels: z.array(z.string().min(1)).min(1).max(127),
  /** 16: linear steps of `scale`; 8: square-root steps up to `scale` (fine near 0, coarse where weights are large). */
  bits: z.union([z.literal(8), z.literal(16)]),
  scale: z.number().positive(),
  features: z.number().int().nonnegative(),
  keys: z.string(),
  counts: z.string(),
  classes: z.string(),
  weights: z.string(),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

/**
 * The runtime layout, chosen so that scoring one feature touches as little
 * memory as it can (scoring is nearly all of the parser's time): a slot holds
 * the key and, beside it, where the feature's entries start and how many there
 * are, so a probe and its answer share a cache line; an entry is one Int32,
 * its class and its stored weight step together, and the step's value comes
 * from a table of 2^bits numbers that stays in the fastest cache. Sums are
 * made in the same order as from the file's own lists, so scores, and parses,
 * are exactly those of the file.
 */
export interface Model {
  labels: readonly string[];
  featureVersion: string;
  /** Number of classes: SHIFT, then LEFT and RIGHT for each label. */
  classes: number;
  /** Features in the model (for reports). */
  features: number;
  /** Open addressing, two Int32s a slot: the feature key (0 = empty), then its entries' start × 256 + count. */
  slots: Int32Array;
  /** Slot pairs − 1: `key & mask` picks a feature's first slot pair. */
  mask: number;
  /** Each entry: its class × 2^bits + its stored weight (the raw 8- or 16-bit step, unsigned). */
  entries: Int32Array;
  bits: 8 | 16;
  /** The weight of each raw step (`dequantize` of every possible value). */
  steps: Float64Array;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i += 1) B64_VALUE[B64.charCodeAt(i)] = i;

/** Decode base64 (no Buffer or atob, so it runs the same everywhere). */
export function fromBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length -= 1;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < length; i += 1) {
    const value = B64_VALUE[text.charCodeAt(i) & 127] ?? -1;
    if (value < 0) throw new Error(`syntax model: bad base64 character at ${i}`);
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >>> 18) & 63];
    out += B64[(n >>> 12) & 63];
    out += b === undefined ? "=" : B64[(n >>> 6) & 63];
    out += c === undefined ? "=" : B64[n & 63];
  }
  return out;
}

/** Build the runtime model from its file; throws a message naming the field that is wrong. */
export function loadModel(data: unknown): Model {
  const parsed = modelFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `syntax model: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const file = parsed.data;
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `syntax model: made for features "${file.featureVersion}", the code has "${FEATURE_VERSION}" (npm run train-parser)`,
    );
  }
  const n = file.features;
  const keyBytes = fromBase64(file.keys);
  const counts = fromBase64(file.counts);
  const classes = fromBase64(file.classes);
  const weightBytes = fromBase64(file.weights);
  if (counts.length !== n) throw new Error("syntax model: counts do not match features");
  let entryCount = 0;
  for (let f = 0; f < n; f += 1) entryCount += counts[f] as number;
  if (classes.length !== entryCount || weightBytes.length !== (entryCount * file.bits) / 8) {
    throw new Error("syntax model: entries do not match counts");
  }
  if (entryCount * 256 > 2 ** 31 - 1) throw new Error("syntax model: too many entries");
  const classCount = 1 + 2 * file.labels.length;
  const raw = rawSteps(weightBytes, entryCount, file.bits);
  const entries = new Int32Array(entryCount);
  const unit = 2 ** file.bits;
  for (let e = 0; e < entryCount; e += 1) {
    const cls = classes[e] as number;
    if (cls >= classCount) throw new Error("syntax model: classes: no such class");
    entries[e] = cls * unit + (raw[e] as number);
  }
  let size = 1;
  while (size < n * 2) size <<= 1;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  let key = 0;
  let at = 0;
  let start = 0;
  for (let f = 0; f < n; f += 1) {
    // Keys are ascending; each is stored as its gap from the previous one, 7 bits a byte.
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = keyBytes[at++];
      if (byte === undefined) throw new Error("syntax model: keys end early");
      gap += (byte & 127) * 2 ** shift;
      shift += 7;
      if (byte < 128) break;
    }
    key += gap;
    // Stored unsigned in the file, signed in memory (as features produce them).
    const signed = key | 0;
    let slot = hashSlot(signed, mask);
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = signed;
    slots[slot * 2 + 1] = start * 256 + (counts[f] as number);
    start += counts[f] as number;
  }
  // Every value a raw step can take, weighed as `dequantize` weighs it.
  const levels = 2 ** file.bits;
  const all = new Uint8Array((levels * file.bits) / 8);
  const view = new DataView(all.buffer);
  for (let v = 0; v < levels; v += 1) {
    if (file.bits === 16) view.setUint16(v * 2, v, true);
    else all[v] = v;
  }
  return {
    labels: file.labels,
    featureVersion: file.featureVersion,
    classes: classCount,
    features: n,
    slots,
    mask,
    entries,
    bits: file.bits,
    steps: dequantize(all, levels, file.bits, file.scale),
  };
}

/** The raw (unsigned) step of each entry, as stored: one byte, or two little-endian. */
function rawSteps(bytes: Uint8Array, entries: number, bits: 8 | 16): Uint16Array | Uint8Array {
  if (bits === 8) return bytes;
  const out = new Uint16Array(entries);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let e = 0; e < entries; e += 1) out[e] = view.getUint16(e * 2, true);
  return out;
}

/** Weights from their stored bytes (see `bits` in the schema). */
export function dequantize(bytes: Uint8Array, entries: number, bits: 8 | 16, scale: number) {
  const out = new Float64Array(entries);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < entries; i += 1) {
    if (bits === 16) out[i] = view.getInt16(i * 2, true) * scale;
    else {
      const q = view.getInt8(i) / 127;
      out[i] = Math.sign(q) * q * q * scale;
    }
  }
  return out;
}

/** Bytes for weights (the inverse of `dequantize`). */
export function quantize(weights: readonly number[], bits: 8 | 16, scale: number): Uint8Array {
  const out = new Uint8Array((weights.length * bits) / 8);
  const view = new DataView(out.buffer);
  weights.forEach((weight, i) => {
    if (bits === 16) view.setInt16(i * 2, Math.round(weight / scale), true);
    else {
      const q = Math.round(Math.sqrt(Math.min(1, Math.abs(weight) / scale)) * 127);
      view.setInt8(i, weight < 0 ? -q : q);
    }
  });
  return out;
}

/** Keys are already well-mixed hashes, so their low bits pick the slot. */
export function hashSlot(key: number, mask: number): number {
  return key & mask;
}

/** Add the weights of `count` features to `scores` (which the caller zeroes). */
export function scoreFeatures(
  model: Model,
  features: Int32Array,
  count: number,
  scores: Float64Array,
): void {
  const { slots, mask, entries, steps } = model;
  const bits = model.bits;
  const low = 2 ** bits - 1;
  for (let i = 0; i < count; i += 1) {
    const where = entriesOf(slots, mask, features[i] as number);
    const from = where >>> 8;
    const end = where < 0 ? from : from + (where & 255);
    for (let e = from; e < end; e += 1) {
      const entry = entries[e] as number;
      const cls = entry >>> bits;
      scores[cls] = (scores[cls] as number) + (steps[entry & low] as number);
    }
  }
}

/**
 * Where a feature's entries are (start × 256 + count), or -1 when the model does not know it: one
 * probe of the open-addressed slot table, shared by the float and the integer scorers.
 */
export function entriesOf(slots: Int32Array, mask: number, key: number): number {
  let slot = hashSlot(key, mask);
  for (;;) {
    const stored = slots[slot * 2] as number;
    if (stored === 0) return -1;
    if (stored === key) return slots[slot * 2 + 1] as number;
    slot = (slot + 1) & mask;
  }
}
