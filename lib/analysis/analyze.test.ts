import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { factSentences, type StoryAnalysis, type StoryInput, storyAnalysisSchema } from "./schema";

// The whole pipeline on hostile input: each case must give a schema-valid
// result (never a crash), and every reference in it must point at something
// that exists. Module tests cover each stage; this covers their seams.

type Article = StoryInput["articles"][number];

function article(id: string, raw: string, outlet = id): Article {
  return { id, outlet, outletSlug: null, title: null, published: null, byline: null, raw };
}

function story(articles: Article[]): StoryInput {
  return { slug: "test", title: "Test", date: "2020-01-01", articles };
}

const WIRE =
  "BAGHDAD (Reuters) - The United States said on Friday it would close its consulate in the southern city after rocket fire it blamed on Iran-backed militias.";

/** Every sentence, fact member, quote, blame and reuse span refers to real text. */
function expectConsistent(analysis: StoryAnalysis) {
  expect(storyAnalysisSchema.safeParse(analysis).success).toBe(true);
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  for (const a of analysis.articles) {
    for (const s of a.sentences) {
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(a.text.length);
      expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  }
  const sentenceOf = (ref: { article: string; sentence: number }) =>
    byId.get(ref.article)?.sentences[ref.sentence];
  for (const fact of analysis.facts) {
    expect(fact.coverage.length).toBeGreaterThan(0);
    for (const m of [...factSentences(fact), fact.base, ...fact.links])
      expect(sentenceOf(m)).toBeDefined();
  }
  for (const q of analysis.quotes) expect(sentenceOf(q)).toBeDefined();
  for (const b of analysis.blame) expect(sentenceOf(b)).toBeDefined();
  for (const r of analysis.reuse) {
    for (const span of [r.a, r.b]) {
      const text = byId.get(span.article)?.text ?? "";
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  }
  const quoteIds = new Set(analysis.quotes.map((q) => q.id));
  for (const g of analysis.quoteGroups) {
    for (const id of g.quotes) expect(quoteIds.has(id)).toBe(true);
  }
}

describe("analyzeStory on bad input", () => {
  it("an empty article: a note, no sentences, no crash", () => {
    const result = analyzeStory(story([article("empty", ""), article("wire", WIRE)]));
    expectConsistent(result);
    expect(result.articles[0]?.sentences).toEqual([]);
    expect(result.notes).toContain("empty: no article text left after cleaning.");
  });

  it("one article: a note that there is nothing to compare, and its facts all single-outlet", () => {
    const result = analyzeStory(story([article("only", `${WIRE}\n\nOfficials gave no details.`)]));
    expectConsistent(result);
    expect(result.notes).toContain("Only one article: there is nothing to compare it with.");
    expect(result.facts.length).toBe(2);
    expect(result.reuse).toEqual([]);
  });

  it("no articles at all", () => {
    const result = analyzeStory(story([]));
    expectConsistent(result);
    expect(result.facts).toEqual([]);
  });

  it("50 articles from 50 outlets carrying one wire sentence: one fact reported by 50", () => {
    const articles = Array.from({ length: 50 }, (_, i) =>
      article(`outlet-${i}`, `${WIRE}\n\nLocal detail number ${i} about the ${i}th district.`),
    );
    const result = analyzeStory(story(articles));
    expectConsistent(result);
    const wire = result.facts.find((f) => f.coverage.length === 50);
    expect(wire).toBeDefined();
    expect(new Set(wire?.coverage.map((c) => c.article)).size).toBe(50);
    expect(wire?.links).toHaveLength(49);
  });

  it("an article of 200,000 words", { timeout: 60_000 }, () => {
    const sentence =
      "The committee met again on Tuesday to discuss the budget for the coming year. ";
    const words = sentence.split(" ").length - 1;
    const raw = sentence.repeat(Math.ceil(200_000 / words));
    const result = analyzeStory(story([article("huge", raw), article("wire", WIRE)]));
    expectConsistent(result);
    expect(result.articles[0]?.wordCount).toBeGreaterThanOrEqual(200_000);
  });

  it("text with no punctuation at all", () => {
    const raw = Array.from({ length: 400 }, (_, i) => `word${i % 37}`).join(" ");
    const result = analyzeStory(story([article("flat", raw), article("wire", WIRE)]));
    expectConsistent(result);
    expect(result.articles[0]?.sentences.length).toBeGreaterThan(1);
  });

  it("an article that is only quotes, and unbalanced quote marks", () => {
    const quotes = `"We will not leave," he said.\n\n“This is over.”\n\n"Never again," she said. "Not here."`;
    const unbalanced = `He said "we are leaving and “nobody will stop us.\n\nThe 'security concerns remain.`;
    const result = analyzeStory(story([article("quotes", quotes), article("open", unbalanced)]));
    expectConsistent(result);
    expect(result.quotes.some((q) => q.article === "quotes")).toBe(true);
  });

  it("HTML and scripts pasted in: markup and script bodies never reach the text", () => {
    const raw = `<html><head><script>var x = "alert('owned')";</script><style>p{color:red}</style></head>
<body><p>The consulate closed on Friday &amp; staff left.</p><div onclick="evil()">Officials said the move was temporary.</div></body></html>`;
    const result = analyzeStory(story([article("html", raw), article("wire", WIRE)]));
    expectConsistent(result);
    const text = result.articles[0]?.text ?? "";
    expect(text).toContain("The consulate closed on Friday & staff left.");
    expect(text).not.toMatch(/<|alert|color:red|evil/);
  });

  it("mixed scripts: Arabic and Cyrillic alongside English", () => {
    const raw =
      "أغلقت الولايات المتحدة قنصليتها في البصرة. США закрыли консульство в Басре. The United States closed its consulate in Basra.";
    const result = analyzeStory(story([article("mixed", raw), article("wire", WIRE)]));
    expectConsistent(result);
    expect(result.articles[0]?.text).toContain("البصرة");
    expect(result.articles[0]?.text).toContain("Басре");
  });

  it("rejects a malformed input with one clear error, not a crash deep inside", () => {
    expect(() =>
      analyzeStory({ slug: "x", title: "x", date: "x" } as unknown as StoryInput),
    ).toThrow(/articles/);
  });
});

describe("analyzeStory properties", () => {
  const sentencePool = [
    "Protesters set fire to the Iranian consulate on Friday.",
    "A group of attackers set fire to the Iranian consulate.",
    'Pompeo said: "We will hold Iran responsible."',
    "Officials blamed the militias for the rocket fire.",
    "The U.S. embassy in Baghdad remains open, Mr. Smith said.",
    "Electricity supplies were poor, residents said.",
    "“It is a temporary relocation,” the spokeswoman said.",
    "Iraq rejected the claims as baseless",
  ];
  const articleArb = fc
    .array(
      fc
        .array(fc.constantFrom(...sentencePool), { minLength: 0, maxLength: 4 })
        .map((s) => s.join(" ")),
      { minLength: 0, maxLength: 4 },
    )
    .map((paragraphs) => paragraphs.join("\n\n"));

  it("is deterministic and internally consistent on random stories", () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 4 }), (raws) => {
        const input = story(raws.map((raw, i) => article(`a${i}`, raw)));
        const first = analyzeStory(input);
        expectConsistent(first);
        expect(analyzeStory(input)).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });
});
