import { describe, expect, it } from "vitest";
import { getOutlets, getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { createBlinding } from "./blind";
import { discussPrompts } from "./discuss";
import { generateExercises } from "./exercises";
import type { Naming } from "./lines";
import { blindSources, outletNames } from "./sources";
import { blindArticles, discussView, exerciseView, paragraphNumbers } from "./views";

const SLUG = "basra-consulate-2018";

function lesson(seed: string | null) {
  const story = getStory(SLUG);
  const analysis = getStoryAnalysis(SLUG);
  if (!story || !analysis) throw new Error("seed story missing");
  const blinding = createBlinding(blindSources(analysis, story, getOutlets()), seed);
  return { analysis, blinding, names: outletNames(analysis) };
}

describe("the student's view model", () => {
  it("holds no article id, outlet slug, outlet name or alias, save the sources articles cite", () => {
    const { analysis, blinding } = lesson("k3f9");
    const blind: Naming = { blinding, mode: "blind" };
    const model = JSON.stringify({
      articles: blindArticles(analysis, blind),
      exercises: generateExercises(analysis).map((e) => exerciseView(e, blind, false)),
      discuss: discussPrompts(analysis).map((p) => discussView(p, blind)),
    })
      .split("told The Wall Street Journal")
      .join("")
      .split("The Wall Street Journal quoted a senior administration official")
      .join("");
    const terms = [
      ...analysis.articles.flatMap((a) => [a.id, a.outlet, a.outletSlug ?? ""]),
      ...getOutlets().flatMap((o) => [o.slug, o.name, ...o.aliases]),
    ].filter((t) => t.length > 0);
    for (const term of terms) expect(model.toLowerCase(), term).not.toContain(term.toLowerCase());
  });

  it("carries no answers: no correct flags, no answer, no evidence, nothing to check", () => {
    const { analysis, blinding } = lesson("k3f9");
    for (const view of generateExercises(analysis).map((e) =>
      exerciseView(e, { blinding, mode: "blind" }, false),
    )) {
      expect(view.answer).toBeNull();
      expect(view.evidence).toEqual([]);
      expect(view.check).toBeNull();
      expect(view.options.every((o) => !o.correct)).toBe(true);
    }
  });

  it("outlet options are letters in letter order, whatever the seed", () => {
    for (const seed of ["k3f9", "abc", null]) {
      const { analysis, blinding } = lesson(seed);
      for (const view of generateExercises(analysis).map((e) =>
        exerciseView(e, { blinding, mode: "blind" }, false),
      )) {
        const letters = view.options.map((o) => o.value).filter((v) => /^[A-Z]+$/.test(v));
        expect(letters).toEqual([...letters].sort());
      }
    }
  });

  it("the key names outlets next to their letters and marks exactly one right option", () => {
    const { analysis, blinding, names } = lesson("k3f9");
    const named: Naming = { blinding, mode: "named", names };
    for (const view of generateExercises(analysis).map((e) => exerciseView(e, named, true))) {
      if (view.options.length > 0) expect(view.options.filter((o) => o.correct)).toHaveLength(1);
      const answer = view.answer?.map((p) => p.text).join("") ?? "";
      if (view.check && "article" in view.check)
        expect(answer).toContain(names.get(view.check.article) ?? "??");
    }
  });

  it("numbers the blind text's paragraphs, and every cited sentence carries its paragraph's number", () => {
    const { analysis, blinding, names } = lesson("k3f9");
    const paragraphs = paragraphNumbers(analysis, blinding);
    const blind: Naming = { blinding, mode: "blind", paragraphs };
    const articles = blindArticles(analysis, blind);
    for (const article of articles)
      expect(article.paragraphs.map((p) => p.number)).toEqual(
        article.paragraphs.map((_, i) => i + 1),
      );
    const named: Naming = { blinding, mode: "named", names, paragraphs };
    const views = generateExercises(analysis).map((e) => exerciseView(e, named, true));
    const cited = views.flatMap((v) => [...v.evidence, ...(v.passage ? [v.passage] : [])]);
    expect(cited.length).toBeGreaterThan(5);
    for (const evidence of cited.filter((e) => !e.whole)) {
      expect(evidence.paragraph, evidence.outlet).not.toBeNull();
      // The numbered paragraph of the student's text holds the cited words (its letter's text).
      const letter = /^Outlet ([A-Z]+)/.exec(evidence.outlet)?.[1];
      const text = articles.find((a) => a.letter === letter)?.paragraphs[
        (evidence.paragraph ?? 0) - 1
      ]?.text;
      // Words only: quotes may be shown with typographic marks.
      const plain = (value: string) => value.replace(/[^A-Za-z0-9]+/g, " ").trim();
      const words = plain(evidence.line.map((p) => p.text).join("")).slice(-40);
      expect(plain(text ?? ""), evidence.outlet).toContain(words);
    }
  });
});
