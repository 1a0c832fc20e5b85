import { describe, expect, it } from "vitest";
import { attributionOf, handQuote } from "../test-helpers/attribution";
import { lookupMarked } from "./marked-words";
import { lang } from "../lang";

describe("word choice", () => {
  it("lists the label each article uses for an actor several articles name", () => {
    const result = attributionOf([
      "Protesters set fire to the consulate.",
      "A group of attackers set fire to the consulate.",
      "Demonstrators stormed the consulate.",
    ]);
    const crowd = result.wordChoice.find((w) => w.id === "actor:protesters");
    expect(crowd?.terms.map((t) => `${t.article}: ${t.term}`)).toEqual([
      "a: Protesters",
      "b: A group of attackers",
      "c: Demonstrators",
    ]);
  });

  it("leaves out actors only one article names", () => {
    const result = attributionOf(["Iran spoke.", "The weather was fine."]);
    expect(result.wordChoice.filter((w) => w.kind === "actor")).toEqual([]);
  });

  it("lists event wording and attribution verbs with offsets", () => {
    const texts = [
      "Washington will close the consulate, officials said.",
      "Washington will shut the consulate, officials claimed.",
    ];
    const result = attributionOf(texts);
    const closure = result.wordChoice.find(
      (w) => w.kind === "event" && w.concept === "withdrawal or closure",
    );
    expect(closure?.terms.map((t) => t.term)).toEqual(["close", "shut"]);
    const verbs = result.wordChoice.find((w) => w.kind === "attribution-verb");
    expect(verbs?.terms.map((t) => `${t.article}: ${t.term}`)).toEqual(["a: said", "b: claimed"]);
    const [first] = verbs?.terms ?? [];
    expect(first && texts[0]?.slice(first.start, first.end)).toBe("said");
  });

  it("marks hedges and loaded words from the published lexicons, outside quotes only", () => {
    const text = "Iran probably knew. “This is outrageous,” he said.";
    const result = attributionOf([text], {
      quotes: (t) => [handQuote(t, "This is outrageous,", "he")],
    });
    expect(result.markedWords.map((m) => `${m.word}: ${m.category}`)).toEqual([
      "probably: hedge",
      "knew: factive verb",
    ]);
    expect(result.markedWords[0]?.lexicon).toMatch(/Hyland \(2005\)/);
  });
});

describe("marked-word look-up", () => {
  /** The definition: the first category, in the lexicons' order, that lists the lemma or the form. */
  const byDefinition = (normal: string, lemma: string) =>
    lang.lexicons.marked.find((l) => l.words.has(lemma) || l.words.has(normal)) ?? null;

  it("gives the first category listing either form, as scanning the categories in order does", () => {
    const words = [...new Set(lang.lexicons.marked.flatMap((l) => [...l.words]))];
    const pairs: [string, string][] = [
      ...words.map((w): [string, string] => [w, w]),
      ["failed", "fail"],
      ["claimed", "claim"],
      ["lies", "lie"],
      ["regrets", "regret"],
      ["table", "table"],
    ];
    for (const [normal, lemma] of pairs)
      expect(lookupMarked(normal, lemma)).toBe(byDefinition(normal, lemma));
    expect(lookupMarked("failed", "fail")?.category).toBe("implicative verb");
    expect(lookupMarked("table", "table")).toBeNull();
  });
});
