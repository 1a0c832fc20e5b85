import type { ContentWord } from "./content-words";
import { keepingSentenceWork } from "../sentence-work";
import { row } from "./uint24";
import { type WordnetRelation, wordnetTables } from "./wordnet";

/**
 * WordNet relations among a set of words (a story's vocabulary), found
 * through the synsets they share rather than pair by pair: each word's
 * senses, close senses and parents are posted in inverted lists, and each
 * word meets only the words that share one. It answers as `wordnetRelation`
 * does for every pair of the set, at a cost that grows with the words and
 * their senses, not with the number of pairs.
 *
 * Returns, for each word, the other words it relates to (by their index in
 * `words`) and how; pairs WordNet does not relate are absent, and so are
 * antonyms (a pair of antonyms is never reported as alike in another way).
 * Co-hyponyms ("sibling") are not listed: there are too many of them to
 * list; ask `wordnetRelation` of a pair when it matters. Words without a
 * WordNet entry, and names, relate to nothing.
 */
interface SenseLists {
  senses: readonly number[];
  similar: readonly number[];
  parents: readonly number[];
  opposite: ReadonlySet<number>;
}

const NO_SENSES: SenseLists = { senses: [], similar: [], parents: [], opposite: new Set() };

/**
 * A word's senses (in its part of speech), their close senses and parents, and its antonyms:
 * they depend on the word's WordNet entry alone, so while analyses keep their work (an
 * ArticleCache, where a grown story's vocabulary is read again at each article added) they are
 * kept by entry, at most one per WordNet entry and part of speech, and emptied past `MAX_KEPT`.
 */
const keptLists = new Map<string, SenseLists>();
const MAX_KEPT = 50_000;

function senseLists(word: ContentWord): SenseLists {
  if (word.wordnet === undefined) return NO_SENSES;
  const key = `${word.wordnet}:${word.wordnetPos ?? ""}:${word.name ? 1 : 0}`;
  const known = keptLists.get(key);
  if (known) return known;
  const net = wordnetTables();
  const opposite = new Set(row(net.opposite, word.wordnet));
  let senses: number[] = [];
  if (!word.name) {
    const all = Array.from(row(net.senses, word.wordnet));
    const pos = word.wordnetPos;
    senses = pos === undefined ? all : all.filter((synset) => net.synsetPos[synset] === pos);
  }
  const closureOf = (rows: typeof net.similar, self: boolean) => {
    const set = new Set<number>(self ? senses : []);
    for (const synset of senses) for (const next of row(rows, synset)) set.add(next);
    return [...set];
  };
  const lists = {
    senses,
    similar: closureOf(net.similar, true),
    parents: closureOf(net.parents, false),
    opposite,
  };
  if (keepingSentenceWork()) {
    if (keptLists.size >= MAX_KEPT) keptLists.clear();
    keptLists.set(key, lists);
  }
  return lists;
}

export function wordnetNeighbours(words: readonly ContentWord[]): Map<number, WordnetRelation>[] {
  const net = wordnetTables();
  const out = words.map(() => new Map<number, WordnetRelation>());
  const lists = words.map((word) => senseLists(word));
  const sensesOf = lists.map((l) => l.senses);
  const similarOf = lists.map((l) => l.similar);
  const parentsOf = lists.map((l) => l.parents);
  const post = (lists: readonly (readonly number[])[]) => {
    const index = new Map<number, number[]>();
    lists.forEach((list, w) => {
      for (const synset of list) {
        let words = index.get(synset);
        if (!words) index.set(synset, (words = []));
        if (words[words.length - 1] !== w) words.push(w);
      }
    });
    return index;
  };
  const bySense = post(sensesOf);
  const bySimilar = post(similarOf);
  const byWordnet = new Map<number, number[]>();
  words.forEach((word, w) => {
    if (word.wordnet === undefined || word.name) return;
    const list = byWordnet.get(word.wordnet) ?? [];
    list.push(w);
    byWordnet.set(word.wordnet, list);
  });
  // Strongest first, as `wordnetRelation` decides; a weaker relation never replaces a stronger one.
  const rank: Record<WordnetRelation, number> = {
    opposite: 0,
    synonym: 1,
    similar: 2,
    broader: 3,
    related: 4,
    sibling: 5,
  };
  const opposite = lists.map((l) => l.opposite);
  const note = (a: number, b: number, relation: WordnetRelation) => {
    if (a === b) return;
    const wb = words[b]?.wordnet;
    if (wb !== undefined && opposite[a]?.has(wb)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const known = out[x]?.get(y);
      if (known === undefined || rank[relation] < rank[known]) out[x]?.set(y, relation);
    }
  };
  const meet = (
    lists: readonly (readonly number[])[],
    index: ReadonlyMap<number, readonly number[]>,
    relation: WordnetRelation,
  ) => {
    lists.forEach((list, a) => {
      for (const synset of list) for (const b of index.get(synset) ?? []) note(a, b, relation);
    });
  };
  words.forEach((word, a) => {
    if (word.wordnet === undefined || word.name) return;
    for (const other of row(net.related, word.wordnet))
      for (const b of byWordnet.get(other) ?? []) note(a, b, "related");
  });
  meet(sensesOf, bySense, "synonym");
  meet(similarOf, bySimilar, "similar");
  meet(parentsOf, bySense, "broader");
  // The same WordNet entry in another part of speech is the same word read twice.
  for (const list of byWordnet.values())
    for (const a of list) for (const b of list) note(a, b, "synonym");
  return out;
}
