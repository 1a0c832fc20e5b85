import { encodeUint24 } from "@/lib/analysis/semantics";
import type { Synset } from "./wordnet-source";

/**
 * The WordNet relations the engine ships, restricted to the shipped
 * vocabulary. Integer lists are base64 of 3-byte integers (`uint24.ts`):
 * - `synsetPos`: one letter (n, v, a, r) per synset; `memberCounts` (one byte
 *   each) and `members` (vocabulary indices): the words of each synset (the
 *   same meaning in one sense), synset after synset;
 * - `similar`: synset-index pairs — adjective satellites and their head
 *   ("&"), "also see" ("^") and verb groups ("$"): close, not identical, senses;
 * - `broader`: synset-index pairs, child then direct hypernym ("@");
 * - `related`: word pairs — derivationally related forms ("+": resign /
 *   resignation) and pertainyms ("\": presidential / president);
 * - `opposite`: word pairs — antonyms ("!"), which word vectors put close.
 * Multi-word verbs ("step_down") whose words are all in the vocabulary are
 * listed in `phrases` and take indices after the vocabulary's.
 */
export interface WordnetTable {
  phrases: string;
  synsetPos: string;
  memberCounts: string;
  members: string;
  similar: string;
  broader: string;
  related: string;
  opposite: string;
  counts: Record<string, number>;
}

const SIMILAR = new Set(["&", "^", "$"]);
const RELATED = new Set(["+", "\\"]);

const pairs = (list: readonly [number, number][]) => encodeUint24(list.flat());

export function wordnetTable(
  synsets: ReadonlyMap<string, Synset>,
  vocabulary: readonly string[],
): WordnetTable {
  const index = new Map(vocabulary.map((word, i) => [word, i]));
  const phrases: string[] = [];
  // The vocabulary is lower-case, so a capitalised member — a proper noun ("Obama", "Bush" the
  // president) — finds no index and is left out: names are matched only by themselves.
  const idOf = (member: string, pos: string): number | undefined => {
    const known = index.get(member);
    if (known !== undefined || !member.includes("_") || pos !== "v") return known;
    const parts = member.split("_");
    if (parts.length > 3 || !parts.every((part) => index.has(part))) return undefined;
    index.set(member, vocabulary.length + phrases.length);
    phrases.push(member);
    return index.get(member);
  };
  const synsetIndex = new Map<string, number>();
  let synsetPos = "";
  const memberCounts: number[] = [];
  const members: number[] = [];
  for (const synset of synsets.values()) {
    const ids = [...new Set(synset.words.map((word) => idOf(word, synset.pos)))]
      .filter((id): id is number => id !== undefined)
      .slice(0, 255);
    if (ids.length === 0) continue;
    synsetIndex.set(synset.id, memberCounts.length);
    synsetPos += synset.pos;
    memberCounts.push(ids.length);
    members.push(...ids);
  }
  const similar: [number, number][] = [];
  const broader: [number, number][] = [];
  const related = new Map<string, [number, number]>();
  const opposite = new Map<string, [number, number]>();
  const addWordPair = (into: Map<string, [number, number]>, a: number, b: number) => {
    if (a === b) return;
    const pair: [number, number] = a < b ? [a, b] : [b, a];
    into.set(pair.join(","), pair);
  };
  for (const synset of synsets.values()) {
    const from = synsetIndex.get(synset.id);
    for (const pointer of synset.pointers) {
      const target = synsets.get(pointer.target);
      const to = synsetIndex.get(pointer.target);
      if (!target) continue;
      if (pointer.sourceWord === 0) {
        if (from === undefined || to === undefined) continue;
        if (SIMILAR.has(pointer.symbol)) similar.push(from < to ? [from, to] : [to, from]);
        else if (pointer.symbol === "@") broader.push([from, to]);
        continue;
      }
      const a = index.get(synset.words[pointer.sourceWord - 1] ?? "");
      const b = index.get(target.words[pointer.targetWord - 1] ?? "");
      if (a === undefined || b === undefined) continue;
      if (RELATED.has(pointer.symbol)) addWordPair(related, a, b);
      else if (pointer.symbol === "!") addWordPair(opposite, a, b);
    }
  }
  const uniqueSimilar = [...new Map(similar.map((p) => [p.join(","), p])).values()];
  return {
    phrases: phrases.join(" "),
    synsetPos,
    memberCounts: Buffer.from(memberCounts).toString("base64"),
    members: encodeUint24(members),
    similar: pairs(uniqueSimilar),
    broader: pairs(broader),
    related: pairs([...related.values()]),
    opposite: pairs([...opposite.values()]),
    counts: {
      phrases: phrases.length,
      synsets: memberCounts.length,
      members: members.length,
      similar: uniqueSimilar.length,
      broader: broader.length,
      related: related.size,
      opposite: opposite.size,
    },
  };
}
