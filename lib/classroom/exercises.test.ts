import { describe, expect, it } from "vitest";
import type { Blame, Quote, QuotedVoice, StoryAnalysis, TextDiff } from "@/lib/analysis";
import { makeAnalysis, makeArticle, makeFact } from "@/lib/views/test-analysis";
import { discussPrompts } from "./discuss";
import { generateExercises } from "./exercises";

const articles = () => [
  makeArticle("a1", "one", [
    "The consulate closed after threats.",
    "Protesters set fire to a building.",
    "Officials said Iran was behind it.",
  ]),
  makeArticle("a2", "two", [
    "The consulate closed after threats.",
    "Rockets hit the compound, protesters said.",
    "Iran was behind it, an official said.",
  ]),
  makeArticle("a3", "three", [
    "The consulate closed after threats.",
    "A group of attackers set fire to a building.",
    "Iran denied any role.",
  ]),
  makeArticle("a4", "four", [
    "Something else entirely.",
    "Nothing in common here.",
    "A last line.",
  ]),
];

/** Facts: f1 in every outlet but a4; f2 only in a1; f3 in two of four. */
function withFacts(): StoryAnalysis {
  return makeAnalysis(articles(), [
    makeFact("f1", "closed", [
      ["a1", 0, "lede"],
      ["a2", 0, "lede"],
      ["a3", 0, "lede"],
      ["a4", null, "absent"],
    ]),
    makeFact("f2", "fire", [
      ["a1", 1, "body"],
      ["a2", null, "absent"],
      ["a3", null, "absent"],
      ["a4", null, "absent"],
    ]),
    makeFact("f3", "blame", [
      ["a1", 2, "body"],
      ["a2", 2, "body"],
      ["a3", null, "absent"],
      ["a4", null, "absent"],
    ]),
  ]);
}

function term(analysis: StoryAnalysis, article: string, sentence: number, text: string) {
  const a = analysis.articles.find((x) => x.id === article);
  const s = a?.sentences[sentence];
  const start = (s?.start ?? 0) + (s?.text.indexOf(text) ?? 0);
  return { article, term: text, sentence, start, end: start + text.length };
}

function blame(
  id: string,
  article: string,
  sentence: number,
  voice: Blame["voice"],
  actor = "iran",
): Blame {
  return {
    id,
    article,
    sentence,
    accuser: { text: voice === "own" ? null : "Officials", actor: null },
    accused: { text: "Iran", actor },
    kind: "blames",
    matter: null,
    voice,
    voiceCue: voice === "own" ? null : "said",
    cue: "behind",
    start: 0,
    end: 1,
    cues: [],
    quote: null,
    accuserSource: voice === "own" ? "outlet" : "named",
    confidence: 0.9,
    basis: "test",
  };
}

function voice(article: string, name: string, quotes: number, words: number): QuotedVoice {
  return { article, actor: null, name, side: "unknown", quotes, words, quoteIds: [], citations: 0 };
}

function quote(id: string, article: string, text: string): Quote {
  return {
    id,
    article,
    sentence: 0,
    start: 0,
    end: text.length,
    text,
    speaker: "Pompeo",
    speakerActor: null,
    affiliation: null,
    attribution: null,
    kind: "direct",
    words: text.split(" ").length,
  };
}

function diff(kind: TextDiff["kind"], similarity: number): TextDiff {
  return {
    parts: [],
    kind,
    changes: [],
    summary: kind === "identical" ? "Identical wording." : "Words reordered: “temporary” moved.",
    similarity,
  };
}

describe("generateExercises on hand-made analyses", () => {
  it("an empty analysis gives no exercise at all", () => {
    expect(generateExercises(makeAnalysis(articles(), []))).toEqual([]);
  });

  it("facts alone give only the omission exercise, with the one outlet that leaves the fact out", () => {
    const exercises = generateExercises(withFacts());
    expect(exercises.map((e) => [e.id, e.kind, e.check])).toEqual([
      ["q1", "omission", { kind: "omission", fact: "f1", article: "a4" }],
    ]);
    const [omission] = exercises;
    expect(omission?.options.filter((o) => o.correct).map((o) => o.outlet)).toEqual(["a4"]);
    expect(omission?.evidence.map((e) => e.article)).toEqual(["a1", "a2", "a3"]);
  });

  it("no omission when the one outlet left may give the fact in other words", () => {
    const analysis = withFacts();
    const near = {
      ...analysis,
      facts: analysis.facts.map((f) => ({
        ...f,
        maybe: [{ article: "a4", sentence: 0, score: 0.34 }],
      })),
    };
    expect(generateExercises(near).filter((e) => e.kind === "omission")).toEqual([]);
  });

  it("no omission when fewer than three outlets", () => {
    const analysis = makeAnalysis(articles().slice(0, 2), [
      makeFact("f1", "x", [
        ["a1", 0, "lede"],
        ["a2", null, "absent"],
      ]),
    ]);
    expect(generateExercises(analysis)).toEqual([]);
  });

  it("word choice: the one outlet that writes “a group of attackers” where the others write “protesters”", () => {
    const analysis = withFacts();
    analysis.actors = [
      {
        id: "crowd",
        name: "Protesters",
        side: "protesters",
        kind: "crowd",
        aliases: [],
        source: "gazetteer",
        represents: null,
      },
    ];
    analysis.wordChoice = [
      {
        id: "actor:crowd",
        concept: "crowd",
        kind: "actor",
        terms: [
          term(analysis, "a1", 1, "Protesters"),
          term(analysis, "a2", 1, "protesters"),
          term(analysis, "a3", 1, "A group of attackers"),
        ],
      },
    ];
    const exercise = generateExercises(analysis).find((e) => e.kind === "word-choice");
    expect(exercise?.check).toEqual({
      kind: "word-choice",
      concept: "actor:crowd",
      article: "a3",
      terms: ["A group of attackers"],
      majority: "protesters",
    });
    // The outlets that write the majority word are named in the prompt, so they are not options.
    expect(exercise?.options.map((o) => o.outlet)).toEqual(["a3", "a4"]);
  });

  it("word choice: no exercise when the odd outlet shares the word, or no word has a majority", () => {
    const analysis = withFacts();
    analysis.actors = [
      {
        id: "crowd",
        name: "Protesters",
        side: "protesters",
        kind: "crowd",
        aliases: [],
        source: "gazetteer",
        represents: null,
      },
    ];
    const mixed = [
      term(analysis, "a1", 1, "Protesters"),
      term(analysis, "a2", 1, "protesters"),
      { ...term(analysis, "a3", 1, "attackers"), term: "angry protesters" },
    ];
    analysis.wordChoice = [{ id: "actor:crowd", concept: "crowd", kind: "actor", terms: mixed }];
    expect(generateExercises(analysis).some((e) => e.kind === "word-choice")).toBe(false);
    analysis.wordChoice = [
      {
        id: "actor:crowd",
        concept: "crowd",
        kind: "actor",
        terms: [{ ...mixed[0]!, term: "rioters" }, mixed[1]!, { ...mixed[2]!, term: "mob" }],
      },
    ];
    expect(generateExercises(analysis).some((e) => e.kind === "word-choice")).toBe(false);
  });

  it("own voice: the only outlet that blames Iran without a source", () => {
    const analysis = withFacts();
    analysis.blame = [
      blame("b1", "a1", 2, "own"),
      blame("b2", "a2", 2, "attributed"),
      blame("b3", "a3", 2, "attributed"),
    ];
    const exercise = generateExercises(analysis).find((e) => e.kind === "own-voice");
    expect(exercise?.check).toEqual({
      kind: "own-voice",
      actor: "iran",
      article: "a1",
      blame: "b1",
    });
    analysis.blame.push(blame("b4", "a2", 1, "own"));
    expect(generateExercises(analysis).some((e) => e.kind === "own-voice")).toBe(false);
  });

  it("top voice: only when one voice clearly leads", () => {
    const analysis = withFacts();
    analysis.voices = [voice("a1", "Mike Pompeo", 3, 40), voice("a1", "Iraqi official", 1, 10)];
    expect(generateExercises(analysis).find((e) => e.kind === "top-voice")?.check).toEqual({
      kind: "top-voice",
      article: "a1",
      voice: "Mike Pompeo",
    });
    analysis.voices = [voice("a1", "Mike Pompeo", 3, 40), voice("a1", "Iraqi official", 3, 40)];
    expect(generateExercises(analysis).some((e) => e.kind === "top-voice")).toBe(false);
  });

  it("quote change: a close rewording counts, a fragment of the quote does not", () => {
    const analysis = withFacts();
    analysis.quotes = [
      quote("q-a1", "a1", "an appropriate temporary relocation"),
      quote("q-a2", "a2", "a temporary and appropriate relocation"),
    ];
    const group = (similarity: number) => ({
      id: "qg-1",
      base: "q-a2",
      quotes: ["q-a1", "q-a2"],
      variants: [
        { quote: "q-a1", status: "altered" as const, diff: diff("reorder", similarity) },
        { quote: "q-a2", status: "verbatim" as const, diff: diff("identical", 1) },
      ],
      altered: true,
    });
    analysis.quoteGroups = [group(0.9)];
    const exercise = generateExercises(analysis).find((e) => e.kind === "quote-change");
    expect(exercise?.check).toEqual({
      kind: "quote-change",
      group: "qg-1",
      quote: "q-a1",
      base: "q-a2",
    });
    analysis.quoteGroups = [group(0.3)];
    expect(generateExercises(analysis).some((e) => e.kind === "quote-change")).toBe(false);
  });

  it("story questions come after the generated ones; unknown evidence slugs are dropped", () => {
    const exercises = generateExercises(withFacts(), [
      { question: "Why does one say more?", answer: "Space.", evidence: ["a2", "nope"] },
    ]);
    expect(exercises.map((e) => `${e.id}:${e.kind}`)).toEqual(["q1:omission", "q2:story"]);
    expect(exercises[1]?.evidence.map((e) => e.article)).toEqual(["a2"]);
  });
});

describe("discussPrompts on hand-made analyses", () => {
  it("discussion examples are absent when the analysis has nothing to show", () => {
    const empty = makeAnalysis(
      articles().map((a) => ({ ...a, title: null })),
      [],
    );
    expect(discussPrompts(empty).map((p) => p.example)).toEqual([null, null, null, null, null]);
  });
});
