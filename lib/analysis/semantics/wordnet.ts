import { z } from "zod";
import data from "./data/wordnet-relations.json";
import { decodeUint24, row, type Rows, rowsOf } from "./uint24";
import { wordVectors } from "./word-vectors";

/**
 * The shipped WordNet relations (see data/README.md and
 * eval/lexicon/wordnet-table.ts for the encoding), over the vector table's
 * vocabulary plus multi-word verbs ("step_down"), decoded once on first use
 * into compressed rows (typed arrays: a few milliseconds, no per-entry objects).
 */
const schema = z.object({
  phrases: z.string(),
  synsetPos: z.string().regex(/^[nvar]+$/),
  memberCounts: z.string().min(1),
  members: z.string().min(1),
  similar: z.string(),
  broader: z.string(),
  related: z.string(),
  opposite: z.string(),
});

/** WordNet part of speech: noun, verb, adjective, adverb. */
export type WordnetPos = "n" | "v" | "a" | "r";

/** How two words relate in WordNet, strongest first. */
export type WordnetRelation =
  "synonym" | "similar" | "broader" | "related" | "opposite" | "sibling";

export interface Wordnet {
  /** Multi-word verbs, indexed after the vectors' words. */
  phrases: ReadonlyMap<string, number>;
  /** Word → its synsets. */
  senses: Rows;
  synsetPos: string;
  /** Synset → synsets of close sense (both directions). */
  similar: Rows;
  /** Synset → its direct hypernyms. */
  parents: Rows;
  /** Word → related (derivation, pertainym) words; word → antonyms. */
  related: Rows;
  opposite: Rows;
}

let table: Wordnet | undefined;

/** Pairs as rows, in both directions when `symmetric`. */
function pairRows(size: number, encoded: string, symmetric: boolean): Rows {
  const flat = decodeUint24(encoded);
  const half = flat.length / 2;
  const keys = new Uint32Array(symmetric ? flat.length : half);
  const values = new Uint32Array(keys.length);
  for (let i = 0; i < half; i += 1) {
    keys[i] = flat[2 * i] ?? 0;
    values[i] = flat[2 * i + 1] ?? 0;
    if (symmetric) {
      keys[half + i] = flat[2 * i + 1] ?? 0;
      values[half + i] = flat[2 * i] ?? 0;
    }
  }
  return rowsOf(size, keys, values);
}

function wordnet(): Wordnet {
  if (table) return table;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error("semantics/data/wordnet-relations.json: malformed table");
  const { synsetPos, phrases: phraseList } = parsed.data;
  const { words } = wordVectors();
  const phrases = new Map(
    phraseList
      .split(" ")
      .filter((phrase) => phrase.length > 0)
      .map((phrase, i): [string, number] => [phrase, words.length + i]),
  );
  const size = words.length + phrases.size;
  const counts = Uint8Array.from(atob(parsed.data.memberCounts), (char) => char.charCodeAt(0));
  const members = decodeUint24(parsed.data.members);
  const owners = new Uint32Array(members.length);
  for (let synset = 0, at = 0; synset < counts.length; synset += 1) {
    for (let k = 0; k < (counts[synset] ?? 0); k += 1, at += 1) owners[at] = synset;
  }
  const synsets = synsetPos.length;
  table = {
    phrases,
    senses: rowsOf(size, members, owners),
    synsetPos,
    similar: pairRows(synsets, parsed.data.similar, true),
    parents: pairRows(synsets, parsed.data.broader, false),
    related: pairRows(size, parsed.data.related, true),
    opposite: pairRows(size, parsed.data.opposite, true),
  };
  return table;
}

/** The decoded tables, for lookups over many words at once (see neighbours.ts). */
export function wordnetTables(): Wordnet {
  return wordnet();
}

/** Index of a word or multi-word verb ("step_down") that WordNet lists, if any. */
export function wordnetIndex(word: string): number | undefined {
  const net = wordnet();
  const found = wordVectors().index.get(word) ?? net.phrases.get(word);
  return found !== undefined && row(net.senses, found).length > 0 ? found : undefined;
}

/** The parts of speech in which WordNet lists a word. */
export function wordnetPartsOfSpeech(word: number): Set<WordnetPos> {
  const net = wordnet();
  return new Set(
    Array.from(row(net.senses, word), (synset) => net.synsetPos[synset] as WordnetPos),
  );
}

function senses(net: Wordnet, word: number, pos: WordnetPos | undefined): number[] {
  const all = Array.from(row(net.senses, word));
  return pos === undefined ? all : all.filter((synset) => net.synsetPos[synset] === pos);
}

function closure(rows: Rows, synsets: readonly number[], withSelf: boolean): Set<number> {
  const out = new Set<number>(withSelf ? synsets : []);
  for (const synset of synsets) for (const next of row(rows, synset)) out.add(next);
  return out;
}

const meets = (a: Iterable<number>, b: ReadonlySet<number>) => {
  for (const value of a) if (b.has(value)) return true;
  return false;
};

/**
 * The strongest WordNet relation between two words in the given parts of
 * speech (undefined: any), or undefined when WordNet relates them in none.
 * "sibling" means two senses share a direct hypernym (tea / coffee):
 * alike in kind, different in fact.
 */
export function wordnetRelation(
  a: number,
  posA: WordnetPos | undefined,
  b: number,
  posB: WordnetPos | undefined,
): WordnetRelation | undefined {
  if (a === b) return "synonym";
  const net = wordnet();
  if (row(net.opposite, a).includes(b)) return "opposite";
  const sensesA = senses(net, a, posA);
  const sensesB = senses(net, b, posB);
  const setB = new Set(sensesB);
  if (meets(sensesA, setB)) return "synonym";
  // Close senses: one hop ("&", "^", "$"), or two through a shared neighbour — adjective
  // satellites of one head ("meager" ^ "inadequate" & "poor").
  if (meets(closure(net.similar, sensesA, true), closure(net.similar, sensesB, true))) {
    return "similar";
  }
  const parentsA = closure(net.parents, sensesA, false);
  const parentsB = closure(net.parents, sensesB, false);
  if (meets(parentsA, setB) || meets(sensesA, parentsB)) return "broader";
  if (row(net.related, a).includes(b)) return "related";
  if (meets(parentsA, parentsB)) return "sibling";
  return undefined;
}
