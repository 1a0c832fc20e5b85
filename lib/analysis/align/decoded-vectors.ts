/** Word vectors decoded to floats for the story lexicon (story-words.ts): one row at a time, or kept for the process. */
import { wordVectors } from "../semantics";

/**
 * One vector decoded into `rows` at row `at` (its bytes times the scales of the dimensions, as
 * floats) and its sign bits into `signs`, 32 to a number.
 */
export function decodeRow(
  bytes: Int8Array,
  scales: Float64Array,
  vector: number,
  rows: Float32Array,
  at: number,
  signs: Int32Array,
): void {
  const dimensions = scales.length;
  const signWords = Math.ceil(dimensions / 32);
  const from = vector * dimensions;
  for (let d = 0; d < dimensions; d += 1) {
    rows[at * dimensions + d] = (bytes[from + d] ?? 0) * (scales[d] ?? 0);
    if ((rows[at * dimensions + d] ?? 0) > 0) {
      const k = at * signWords + (d >> 5);
      signs[k] = (signs[k] ?? 0) | (1 << (d & 31));
    }
  }
}

/**
 * Every vector decoded as `seal` decodes it, filled as words ask for it and kept for the process
 * (at most the table's size as floats, some 17 MB): used only while analyses keep their work (an
 * ArticleCache), where the same story's words are decoded again at each article added.
 */
let decodedTable: {
  fill: (vector: number) => void;
  row: (vector: number) => Float32Array;
  signs: (vector: number) => Int32Array;
} | null = null;

export function decodedVectors(): NonNullable<typeof decodedTable> {
  if (decodedTable) return decodedTable;
  const table = wordVectors();
  const dimensions = table.dimensions;
  const scales = Float64Array.from(table.squaredScales, Math.sqrt);
  const count = table.words.length;
  const signWords = Math.ceil(dimensions / 32);
  const rows = new Float32Array(count * dimensions);
  const signs = new Int32Array(count * signWords);
  const done = new Uint8Array(count);
  decodedTable = {
    fill: (vector) => {
      if (done[vector] === 1) return;
      done[vector] = 1;
      decodeRow(table.bytes, scales, vector, rows, vector, signs);
    },
    row: (vector) => rows.subarray(vector * dimensions, (vector + 1) * dimensions),
    signs: (vector) => signs.subarray(vector * signWords, (vector + 1) * signWords),
  };
  return decodedTable;
}
