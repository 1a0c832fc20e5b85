/*
 * The accuracy Parallax measured, as the pages state it. Every figure comes from a command in
 * eval/ (see docs/quality.md, which gives the same figures with more detail) and is taken on two
 * parts of each data set: the part the rules were tuned on, and a reporting part kept out of the
 * development loop. Pages quote the reporting part: it is what a reader can expect on a story
 * nobody here has read. Update this file and docs/quality.md together, from the commands' output.
 */

/** One measured figure: tuned-on and held-out values, as printed by its command. */
export interface Measure {
  /** What is measured, in a reader's words. */
  label: string;
  /** On the part of the data the rules were tuned on (null when there is no such part). */
  tune: string | null;
  /** On the held-out part: articles never used in tuning. */
  report: string;
  /** Which data, which parts. */
  data: string;
  /** The command that prints it. */
  command: string;
}

/** When the figures below were taken (ISO date). */
export const MEASURED_ON = "2026-12-06";

export const MEASURES = {
  blameAudit: {
    label: "Blame statements shown by default (confident) that a person judged right",
    tune: null,
    report: "89.6 % (43 of 48)",
    data: "hand-judged: 389 PolNeAR articles never judged or tuned on (sample G, 27 of 30) BASIL 2012, the held-out split, one story per event (sample H, 3 of 4) and MRPC news sentences no blame rule was tuned on (samples I and J, 11 of 12) and UD EWT weblogs and newsgroups (sample K, 2 of 2); eval/audit/blame-polnear-dev.md",
    command: "npm run audit -- <story-folder> --only blame --confident --sample 200 --seed 17",
  },
  blameEdges: {
    label: "Criticism annotated by experts: precision / recall of the statements found",
    tune: "86.7 % / 35.1 %",
    report: "80.0 % / 28.6 %",
    data: "BASIL: 2010–2011 tuned on, 2012 held out",
    command: "npx tsx eval/blame.ts --split report",
  },
  speakers: {
    label: "Quotes whose named speaker Parallax finds",
    tune: "92.7 %",
    report: "91.0 %",
    data: "PolNeAR: train tuned on, dev held out",
    command: "npx tsx eval/speakers-polnear.ts --split dev",
  },
  speakersBasil: {
    label: "Quotes whose named speaker Parallax finds (person, or the group the article states)",
    tune: "90.0 %",
    report: "84.4 %",
    data: "BASIL: 2010–2011 tuned on, 2012 held out",
    command: "npx tsx eval/quotes.ts --split report",
  },
  factLedes: {
    label: "Outlet pairs whose first two sentences are lined up as a shared fact",
    tune: "68.3 %",
    report: "83.3 %",
    data: "BASIL events: 2010–2011 tuned on, 2012 held out",
    command: "npx tsx eval/align.ts --split report",
  },
  factPairs: {
    label: "Sentence pairs lined up as one fact that a person also lines up (precision / recall)",
    tune: "100 % / 57.6 %",
    report: "—",
    data: "seed story, hand-labelled (tuned on); no held-out gold pairs",
    command: "npx tsx eval/align.ts",
  },
  cleaning: {
    label: "Article sentences wrongly removed as page clutter",
    tune: "0 of 1,417",
    report: "0 of 765",
    data: "BASIL: 2010–2011 tuned on, 2012 held out",
    command: "npx tsx eval/clean.ts --split report",
  },
} satisfies Record<string, Measure>;

export type MeasureId = keyof typeof MEASURES;
