import type { StoryAnalysis } from "@/lib/analysis";
import { reportedCoverage } from "@/lib/views/fact-coverage";
import { type Evidence, findArticle, sentenceAt, sentenceEvidence } from "./evidence";
import { omissionCandidates } from "./exercises";
import type { GlossaryKey } from "./glossary";
import type { Line } from "./lines";

/** A discussion prompt, tied to a glossary entry, with an example from this story when it has one. */
export interface DiscussPrompt {
  key: GlossaryKey;
  question: string;
  example: { intro: Line; evidence: Evidence[] } | null;
}

/** Headlines side by side; failing that, a fact one outlet leads with and another buries. */
function framingExample(analysis: StoryAnalysis): DiscussPrompt["example"] {
  const titled = analysis.articles.filter((a) => a.title);
  if (titled.length >= 2) {
    return {
      intro: ["The headlines, as each outlet wrote them:"],
      evidence: titled.map((a) => ({
        article: a.id,
        sentence: null,
        line: [{ excerpt: a.title ?? "", article: a.id }],
      })),
    };
  }
  for (const fact of analysis.facts) {
    const lede = reportedCoverage(fact).find((c) => c.placement === "lede");
    const buried = reportedCoverage(fact).find((c) => c.placement === "buried");
    const a = lede ? findArticle(analysis, lede.article) : undefined;
    const b = buried ? findArticle(analysis, buried.article) : undefined;
    if (!lede || !buried || !a || !b || lede.sentence === null || buried.sentence === null)
      continue;
    return {
      intro: [
        { outlet: a.id },
        " puts this at the top; ",
        { outlet: b.id },
        " leaves it near the end:",
      ],
      evidence: [sentenceEvidence(a, lede.sentence), sentenceEvidence(b, buried.sentence)],
    };
  }
  return null;
}

/** A blame held at a distance ("claimed", "has not provided evidence"), else one in the outlet's own voice. */
function attributionExample(analysis: StoryAnalysis): DiscussPrompt["example"] {
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const blames = [...analysis.blame].sort(
    (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.sentence - b.sentence,
  );
  const distanced = blames.find((b) => b.voice === "distanced" && b.voiceCue);
  const own = blames.find((b) => b.voice === "own");
  const pick = distanced ?? own;
  const article = pick ? findArticle(analysis, pick.article) : undefined;
  if (!pick || !article) return null;
  const cue: Line = pick.voiceCue
    ? [" (“", { excerpt: pick.voiceCue, article: pick.article }, "”)"]
    : [];
  return {
    intro:
      pick.voice === "distanced"
        ? [{ outlet: pick.article }, " reports this blame but keeps its distance", ...cue, ":"]
        : [{ outlet: pick.article }, " states this blame in its own voice, naming no source:"],
    evidence: [sentenceEvidence(article, pick.sentence, pick.cues)],
  };
}

/** A marked word (a loaded verb first, then a hedge), not in a sentence already used above. */
function loadedExample(analysis: StoryAnalysis, used: Set<string>): DiscussPrompt["example"] {
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const words = [...analysis.markedWords]
    .filter((w) => !used.has(`${w.article}:${w.sentence}`))
    .sort(
      (a, b) =>
        Number(b.category.includes("assertive")) - Number(a.category.includes("assertive")) ||
        (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) ||
        a.start - b.start,
    );
  const word = words[0];
  const article = word ? findArticle(analysis, word.article) : undefined;
  if (!word || !article) return null;
  return {
    intro: [{ outlet: word.article }, ` uses a marked word (${word.category}):`],
    evidence: [sentenceEvidence(article, word.sentence, [word])],
  };
}

/** The longest passage two outlets share word for word. */
function wireExample(analysis: StoryAnalysis): DiscussPrompt["example"] {
  // A shared quotation only shows two outlets quoting one person; shared narration is the tell of wire copy.
  const quoted = (span: { article: string; start: number; end: number }) => {
    const inside = analysis.quotes
      .filter((q) => q.article === span.article)
      .reduce(
        (sum, q) => sum + Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start)),
        0,
      );
    return inside * 2 >= span.end - span.start;
  };
  const reuse = [...analysis.reuse].sort(
    (a, b) =>
      Number(quoted(a.a) || quoted(a.b)) - Number(quoted(b.a) || quoted(b.b)) ||
      b.words - a.words ||
      b.similarity - a.similarity ||
      a.id.localeCompare(b.id),
  )[0];
  if (!reuse) return null;
  const evidence = [reuse.a, reuse.b].flatMap((span): Evidence[] => {
    const article = findArticle(analysis, span.article);
    if (!article) return [];
    return [
      {
        article: span.article,
        sentence: sentenceAt(article, span.start),
        line: [
          {
            excerpt: article.text.slice(span.start, span.end),
            article: span.article,
            atStart: article.text.slice(0, span.start).trim() === "",
          },
        ],
      },
    ];
  });
  return {
    intro: [
      { outlets: [reuse.a.article, reuse.b.article] },
      ` share this passage of ${reuse.words} words${reuse.similarity >= 1 ? " word for word" : " almost word for word"}:`,
    ],
    evidence,
  };
}

/** The discussion prompts, always in the same order; examples only where the analysis has them. */
export function discussPrompts(analysis: StoryAnalysis): DiscussPrompt[] {
  const attribution = attributionExample(analysis);
  const used = new Set((attribution?.evidence ?? []).map((e) => `${e.article}:${e.sentence}`));
  const omission = omissionCandidates(analysis)[0];
  return [
    {
      key: "framing",
      question:
        "Read only the headlines and first paragraphs. What does each outlet want you to notice first, and who comes out looking responsible?",
      example: framingExample(analysis),
    },
    {
      key: "attribution",
      question:
        "Find a claim that one outlet states as fact and another credits to a source or doubts. Does the difference change how sure you feel?",
      example: attribution,
    },
    {
      key: "loaded-wording",
      question:
        "Pick a word that carries a judgement. What neutral word could replace it, and how would the sentence read then?",
      example: loadedExample(analysis, used),
    },
    {
      key: "omission",
      question:
        "What does each outlet leave out? Is an omission just a matter of space, or does it change the story?",
      example:
        omission && omission.check.kind === "omission"
          ? {
              intro: [...omission.answer.slice(0, 1), " leaves out what the others report:"],
              evidence: omission.passage ? [omission.passage] : [],
            }
          : null,
    },
    {
      key: "wire-copy",
      question:
        "Which outlets print the same sentences? Does any of them say where the words come from?",
      example: wireExample(analysis),
    },
  ];
}
