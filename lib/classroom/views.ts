import type { ArticleAnalysis, StoryAnalysis } from "@/lib/analysis";
import type { Blinding } from "./blind";
import type { DiscussPrompt } from "./discuss";
import type { Evidence } from "./evidence";
import type { Exercise, ExerciseCheck, ExerciseKind } from "./exercise-types";
import { GLOSSARY, type GlossaryKey } from "./glossary";
import { type Naming, outletName, type ParagraphNumbers, type Part, resolveLine } from "./lines";

/**
 * What the lesson's components render: plain text parts, already blinded (or
 * named, for the key and the reveal). Components never see article ids or
 * outlet names in blind mode, so nothing can leak into the student's HTML.
 */

export interface EvidenceView {
  /** "Outlet B", or "Outlet B (Press TV)" when named. */
  outlet: string;
  /** The paragraph's number in the blind text (as printed on the worksheet), when known. */
  paragraph: number | null;
  line: Part[];
  note: Part[] | null;
  /** A whole text is meant (teacher questions): "see the text". */
  whole: boolean;
}

export interface OptionView {
  /** The form value: the outlet's letter, or the option's number. Never a slug. */
  value: string;
  label: Part[];
  correct: boolean;
}

export interface ExerciseView {
  id: string;
  number: number;
  kind: ExerciseKind;
  topic: GlossaryKey;
  prompt: Part[];
  passage: EvidenceView | null;
  options: OptionView[];
  /** Present only when answers are shown (reveal, key). */
  answer: Part[] | null;
  evidence: EvidenceView[];
  /** Only in named mode: what the answer rests on, for the key's data attributes. */
  check: ExerciseCheck | null;
}

/** Evidence from every outlet alike (one sentence each) reads best in letter order. */
function byLetter(evidence: Evidence[], naming: Naming): Evidence[] {
  const position = new Map(naming.blinding.outlets.map((o, i) => [o.id, i]));
  return [...evidence].sort(
    (a, b) => (position.get(a.article) ?? 0) - (position.get(b.article) ?? 0),
  );
}

const EVIDENCE_IN_LETTER_ORDER = new Set<ExerciseKind>(["omission", "fact-voice", "story"]);

export function evidenceView(evidence: Evidence, naming: Naming): EvidenceView {
  return {
    outlet: outletName(evidence.article, naming),
    paragraph:
      evidence.sentence === null
        ? null
        : (naming.paragraphs?.get(evidence.article)?.get(evidence.sentence) ?? null),
    line: resolveLine(evidence.line, naming),
    note: evidence.note ? resolveLine(evidence.note, naming) : null,
    whole: evidence.sentence === null && evidence.line.length === 0,
  };
}

/** An exercise for display; without answers it carries nothing that gives them away. */
export function exerciseView(
  exercise: Exercise,
  naming: Naming,
  withAnswers: boolean,
): ExerciseView {
  const position = new Map(naming.blinding.outlets.map((o, i) => [o.id, i]));
  const options = exercise.options
    .map((option, i) => ({ option, i }))
    .sort((a, b) =>
      a.option.outlet !== undefined && b.option.outlet !== undefined
        ? (position.get(a.option.outlet) ?? 0) - (position.get(b.option.outlet) ?? 0)
        : a.i - b.i,
    )
    .map(({ option, i }) => ({
      value: option.outlet !== undefined ? naming.blinding.letter(option.outlet) : String(i + 1),
      label: resolveLine(option.label, naming),
      correct: withAnswers && option.correct,
    }));
  return {
    id: exercise.id,
    number: Number(exercise.id.slice(1)),
    kind: exercise.kind,
    topic: exercise.topic,
    prompt: resolveLine(exercise.prompt, naming),
    passage: exercise.passage ? evidenceView(exercise.passage, naming) : null,
    options,
    answer: withAnswers ? resolveLine(exercise.answer, naming) : null,
    evidence: withAnswers
      ? (EVIDENCE_IN_LETTER_ORDER.has(exercise.kind)
          ? byLetter(exercise.evidence, naming)
          : exercise.evidence
        ).map((e) => evidenceView(e, naming))
      : [],
    check: withAnswers && naming.mode === "named" ? exercise.check : null,
  };
}

export interface DiscussView {
  key: GlossaryKey;
  term: string;
  question: string;
  intro: Part[] | null;
  evidence: EvidenceView[];
}

export function discussView(prompt: DiscussPrompt, naming: Naming): DiscussView {
  return {
    key: prompt.key,
    term: GLOSSARY[prompt.key].term,
    question: prompt.question,
    intro: prompt.example ? resolveLine(prompt.example.intro, naming) : null,
    evidence: prompt.example
      ? (prompt.key === "framing"
          ? byLetter(prompt.example.evidence, naming)
          : prompt.example.evidence
        ).map((e) => evidenceView(e, naming))
      : [],
  };
}

export interface BlindParagraph {
  /** 1, 2, … as printed, so students can cite "Outlet B, ¶ 4". */
  number: number;
  text: string;
}

export interface BlindArticleView {
  letter: string;
  label: string;
  /** The headline with the outlet's own name taken out, or null when none was captured. */
  headline: string | null;
  paragraphs: BlindParagraph[];
}

/** One article's paragraphs as the blind text shows them: redacted, empty ones dropped, numbered. */
function blindParagraphs(
  article: ArticleAnalysis,
  blinding: Blinding,
): (BlindParagraph & { index: number })[] {
  const shown: (BlindParagraph & { index: number })[] = [];
  for (const p of article.paragraphs) {
    const text = blinding.excerpt(
      article.id,
      article.text.slice(p.start, p.end),
      article.text.slice(0, p.start).trim() === "",
    );
    if (text.trim().length > 0) shown.push({ number: shown.length + 1, text, index: p.index });
  }
  return shown;
}

/** Article id → sentence index → the number of its paragraph in the blind text. */
export function paragraphNumbers(analysis: StoryAnalysis, blinding: Blinding): ParagraphNumbers {
  return new Map(
    analysis.articles.map((article) => {
      const numbers = new Map(blindParagraphs(article, blinding).map((p) => [p.index, p.number]));
      const bySentence = new Map<number, number>();
      for (const sentence of article.sentences) {
        const number = numbers.get(sentence.paragraph);
        if (number !== undefined) bySentence.set(sentence.index, number);
      }
      return [article.id, bySentence];
    }),
  );
}

/** Every article in letter order, blinded: no name, byline, date, URL, dateline or page chrome. */
export function blindArticles(analysis: StoryAnalysis, naming: Naming): BlindArticleView[] {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  return naming.blinding.outlets.flatMap((outlet): BlindArticleView[] => {
    const article = byId.get(outlet.id);
    if (!article) return [];
    return [
      {
        letter: outlet.letter,
        label: outlet.label,
        headline: article.title ? naming.blinding.redact(article.id, article.title) : null,
        paragraphs: blindParagraphs(article, naming.blinding).map(({ number, text }) => ({
          number,
          text,
        })),
      },
    ];
  });
}
