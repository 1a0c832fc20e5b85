import { describe, expect, it } from "vitest";
import { cosine, wordVectors } from "./word-vectors";
import { wordnetIndex, wordnetRelation, type WordnetPos } from "./wordnet";

const row = (word: string) => {
  const found = wordVectors().index.get(word);
  if (found === undefined) throw new Error(`no vector for ${word}`);
  return found;
};

function relation(a: string, b: string, pos?: WordnetPos) {
  const x = wordnetIndex(a);
  const y = wordnetIndex(b);
  if (x === undefined || y === undefined) throw new Error(`${a} or ${b} not in WordNet`);
  return wordnetRelation(x, pos, y, pos);
}

describe("word vectors", () => {
  it("load a frequency-ordered vocabulary whose sizes agree", () => {
    const table = wordVectors();
    expect(table.words.length).toBeGreaterThan(40_000);
    expect(table.bytes.length).toBe(table.words.length * table.dimensions);
    expect(table.words[0]).toBe("the");
    expect(row("said")).toBeLessThan(row("consulate"));
  });

  it("give unit-length rows and close vectors to words of one meaning", () => {
    expect(cosine(row("veto"), row("veto"))).toBeCloseTo(1, 2);
    expect(cosine(row("protesters"), row("demonstrators"))).toBeGreaterThan(0.9);
    expect(cosine(row("veto"), row("banana"))).toBeLessThan(0.2);
  });
});

describe("WordNet relations", () => {
  it("know synonyms, multi-word verbs and derivations", () => {
    expect(relation("protester", "demonstrator", "n")).toBe("synonym");
    expect(relation("resign", "step_down", "v")).toBe("synonym");
    const resign = wordnetIndex("resign") as number;
    const resignation = wordnetIndex("resignation") as number;
    expect(wordnetRelation(resign, "v", resignation, "n")).toBe("related");
  });

  it("reach an adjective's close senses through their shared head", () => {
    expect(relation("poor", "meager", "a")).toBe("similar");
  });

  it("mark antonyms and co-hyponyms, which vectors put close", () => {
    expect(relation("rise", "fall", "v")).toBe("opposite");
    expect(relation("tea", "coffee", "n")).toBe("sibling");
    expect(relation("rifle", "pistol", "n")).toBe("sibling");
  });

  it("keep parts of speech apart when asked", () => {
    // "state" the verb means "say"; the noun does not.
    expect(relation("state", "say", "v")).toBe("synonym");
    const state = wordnetIndex("state") as number;
    const say = wordnetIndex("say") as number;
    expect(wordnetRelation(state, "n", say, "v")).toBeUndefined();
  });

  it("lists words without senses, and proper nouns, as absent", () => {
    expect(wordnetIndex("the")).toBeUndefined();
    expect(wordnetIndex("zzzz")).toBeUndefined();
    // WordNet lists "Obama" as a proper noun; names are matched only by themselves.
    expect(wordnetIndex("obama")).toBeUndefined();
  });
});
