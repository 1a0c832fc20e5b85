import { describe, expect, it } from "vitest";
import { segment } from "../text";
import {
  ATTRIBUTION_WEIGHT,
  FRAMING_WEIGHT,
  normaliseWord,
  sentenceTerms,
  storyTerms,
} from "./terms";
import { canonicaliseNames, nameKey } from "./names";

const termsOf = (text: string) =>
  sentenceTerms(segment(text).sentences.flatMap((s) => s.tokens)).map((t) => t.value);
const storyOf = (...texts: string[]) =>
  storyTerms(texts.map((text) => segment(text).sentences.flatMap((s) => s.tokens)));

describe("sentenceTerms", () => {
  it("maps every spelling of the United States to one term and drops the pronoun “us”", () => {
    for (const text of [
      "US troops left.",
      "U.S. troops left.",
      "USA troops left.",
      "United States troops left.",
      "America troops left.",
      "American troops left.",
    ]) {
      expect(termsOf(text)).toEqual(["us", "troop", "leave"]);
    }
    expect(termsOf("It leads us to the conclusion.")).toEqual(["lead", "conclusion"]);
  });

  it("treats curly and straight apostrophes alike", () => {
    expect(termsOf("Iran’s consulate burned.")).toEqual(termsOf("Iran's consulate burned."));
  });

  it("maps news near-synonyms to one shared concept", () => {
    expect(termsOf("meager electricity supplies")).toEqual(termsOf("poor electricity supplies"));
    expect(termsOf("A group of demonstrators set fire to the embassy.")).toEqual([
      "group",
      "protester",
      "burn",
      "embassy",
    ]);
    // An attacker is not a protester: the two words frame people differently, so they stay apart.
    expect(termsOf("A group of attackers set fire to the embassy.")).toEqual([
      "group",
      "attacker",
      "burn",
      "embassy",
    ]);
    const story = storyOf(
      "Protesters torched the consulate.",
      "The protester fled.",
      "Demonstrators marched.",
    );
    expect(story.map((s) => s.values)).toEqual([
      ["protester", "burn", "consulate"],
      ["protester", "flee"],
      ["protester", "march"],
    ]);
    expect(termsOf("The consulate was set alight by demonstrators.")).toEqual([
      "consulate",
      "burn",
      "protester",
    ]);
  });

  it("keeps numbers (without thousands separators) and drops stop words and attribution verbs", () => {
    expect(termsOf("About 30,000 people were ill, he said.")).toEqual(["30000", "people", "ill"]);
  });

  it("never reads a word as a property of Object.prototype", () => {
    expect(termsOf("The constructor of the toString hasOwnProperty.")).toEqual([
      "constructor",
      "tostring",
      "hasownproperty",
    ]);
  });

  it("gives attribution clauses and framing words less weight", () => {
    const terms = sentenceTerms(
      segment("The rockets hit the base on Friday, the senior official said.").sentences[0]
        ?.tokens ?? [],
    );
    const weight = (value: string) => terms.find((t) => t.value === value)?.weight;
    expect(weight("rocket")).toBe(1);
    expect(weight("friday")).toBe(FRAMING_WEIGHT);
    expect(weight("official")).toBe(ATTRIBUTION_WEIGHT);
    expect(weight("senior")).toBe(ATTRIBUTION_WEIGHT);
  });

  it("keeps the content after “said” when the attribution clause is long", () => {
    const terms = sentenceTerms(
      segment("Pompeo said on Friday that the consulate in the southern city would close.")
        .sentences[0]?.tokens ?? [],
    );
    expect(terms.find((t) => t.value === "consulate")?.weight).toBe(1);
  });

  it("splits the weight of a multi-word name across its words", () => {
    const terms = sentenceTerms(segment("Mike Pompeo spoke.").sentences[0]?.tokens ?? []);
    expect(terms.map((t) => [t.value, t.weight, t.continues])).toEqual([
      ["mike", 0.5, false],
      ["pompeo", 0.5, true],
      ["speak", 1, false],
    ]);
  });

  it("reads Arabic and Cyrillic words as terms", () => {
    expect(termsOf("Протестующие подожгли консульство Ирана.")).toEqual([
      "протестующие",
      "подожгли",
      "консульство",
      "ирана",
    ]);
    expect(termsOf("المتظاهرون أحرقوا القنصلية")).toEqual(["المتظاهرون", "أحرقوا", "القنصلية"]);
  });

  it("returns nothing for punctuation or an empty sentence", () => {
    expect(termsOf("…")).toEqual([]);
    expect(termsOf("")).toEqual([]);
  });
});

describe("names", () => {
  it("keys transliteration variants alike", () => {
    expect(nameKey("basrah")).toBe(nameKey("basra"));
    expect(nameKey("qassem")).toBe(nameKey("qasem"));
    expect(nameKey("suleimani")).toBe(nameKey("soleimani"));
    expect(nameKey("iran")).toBeNull();
    expect(nameKey("басра")).toBeNull();
  });

  it("merges variants story-wide into the most frequent spelling", () => {
    const story = storyOf(
      "Basra is a port.",
      "The rockets hit Basra.",
      "The consulate in Basrah closed.",
    );
    expect(story.map((s) => s.values)).toEqual([
      ["basra", "port"],
      ["rocket", "hit", "basra"],
      ["consulate", "basra", "close"],
    ]);
  });

  it("merges only names, not common words", () => {
    const merged = canonicaliseNames([
      [{ value: "later", name: false, weight: 1, continues: false, pos: "ADV", first: 0, last: 0 }],
      [
        {
          value: "latter",
          name: false,
          weight: 1,
          continues: false,
          pos: "ADJ",
          first: 0,
          last: 0,
        },
      ],
    ]);
    expect(merged.map((s) => s.values)).toEqual([["later"], ["latter"]]);
  });
});

describe("normaliseWord", () => {
  it("lower-cases, straightens apostrophes and drops dots", () => {
    expect(normaliseWord("U.S.")).toBe("us");
    expect(normaliseWord("Ba’ath")).toBe("baath");
    expect(normaliseWord("#Basrah")).toBe("basrah");
  });
});
