import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignFacts } from "./align";
import { growth } from "../test-helpers/growth";
import { generatedText, preparedFromText } from "../test-helpers/prepared";
import { factSentences } from "../schema";

describe("alignFacts edge cases", () => {
  it("handles no articles, an empty article and a single article", () => {
    expect(alignFacts([])).toEqual([]);
    const one = preparedFromText("one", "Rockets hit the consulate. Nobody was hurt.");
    const empty = preparedFromText("empty", "");
    const facts = alignFacts([one, empty]);
    expect(facts.map(factSentences)).toEqual([
      [{ article: "one", sentence: 0 }],
      [{ article: "one", sentence: 1 }],
    ]);
    for (const fact of facts) expect(fact.coverage.map((c) => c.article)).toEqual(["one"]);
  });

  it("aligns a wire sentence across 50 outlets into one fact, each version linked to one base", () => {
    const wire =
      "The State Department ordered the evacuation of its consulate in Basra after rocket fire near the compound.";
    const articles = Array.from({ length: 50 }, (_, i) =>
      preparedFromText(
        `outlet-${i}`,
        `Outlet ${i} reports on day ${i}. ${i % 2 ? wire : wire.replace("rocket fire", "rocket attacks")} Local story number ${i} about tomatoes${"s".repeat(i)}.`,
      ),
    );
    const facts = alignFacts(articles);
    const fact = facts.find((f) => f.coverage.length > 1 && f.label.includes("evacuation"));
    expect(fact?.coverage).toHaveLength(50);
    expect(new Set(fact?.coverage.map((c) => c.article)).size).toBe(50);
    // Output grows with the versions (one link each), not with their pairs.
    expect(fact?.links).toHaveLength(49);
    expect(new Set(fact?.links.map((l) => l.article)).size).toBe(49);
  });

  // Candidate pairs come from an index on rare terms so that the work grows with the story, not
  // its square: eight times the outlets carrying one sentence must cost about eight times as much
  // (64 if every version were compared with every other). A growth ratio of CPU time, not
  // milliseconds, because CI hosts vary; speed itself is `npm run bench`'s to measure.
  it("grows linearly with the outlets carrying one sentence", () => {
    const wire =
      "The State Department ordered the evacuation of its consulate in Basra after rocket fire near the compound.";
    // Each outlet's own sentence is generated, so all articles are about as long.
    const outlets = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        preparedFromText(
          `outlet-${i}`,
          `Outlet ${i} reports on day ${i}. ${i % 2 ? wire : wire.replace("rocket fire", "rocket attacks")} ${generatedText(12, i + 1)}`,
        ),
      );
    expect(growth(outlets(50), outlets(400), alignFacts)).toBeLessThan(24);
  });

  // A long article and three of its sentences: eight times the words must cost about eight times
  // as much (64 if quadratic), measured as a ratio for the same reason as above. The whole
  // pipeline on 200,000 words is analyze.test.ts's.
  it("copes with an 80,000-word article, in time linear in its length", () => {
    const pair = (words: number) => {
      const long = preparedFromText("long", generatedText(words, 7));
      const short = preparedFromText(
        "short",
        long.analysis.sentences
          .slice(100, 103)
          .map((s) => s.text)
          .join(" "),
      );
      return [long, short];
    };
    const large = pair(80_000);
    const facts = alignFacts(large);
    for (const s of [100, 101, 102]) {
      expect(
        facts.find((f) => factSentences(f).some((m) => m.article === "long" && m.sentence === s))
          ?.coverage,
      ).toHaveLength(2);
    }
    expect(growth(pair(10_000), large, alignFacts, 2)).toBeLessThan(24);
  }, 60_000);

  it("aligns text without any punctuation, and Arabic and Cyrillic text", () => {
    const words =
      "the council voted to rebuild the old bridge over the river after the spring floods destroyed it";
    const facts = alignFacts([
      preparedFromText("a", `${words} and ${"many more words follow here ".repeat(40)}`),
      preparedFromText("b", `${words} while ${"other unrelated matters came up ".repeat(40)}`),
      preparedFromText(
        "ru",
        "Протестующие подожгли консульство Ирана в Басре. Погода была жаркой.",
      ),
      preparedFromText(
        "ru2",
        "Вчера протестующие подожгли консульство Ирана в Басре. Рынок закрыт.",
      ),
      preparedFromText("ar", "المتظاهرون أحرقوا القنصلية الإيرانية في البصرة."),
      preparedFromText("ar2", "أمس المتظاهرون أحرقوا القنصلية الإيرانية في البصرة."),
    ]);
    const together = (a: string, b: string) =>
      facts.some(
        (f) =>
          f.coverage.some((c) => c.article === a) &&
          f.coverage.some((c) => c.article === b && c.sentence === 0),
      );
    expect(together("a", "b")).toBe(true);
    expect(together("ru", "ru2")).toBe(true);
    expect(together("ar", "ar2")).toBe(true);
  });
});

describe("alignFacts properties", () => {
  const pool = [
    "Protesters set fire to the Iranian consulate in Basra.",
    "A group of attackers set fire to the Iranian consulate in Basra.",
    "The State Department will close the consulate and evacuate its diplomats.",
    "Rockets landed near the airport, causing no injuries.",
    "Residents complained of poor electricity supplies and impure water.",
    "Residents complained of meager electricity supplies and impure water.",
    "Iran denied any role in the attacks on the compound.",
    "The minister blamed rival parties for the collapse of the talks.",
  ];
  const story = fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 6 }), {
    minLength: 1,
    maxLength: 5,
  });

  it("is deterministic, refers only to sentences that exist, and puts each in one fact at most", () => {
    fc.assert(
      fc.property(story, (picks) => {
        const articles = picks.map((indices, a) =>
          preparedFromText(
            `a${a}`,
            indices.map((i, k) => (k % 2 ? `${pool[i]}\n\n` : `${pool[i]} `)).join(""),
          ),
        );
        const facts = alignFacts(articles);
        expect(alignFacts(articles)).toEqual(facts);
        const seen = new Set<string>();
        for (const fact of facts) {
          const refs = [...factSentences(fact), fact.base, ...fact.links];
          for (const ref of refs) {
            const article = articles.find((a) => a.input.id === ref.article);
            expect(article?.analysis.sentences[ref.sentence]).toBeDefined();
          }
          // A sentence is in at most one fact.
          for (const m of factSentences(fact)) {
            const key = `${m.article}#${m.sentence}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
          expect(fact.links).toHaveLength(factSentences(fact).length - 1);
        }
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
