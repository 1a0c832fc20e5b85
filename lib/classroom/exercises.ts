import type { Blame, StoryAnalysis, Voice } from "@/lib/analysis";
import { omittingArticles, reportedCoverage } from "@/lib/views/fact-coverage";
import { quoteChangeCandidates, topVoiceCandidates, wordChoiceCandidates } from "./exercise-kinds";
import { type Draft, type Exercise, MAX_EXERCISES, outletOptions } from "./exercise-types";
import { type Evidence, findArticle, sentenceEvidence } from "./evidence";
import type { Line } from "./lines";

export type { Exercise, ExerciseCheck, ExerciseKind, ExerciseOption } from "./exercise-types";

/**
 * "Spot the difference" exercises, generated from the analysis alone: the same
 * analysis always gives the same exercises in the same order, whatever the
 * seed (the seed only decides which letter each outlet gets when shown).
 */

/** Facts most outlets report (all but one), and the one that leaves each out. */
export function omissionCandidates(analysis: StoryAnalysis): Draft[] {
  const n = analysis.articles.length;
  if (n < 3) return [];
  const ids = analysis.articles.map((a) => a.id);
  const ranked = analysis.facts
    .map((fact, order) => {
      const present = reportedCoverage(fact);
      // Absence is what the coverage does not list as reported (lib/views/fact-coverage).
      const absent = omittingArticles(fact, ids).map((article) => ({ article }));
      const lede = present.filter((c) => c.placement === "lede").length;
      return { fact, order, present, absent, lede };
    })
    .filter(
      ({ present, absent }) =>
        absent.length === 1 && present.length >= 2 && present.length + absent.length === n,
    )
    .sort((a, b) => b.present.length - a.present.length || b.lede - a.lede || a.order - b.order);
  return ranked.flatMap(({ fact, present, absent }): Draft[] => {
    const missing = absent[0]?.article ?? "";
    const shown = present.find((c) => c.placement === "lede") ?? present[0];
    const shownArticle = shown ? findArticle(analysis, shown.article) : undefined;
    if (!shown || shown.sentence === null || !shownArticle || !findArticle(analysis, missing))
      return [];
    const evidence = present.flatMap((c) => {
      const article = findArticle(analysis, c.article);
      return article && c.sentence !== null ? [sentenceEvidence(article, c.sentence)] : [];
    });
    return [
      {
        kind: "omission",
        topic: "omission",
        prompt: ["Every outlet but one reports the fact below. Which outlet leaves it out?"],
        passage: {
          ...sentenceEvidence(shownArticle, shown.sentence),
          note: ["As ", { outlet: shown.article }, " puts it"],
        },
        options: outletOptions(
          analysis.articles.map((a) => a.id),
          missing,
        ),
        answer: [
          { outlet: missing },
          " does not report it; ",
          { outlets: present.map((c) => c.article) },
          " do.",
        ],
        evidence,
        check: { kind: "omission", fact: fact.id, article: missing },
      },
    ];
  });
}

const ACCUSING: Blame["kind"][] = [
  "blames",
  "accuses",
  "holds-responsible",
  "attributes-responsibility",
  "criticises",
];

/** Blame stated in one outlet's own voice that every other outlet attributes to a source. */
export function ownVoiceCandidates(analysis: StoryAnalysis): Draft[] {
  const byActor = new Map<string, Blame[]>();
  for (const blame of analysis.blame) {
    if (!blame.accused.actor || !ACCUSING.includes(blame.kind)) continue;
    byActor.set(blame.accused.actor, [...(byActor.get(blame.accused.actor) ?? []), blame]);
  }
  const drafts: { draft: Draft; others: number; actor: string }[] = [];
  for (const [actor, blames] of byActor) {
    const ownArticles = [...new Set(blames.filter((b) => b.voice === "own").map((b) => b.article))];
    const others = [
      ...new Set(blames.filter((b) => b.voice !== "own").map((b) => b.article)),
    ].filter((a) => !ownArticles.includes(a));
    const own = ownArticles[0];
    const ownBlame = blames.find((b) => b.voice === "own" && b.article === own);
    const ownArticle = own ? findArticle(analysis, own) : undefined;
    if (
      ownArticles.length !== 1 ||
      others.length === 0 ||
      !ownBlame ||
      !ownArticle ||
      !ownBlame.accused.text
    )
      continue;
    const contrast = others
      .map(
        (id) =>
          blames.find((b) => b.article === id && b.voice === "attributed" && b.voiceCue) ??
          blames.find((b) => b.article === id),
      )
      .find((b) => b !== undefined);
    const contrastArticle = contrast ? findArticle(analysis, contrast.article) : undefined;
    const evidence: Evidence[] = [
      sentenceEvidence(ownArticle, ownBlame.sentence, ownBlame.cues, ["No source is named."]),
    ];
    if (contrast && contrastArticle) {
      const note: Line = contrast.voiceCue
        ? ["Attributed: “", { excerpt: contrast.voiceCue, article: contrast.article }, "”"]
        : ["Attributed to a source."];
      evidence.push(sentenceEvidence(contrastArticle, contrast.sentence, contrast.cues, note));
    }
    const involved = [own ?? "", ...others];
    drafts.push({
      actor,
      others: others.length,
      draft: {
        kind: "own-voice",
        topic: "attribution",
        prompt: [
          { outlets: involved },
          " all report claims that blame ",
          { excerpt: ownBlame.accused.text.replace(/^The\b/, "the"), article: ownBlame.article },
          ". Most put the claim in a source’s mouth (“an official said”). Which outlet states it in its own voice, naming no source?",
        ],
        passage: null,
        options: outletOptions(involved, own ?? ""),
        answer: [
          { outlet: own ?? "" },
          " states it itself, with no source; the others attribute it.",
        ],
        evidence,
        check: { kind: "own-voice", actor, article: own ?? "", blame: ownBlame.id },
      },
    });
  }
  return drafts
    .sort((a, b) => b.others - a.others || a.actor.localeCompare(b.actor))
    .map((d) => d.draft);
}

/** A fact that exactly one outlet distances itself from, or exactly one states in its own voice. */
export function factVoiceCandidates(analysis: StoryAnalysis): Draft[] {
  const drafts: Draft[] = [];
  for (const fact of analysis.facts) {
    const present = reportedCoverage(fact).filter((c) => c.voice !== null);
    if (present.length < 3) continue;
    const distanced = present.filter((c) => c.voice === "distanced");
    const own = present.filter((c) => c.voice === "own");
    const voice: Voice | null =
      distanced.length === 1 ? "distanced" : own.length === 1 ? "own" : null;
    const answer = voice === "distanced" ? distanced[0] : voice === "own" ? own[0] : undefined;
    if (!voice || !answer) continue;
    const shown = present.find((c) => c.article !== answer.article);
    const shownArticle = shown ? findArticle(analysis, shown.article) : undefined;
    if (!shown || shown.sentence === null || !shownArticle) continue;
    const ids = present.map((c) => c.article);
    drafts.push({
      kind: "fact-voice",
      topic: "attribution",
      prompt:
        voice === "distanced"
          ? [
              { outlets: ids },
              " all report the fact below. Which one keeps its distance from it, with words such as “claimed”, “what it called” or quotation marks?",
            ]
          : [
              { outlets: ids },
              " all report the fact below. Which one states it as plain fact, in its own voice, where the others credit a source?",
            ],
      passage: {
        ...sentenceEvidence(shownArticle, shown.sentence),
        note: ["As ", { outlet: shown.article }, " puts it"],
      },
      options: outletOptions(ids, answer.article),
      answer:
        voice === "distanced"
          ? [{ outlet: answer.article }, " distances itself from it."]
          : [{ outlet: answer.article }, " states it in its own voice."],
      evidence: present.flatMap((c) => {
        const article = findArticle(analysis, c.article);
        const note: Line = [
          c.voice === "own"
            ? "Own voice."
            : c.voice === "distanced"
              ? "Distanced."
              : "Attributed to a source.",
        ];
        return article && c.sentence !== null
          ? [sentenceEvidence(article, c.sentence, [], note)]
          : [];
      }),
      check: { kind: "fact-voice", fact: fact.id, article: answer.article, voice },
    });
  }
  return drafts;
}

/** Take the first of each pool, then the second of each…, up to the cap: variety before depth. */
function roundRobin(pools: Draft[][], cap: number): Draft[] {
  const out: Draft[] = [];
  for (let round = 0; out.length < cap; round += 1) {
    let took = false;
    for (const pool of pools) {
      const next = pool[round];
      if (next && out.length < cap) {
        out.push(next);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}

/** Voice exercises, never two with the same answer outlet. */
function voicePool(analysis: StoryAnalysis): Draft[] {
  const seen = new Set<string>();
  return [...ownVoiceCandidates(analysis), ...factVoiceCandidates(analysis)].filter((draft) => {
    const article = "article" in draft.check ? draft.check.article : "";
    if (seen.has(article)) return false;
    seen.add(article);
    return true;
  });
}

/** Questions a story's author added in its frontmatter. */
export interface StoryQuestionInput {
  question: string;
  answer: string;
  evidence: string[];
}

function storyDrafts(analysis: StoryAnalysis, questions: StoryQuestionInput[]): Draft[] {
  return questions.map((q, index) => ({
    kind: "story",
    topic: "framing",
    prompt: [{ teacher: q.question }],
    passage: null,
    options: [],
    answer: [{ teacher: q.answer }],
    evidence: q.evidence
      .filter((id) => findArticle(analysis, id))
      .map((id) => ({ article: id, sentence: null, line: [] })),
    check: { kind: "story", index },
  }));
}

/** Every exercise the analysis supports, capped, then the story's own questions. */
export function generateExercises(
  analysis: StoryAnalysis,
  questions: StoryQuestionInput[] = [],
): Exercise[] {
  const pools = [
    omissionCandidates(analysis).slice(0, 2),
    wordChoiceCandidates(analysis).slice(0, 2),
    voicePool(analysis).slice(0, 2),
    topVoiceCandidates(analysis).slice(0, 1),
    quoteChangeCandidates(analysis).slice(0, 2),
  ];
  const drafts = [...roundRobin(pools, MAX_EXERCISES), ...storyDrafts(analysis, questions)];
  return drafts.map((draft, i) => ({ id: `q${i + 1}`, ...draft }));
}
