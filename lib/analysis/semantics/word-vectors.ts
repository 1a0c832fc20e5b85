import { z } from "zod";
import data from "./data/word-vectors.json";

/**
 * The shipped word vectors (see data/README.md): a frequency-ordered
 * vocabulary of news words with centred, unit-length 100-dimensional vectors
 * stored as bytes. Decoded once, on first use; kept as bytes, since a cosine
 * over bytes with the squared scales costs no more than over floats and the
 * table stays a tenth of the size it would be as floats.
 */
const schema = z.object({
  dimensions: z.number().int().positive(),
  words: z.string().min(1),
  scales: z.array(z.number()),
  vectors: z.string().min(1),
});

export interface WordVectors {
  /** Vocabulary in frequency order: a word's index is its frequency rank. */
  words: readonly string[];
  index: ReadonlyMap<string, number>;
  dimensions: number;
  /** Row-major bytes; value = byte × scale of its dimension; rows are unit length up to quantization. */
  bytes: Int8Array;
  /** Squared scale of each dimension: a dot product of two rows is Σ byteA × byteB × scale². */
  squaredScales: Float64Array;
}

let table: WordVectors | undefined;

function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  // charCodeAt gives 0–255; the Int8Array stores it as the signed byte it was.
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function wordVectors(): WordVectors {
  if (table) return table;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error("semantics/data/word-vectors.json: malformed table");
  const { dimensions, scales, vectors } = parsed.data;
  const words = parsed.data.words.split(" ");
  const bytes = decodeBase64(vectors);
  if (bytes.length !== words.length * dimensions || scales.length !== dimensions) {
    throw new Error("semantics/data/word-vectors.json: sizes do not agree");
  }
  const squaredScales = Float64Array.from(scales, (scale) => scale * scale);
  table = {
    words,
    index: new Map(words.map((word, i) => [word, i])),
    dimensions,
    bytes,
    squaredScales,
  };
  return table;
}

/** Cosine of two vocabulary rows (rows are unit length, so their dot product). */
export function cosine(a: number, b: number): number {
  const { bytes, squaredScales, dimensions } = wordVectors();
  let dot = 0;
  const offsetA = a * dimensions;
  const offsetB = b * dimensions;
  for (let d = 0; d < dimensions; d += 1) {
    dot += (bytes[offsetA + d] ?? 0) * (bytes[offsetB + d] ?? 0) * (squaredScales[d] ?? 0);
  }
  return dot;
}
