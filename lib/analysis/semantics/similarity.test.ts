import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/analysis/text";
import {
  backgroundWeighting,
  contentWords,
  SAME_FACT_THRESHOLD,
  sentenceSimilarity,
  storyWeighting,
} from "./index";

const compare = (a: string, b: string) => sentenceSimilarity(tokenize(a), tokenize(b));
const pairs = (links: { textA: string; textB: string; kind: string }[]) =>
  links.map((link) => `${link.textA}~${link.textB}:${link.kind}`);

describe("sentenceSimilarity: paraphrases match", () => {
  it("poor / meager supplies, through WordNet's close senses", () => {
    const result = compare(
      "Hospitals in the region struggle with poor electricity supplies.",
      "Hospitals in the region struggle with meager electricity supplies.",
    );
    expect(result.score).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
    expect(pairs(result.similar)).toEqual(["poor~meager:similar"]);
    expect(result.shared.map((link) => link.textA)).toEqual([
      "Hospitals",
      "region",
      "struggle",
      "electricity",
      "supplies",
    ]);
  });

  it("resigned / will be leaving", () => {
    const result = compare(
      "The health secretary resigned after the report was published.",
      "The health secretary will be leaving after the report was published.",
    );
    expect(result.score).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
    expect(pairs(result.similar)).toContain("resigned~leaving:broader");
  });

  it("resigned / stepped down, as one multi-word verb", () => {
    const result = compare("The coach resigned on Sunday.", "The coach stepped down on Sunday.");
    expect(pairs(result.similar)).toEqual(["resigned~stepped down:synonym"]);
    expect(result.similar[0]?.b).toEqual([2, 3]);
  });

  it("protesters / demonstrators, even as the capitalised first word", () => {
    const result = compare(
      "Protesters blocked the main road to the airport.",
      "Demonstrators blocked the main road to the airport.",
    );
    expect(result.score).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
    expect(pairs(result.similar)).toEqual(["Protesters~Demonstrators:synonym"]);
  });

  it("voted to override his veto / rejected the veto", () => {
    const result = compare(
      "Lawmakers voted to override the governor's veto of the budget.",
      "Lawmakers rejected the governor's veto of the budget.",
    );
    expect(result.score).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
    expect(result.shared.map((link) => link.textA)).toEqual([
      "Lawmakers",
      "governor",
      "veto",
      "budget",
    ]);
  });

  it("the passive of the same blame", () => {
    const result = compare(
      "Rivera blamed Okafor for the collapse of the talks.",
      "Okafor was blamed by Rivera for the collapse of the talks.",
    );
    expect(result.roleConflict).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
  });
});

describe("sentenceSimilarity: names written differently", () => {
  it("an acronym and the name it stands for", () => {
    const result = compare(
      "The UN condemned the shelling of the port.",
      "The United Nations condemned the shelling of the port.",
    );
    expect(pairs(result.similar)).toEqual(["UN~United:alias", "UN~Nations:alias"]);
    expect(result.coverageA).toBe(1);
    expect(result.coverageB).toBe(1);
  });

  it("an acronym with and without dots", () => {
    const result = compare("U.S. troops left the base.", "US troops left the base.");
    expect(result.shared.map((link) => link.textA)).toContain("U.S.");
  });

  it("an acronym whose letters do not spell the run is no match", () => {
    const result = compare("The UN met.", "The United States met.");
    expect(result.similar).toEqual([]);
  });

  it("a country and its adjective", () => {
    const result = compare(
      "Iraqi officials denied the report.",
      "Officials in Iraq denied the report.",
    );
    expect(pairs(result.similar)).toEqual(["Iraqi~Iraq:related"]);
  });
});

describe("sentenceSimilarity: different facts stay apart", () => {
  it("X blamed Y against Y blamed X", () => {
    const result = compare(
      "Rivera blamed Okafor for the collapse of the talks.",
      "Okafor blamed Rivera for the collapse of the talks.",
    );
    expect(result.roleConflict).toBe(true);
    expect(result.score).toBeLessThan(SAME_FACT_THRESHOLD);
  });

  it("sentences sharing only a place name", () => {
    const result = compare(
      "Floods closed three schools in Mosul on Tuesday.",
      "The governor of Mosul announced new taxes on imported cars.",
    );
    expect(result.namesOnly).toBe(true);
    expect(result.score).toBeLessThan(SAME_FACT_THRESHOLD);
  });

  it("a verb negated in one sentence only", () => {
    const result = compare(
      "The mayor did not sign the contract.",
      "The mayor signed the contract.",
    );
    expect(result.negationConflict).toBe(true);
    expect(result.score).toBeLessThan(SAME_FACT_THRESHOLD);
  });

  it("antonyms are never matched by their vectors", () => {
    const result = compare("Fuel prices rose sharply.", "Fuel prices fell sharply.");
    expect(result.similar).toEqual([]);
    expect(result.coverageA).toBeLessThan(1);
  });

  it("two names of one kind are not the same name", () => {
    const result = compare("Obama met the delegation.", "Clinton met the delegation.");
    expect(pairs(result.similar)).toEqual([]);
  });
});

describe("weights", () => {
  // An invented name, so no vocabulary has it.
  const [name, said, consulate] = contentWords(tokenize("Quorvathine said consulate"));

  it("count frequent words little and rare words and unknown names most", () => {
    const { weight } = backgroundWeighting();
    const [w1, w2, w3] = [said, consulate, name].map((word) => (word ? weight(word) : -1));
    expect(name?.key).toBe("quorvathine");
    expect(w3).toBe(1);
    expect(w1).toBeLessThan(w2 as number);
    expect(w2).toBeLessThan(w3 as number);
  });

  it("a story's shared words keep at least the floor of their weight", () => {
    const documents = [
      "The consulate in Basra will close.",
      "Officials said the consulate would close.",
      "The consulate closure was announced on Friday.",
    ].map((text) => tokenize(text));
    const story = storyWeighting(documents, { storyFloor: 0.5, rankScale: 100 });
    const base = backgroundWeighting(100);
    const [word] = contentWords(tokenize("consulate"));
    const [only] = contentWords(tokenize("Basra"));
    if (!word || !only) throw new Error("no content words");
    expect(story.weight(word)).toBeCloseTo(0.5 * base.weight(word), 6);
    expect(story.weight(only)).toBeCloseTo(base.weight(only), 6);
  });
});
