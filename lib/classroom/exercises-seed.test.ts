import { describe, expect, it } from "vitest";
import type { StoryAnalysis } from "@/lib/analysis";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { createBlinding } from "./blind";
import { discussPrompts } from "./discuss";
import { type Exercise, generateExercises } from "./exercises";
import { MAX_EXERCISES } from "./exercise-types";
import { lineText } from "./lines";

/** Check an exercise against the analysis independently of how it was generated. */
function agrees(analysis: StoryAnalysis, exercise: Exercise): boolean {
  const c = exercise.check;
  const correct = exercise.options.filter((o) => o.correct);
  if (exercise.options.length > 0 && correct.length !== 1) return false;
  if ("article" in c && correct[0]?.outlet !== undefined && correct[0].outlet !== c.article)
    return false;
  switch (c.kind) {
    case "omission": {
      const fact = analysis.facts.find((f) => f.id === c.fact);
      return (
        Boolean(fact) &&
        // Every other article reports it (coverage lists reporting articles only), this one does not.
        analysis.articles.every(
          (a) => fact!.coverage.some((cov) => cov.article === a.id) === (a.id !== c.article),
        )
      );
    }
    case "word-choice": {
      const choice = analysis.wordChoice.find((w) => w.id === c.concept);
      const own =
        choice?.terms.filter((t) => t.article === c.article).map((t) => t.term.toLowerCase()) ?? [];
      const others = new Set(
        choice?.terms
          .filter((t) => t.term.toLowerCase() === c.majority.toLowerCase())
          .map((t) => t.article),
      );
      return (
        c.terms.every((t) => own.includes(t.toLowerCase())) &&
        !own.includes(c.majority.toLowerCase()) &&
        others.size >= 2
      );
    }
    case "own-voice": {
      const b = analysis.blame.find((x) => x.id === c.blame);
      const ownElsewhere = analysis.blame.some(
        (x) =>
          x.voice === "own" &&
          x.accused.actor === c.actor &&
          x.article !== c.article &&
          x.kind !== "denies-responsibility" &&
          x.kind !== "rejects-accusation",
      );
      return (
        b?.voice === "own" &&
        b.article === c.article &&
        b.accused.actor === c.actor &&
        !ownElsewhere
      );
    }
    case "fact-voice": {
      const fact = analysis.facts.find((f) => f.id === c.fact);
      const same = fact?.coverage.filter((cov) => cov.voice === c.voice).map((cov) => cov.article);
      return same?.length === 1 && same[0] === c.article;
    }
    case "top-voice": {
      const voices = analysis.voices.filter((v) => v.article === c.article);
      const max = Math.max(...voices.map((v) => v.quotes));
      return voices.find((v) => v.name === c.voice)?.quotes === max;
    }
    case "quote-change": {
      const group = analysis.quoteGroups.find((g) => g.id === c.group);
      const q = analysis.quotes.find((x) => x.id === c.quote);
      const base = analysis.quotes.find((x) => x.id === c.base);
      return (
        Boolean(group?.altered) &&
        group?.variants.find((v) => v.quote === c.quote)?.status === "altered" &&
        q?.article !== base?.article
      );
    }
    case "story":
      return true;
  }
}

describe("generateExercises on the seed story", () => {
  const analysis = getStoryAnalysis("basra-consulate-2018");
  if (!analysis) throw new Error("seed story missing");

  it("every answer agrees with the analysis", () => {
    const exercises = generateExercises(analysis);
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(MAX_EXERCISES);
    for (const exercise of exercises)
      expect(agrees(analysis, exercise), JSON.stringify(exercise.check)).toBe(true);
  });

  it("is deterministic, and its ids name no outlet", () => {
    expect(generateExercises(analysis)).toEqual(generateExercises(analysis));
    const ids = generateExercises(analysis).map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => `q${i + 1}`));
  });

  it("asks about Press TV's “a group of attackers” in blind terms", () => {
    const blinding = createBlinding(
      analysis.articles.map((article) => ({
        article,
        profile: null,
        url: null,
        provenance: { kind: "original", source: null },
      })),
      "k3f9",
    );
    const exercise = generateExercises(analysis).find((e) => e.kind === "word-choice");
    if (!exercise) return; // the engine may stop finding this concept; other tests cover the shape
    expect(lineText(exercise.answer, { blinding, mode: "blind" })).toBe(
      `${blinding.label("press-tv")} writes “a group of attackers” instead.`,
    );
  });

  it("discussion prompts come in a fixed order, each example from this story", () => {
    const prompts = discussPrompts(analysis);
    expect(prompts.map((p) => p.key)).toEqual([
      "framing",
      "attribution",
      "loaded-wording",
      "omission",
      "wire-copy",
    ]);
    const ids = new Set(analysis.articles.map((a) => a.id));
    for (const prompt of prompts)
      for (const e of prompt.example?.evidence ?? []) expect(ids.has(e.article)).toBe(true);
  });
});
