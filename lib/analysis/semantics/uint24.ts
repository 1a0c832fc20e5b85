/**
 * Lists of non-negative integers below 2^24, stored as base64 of 3 bytes
 * each (big-endian): a compact, fast-to-decode form for the WordNet table.
 */
export function decodeUint24(base64: string): Uint32Array {
  const binary = atob(base64);
  const out = new Uint32Array(Math.floor(binary.length / 3));
  for (let i = 0, at = 0; i < out.length; i += 1, at += 3) {
    out[i] =
      (binary.charCodeAt(at) << 16) | (binary.charCodeAt(at + 1) << 8) | binary.charCodeAt(at + 2);
  }
  return out;
}

/** Inverse of `decodeUint24` (used by the derivation, and by tests). */
export function encodeUint24(values: readonly number[]): string {
  let binary = "";
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value >= 1 << 24) {
      throw new Error(`encodeUint24: ${value} is not an integer in [0, 2^24)`);
    }
    binary += String.fromCharCode((value >> 16) & 255, (value >> 8) & 255, value & 255);
  }
  return btoa(binary);
}

/**
 * Compressed-row lists: for each key below `size`, the values paired with it,
 * as `values[offsets[key] .. offsets[key + 1])`.
 */
export interface Rows {
  offsets: Uint32Array;
  values: Uint32Array;
}

export function rowsOf(size: number, keys: ArrayLike<number>, values: ArrayLike<number>): Rows {
  const offsets = new Uint32Array(size + 1);
  for (let i = 0; i < keys.length; i += 1) {
    const at = (keys[i] ?? 0) + 1;
    offsets[at] = (offsets[at] ?? 0) + 1;
  }
  for (let k = 0; k < size; k += 1) offsets[k + 1] = (offsets[k + 1] ?? 0) + (offsets[k] ?? 0);
  const fill = offsets.slice(0, size);
  const out = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? 0;
    out[fill[key] ?? 0] = values[i] ?? 0;
    fill[key] = (fill[key] ?? 0) + 1;
  }
  return { offsets, values: out };
}

export function row(rows: Rows, key: number): Uint32Array {
  return rows.values.subarray(rows.offsets[key] ?? 0, rows.offsets[key + 1] ?? 0);
}
