import {
  type ContentWord,
  isDemonym,
  type MatchKind,
  type MatchOptions,
  wordnetNeighbours,
  wordnetRelation,
  wordVectors,
  wordOf,
} from "../semantics";
import { keepingSentenceWork } from "../sentence-work";
import { decodedVectors, decodeRow } from "./decoded-vectors";
import { PairTable } from "./pair-table";

/**
 * A story's vocabulary as words the lexicons know, and how any two of them
 * match: the same word, a WordNet relation (worked out once for the whole
 * vocabulary, see `wordnetNeighbours`), or close word vectors (worked out
 * when first asked, then remembered). The rules are those of
 * `matchWords` in lib/analysis/semantics; only the bookkeeping differs, so
 * that a story of a thousand articles does not ask WordNet pair by pair.
 */

export const KINDS: readonly (MatchKind | "none")[] = [
  "none",
  "shared",
  "synonym",
  "similar",
  "broader",
  "related",
  "vector",
  "alias",
];
const KIND_INDEX = new Map(KINDS.map((kind, i) => [kind, i]));

/** A match as one number: kind index × 2 + similarity (0 ≤ similarity ≤ 1); 0 is no match. */
export function code(kind: MatchKind, similarity: number): number {
  return 2 * (KIND_INDEX.get(kind) ?? 0) + similarity;
}
export const SHARED = code("shared", 1);
export const kindOf = (match: number) => KINDS[Math.floor(match / 2)] ?? "none";
export const similarityOf = (match: number) => match - 2 * Math.floor(match / 2);

/** The POS class under which a term is one word: names, numbers, nouns, verbs, modifiers. */
export function posClass(pos: string, name: boolean): string {
  if (name) return "PROPN";
  if (pos === "NUM" || pos === "PROPN") return pos;
  if (pos === "VERB" || pos === "AUX") return "VERB";
  if (pos === "ADJ" || pos === "ADV") return pos;
  return "NOUN";
}

/** Vectors compare words of one kind: nouns with nouns, verbs with verbs, modifiers with modifiers. */
const vectorClass = (pos: string) => (pos === "ADV" ? "ADJ" : pos);

export class StoryWords {
  readonly words: ContentWord[] = [];
  /** Each word's value and POS class, which make it what it is: a key that holds across stories. */
  readonly keys: string[] = [];
  /** Word ids by value, then by POS class. */
  private readonly idOf = new Map<string, Partial<Record<string, number>>>();
  /** WordNet, demonym and same-key matches, both ways, from `seal`; vector matches once found. */
  private known = new PairTable(16);
  private eligible: Uint8Array = new Uint8Array();
  /** 1 for words with at least one entry in `known` (set by `remember`). */
  private listed: Uint8Array = new Uint8Array();
  /**
   * For each word, a filter of its partners in `known`: bit y mod 128 of its four numbers is set
   * when some partner y' has y' ≡ y (mod 128). Nearly every pair asked of `known` is not there;
   * the filter, a small table, turns most of them away without probing `known`, a large one.
   */
  private partners: Int32Array = new Int32Array();
  /** Each word's class for vectors (see `vectorClass`), numbered. */
  private vectorClassOf: Int32Array = new Int32Array();
  /** 1 for words that can match a word other than themselves (a WordNet neighbour or a vector). */
  soft: Uint8Array = new Uint8Array();
  /** The vectors of the words that may match by vector, as floats, one row per word (see `row`). */
  private vectorRows = new Float32Array();
  private row = new Int32Array();
  private dimensions = 0;
  /** Sign bits of each row's vector, 32 per number: their Hamming distance tells the angle roughly. */
  private signs = new Int32Array();
  private signWords = 0;
  /** Rows further apart than this many differing signs cannot reach the vector threshold. */
  private maxSignDistance = 0;

  constructor(private readonly options: MatchOptions) {}

  /** Word ids by value, then by the part of speech `add` was given: most terms repeat. */
  private readonly added = new Map<string, Partial<Record<string, number>>>();

  /** The word id of a term (its value and part of speech), added when new. */
  add(value: string, pos: string): number {
    let byPos = this.added.get(value);
    if (!byPos) this.added.set(value, (byPos = {}));
    const known = byPos[pos];
    if (known !== undefined) return known;
    const id = this.addNew(value, pos);
    byPos[pos] = id;
    return id;
  }

  private addNew(value: string, pos: string): number {
    const name = pos === "PROPN" || /^\p{N}/u.test(value);
    const cls = posClass(pos, name && pos !== "NUM");
    let classes = this.idOf.get(value);
    if (!classes) this.idOf.set(value, (classes = {}));
    let id = classes[cls];
    if (id === undefined) {
      id = this.words.length;
      classes[cls] = id;
      this.words.push(wordOf(value, cls));
      this.keys.push(`${value}\u0001${cls}`);
    }
    return id;
  }

  /** Work out the vocabulary's WordNet relations; call once all words are added. */
  seal(): void {
    const { options, words } = this;
    const relations = wordnetNeighbours(words);
    // Sized once for what will go in (two entries per relation, some room for vector matches).
    const expected = relations.reduce((sum, related) => sum + related.size, 0);
    this.known = new PairTable(expected + words.length);
    const neighbours = new Uint8Array(words.length);
    this.listed = new Uint8Array(words.length);
    this.partners = new Int32Array(4 * words.length);
    const note = (x: number, y: number, value: number) => {
      this.remember(x, y, value);
      neighbours[x] = 1;
      neighbours[y] = 1;
    };
    const byKey = new Map<string, number[]>();
    words.forEach((word, id) => byKey.set(word.key, [...(byKey.get(word.key) ?? []), id]));
    relations.forEach((related, x) => {
      if (!options.wordnet) return;
      for (const [y, relation] of related) {
        if (words[x]?.name || words[y]?.name) continue;
        if (relation === "opposite" || relation === "sibling") continue;
        note(x, y, code(relation, options[relation]));
      }
    });
    for (const ids of byKey.values()) {
      for (const x of ids) for (const y of ids) if (x !== y) note(x, y, SHARED);
    }
    // A place and its people ("Iraq" / "Iraqi"): keys that extend another key by a demonym ending.
    for (const [key, ids] of byKey) {
      for (const ending of ["i", "n", "an", "ian", "ese", "ish"]) {
        for (const y of byKey.get(key + ending) ?? []) {
          if (!isDemonym(key, words[y]?.key ?? "")) continue;
          for (const x of ids) note(x, y, code("related", options.related));
        }
      }
    }
    // Each word's vector class as a small number (equal numbers, equal classes), read per pair.
    const classIds = new Map<string, number>();
    this.vectorClassOf = Int32Array.from(words, (word) => {
      const cls = vectorClass(word.pos);
      let id = classIds.get(cls);
      if (id === undefined) classIds.set(cls, (id = classIds.size));
      return id;
    });
    this.eligible = Uint8Array.from(words, (word) =>
      options.vectors &&
      !word.name &&
      word.vector !== undefined &&
      word.vector >= options.vectorMinRank
        ? 1
        : 0,
    );
    // The eligible words' vectors, decoded once into one contiguous table: a cosine is then one tight loop.
    const table = wordVectors();
    const dimensions = table.dimensions;
    const scales = Float64Array.from(table.squaredScales, Math.sqrt);
    this.dimensions = dimensions;
    this.row = new Int32Array(words.length).fill(-1);
    let rows = 0;
    words.forEach((_, id) => {
      if (this.eligible[id] === 1) this.row[id] = rows++;
    });
    this.vectorRows = new Float32Array(rows * dimensions);
    this.signWords = Math.ceil(dimensions / 32);
    this.signs = new Int32Array(rows * this.signWords);
    const decoded = keepingSentenceWork() ? decodedVectors() : null;
    words.forEach((word, id) => {
      const at = this.row[id] ?? -1;
      if (at < 0) return;
      const vector = word.vector ?? 0;
      if (decoded) {
        // Decoded once per vector while analyses keep their work: copied, not worked out again.
        decoded.fill(vector);
        this.vectorRows.set(decoded.row(vector), at * dimensions);
        this.signs.set(decoded.signs(vector), at * this.signWords);
        return;
      }
      decodeRow(table.bytes, scales, vector, this.vectorRows, at, this.signs);
    });
    // Two random directions differ in sign on a share angle/π of the dimensions; allow three
    // standard deviations above that for the threshold's angle, so no match is lost in practice.
    const angle = Math.acos(Math.min(1, options.vectorThreshold)) / Math.PI;
    this.maxSignDistance = Math.ceil(
      dimensions * angle + 3 * Math.sqrt(dimensions * angle * (1 - angle)),
    );
    this.soft = Uint8Array.from(words, (_, id) =>
      this.eligible[id] === 1 || neighbours[id] === 1 ? 1 : 0,
    );
  }

  /** How well word x stands for word y (see `code`). */
  match(x: number, y: number): number {
    if (x === y) return SHARED;
    // Only words with an entry in `known` are marked in `listed`: most pairs skip the table.
    if (
      this.listed[x] === 1 &&
      this.listed[y] === 1 &&
      (((this.partners[4 * x + ((y >> 5) & 3)] as number) >>> (y & 31)) & 1) === 1
    ) {
      const known = this.known.get(x, y);
      if (known !== undefined) return known;
    }
    if (this.eligible[x] !== 1 || this.eligible[y] !== 1) return 0;
    if (this.options.vectorSamePos && this.vectorClassOf[x] !== this.vectorClassOf[y]) return 0;
    if (this.signDistance(x, y) > this.maxSignDistance) return 0;
    const value = this.cosine(x, y);
    if (value < this.options.vectorThreshold) return 0;
    // Close vectors, rarely: antonyms and co-hyponyms ("rose"/"fell", "tea"/"coffee") are close too.
    const a = this.words[x] as ContentWord;
    const b = this.words[y] as ContentWord;
    const relation =
      a.wordnet !== undefined && b.wordnet !== undefined
        ? wordnetRelation(a.wordnet, a.wordnetPos, b.wordnet, b.wordnetPos)
        : undefined;
    const found =
      relation === "opposite" || relation === "sibling"
        ? 0
        : code("vector", Math.min(1, this.options.vectorCredit * value));
    this.remember(x, y, found);
    return found;
  }

  /** Keep a pair's match both ways. */
  private remember(x: number, y: number, value: number): void {
    this.known.set(x, y, value);
    this.known.set(y, x, value);
    this.listed[x] = 1;
    this.listed[y] = 1;
    const atX = 4 * x + ((y >> 5) & 3);
    const atY = 4 * y + ((x >> 5) & 3);
    this.partners[atX] = (this.partners[atX] as number) | (1 << (y & 31));
    this.partners[atY] = (this.partners[atY] as number) | (1 << (x & 31));
  }

  private signDistance(x: number, y: number): number {
    const n = this.signWords;
    const a = (this.row[x] ?? 0) * n;
    const b = (this.row[y] ?? 0) * n;
    let distance = 0;
    for (let k = 0; k < n; k += 1) {
      let v = ((this.signs[a + k] as number) ^ (this.signs[b + k] as number)) >>> 0;
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      distance += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
    }
    return distance;
  }

  /** Cosine of two eligible words' vectors (rows are unit length). */
  private cosine(x: number, y: number): number {
    const n = this.dimensions;
    const rows = this.vectorRows;
    const a = (this.row[x] ?? 0) * n;
    const b = (this.row[y] ?? 0) * n;
    let dot = 0;
    for (let d = 0; d < n; d += 1) dot += (rows[a + d] as number) * (rows[b + d] as number);
    return dot;
  }
}
