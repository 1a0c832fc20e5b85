/* All of the story page's evidence, for the panel and the evidence pages. */

import type { StoryAnalysis } from "@/lib/analysis";
import { blameByOutlet } from "./blame-by-outlet";
import { type EvidenceIndex, evidenceIndex, type EvidenceView, relationSentence } from "./evidence";
import { voicesByOutlet } from "./voices-by-outlet";
import { wordChoiceTable } from "./word-choice";

/** Every figure of the story page's blame, voices and word-choice views with its passages. */
export function storyEvidence(analysis: StoryAnalysis): EvidenceIndex {
  const figures: { key: string; title: string }[] = [];
  const items: { keys: string[]; lines: string[]; evidence: EvidenceView }[] = [];
  const blame = blameByOutlet(analysis);
  for (const row of blame.kind === "data" ? blame.rows : []) {
    figures.push(row, ...row.accusers, ...row.voices);
    for (const item of row.items) items.push({ ...item, lines: item.extra.map(relationSentence) });
  }
  const voices = voicesByOutlet(analysis);
  for (const row of voices.kind === "data" ? voices.rows : []) {
    figures.push(row);
    for (const item of row.items)
      items.push({ ...item, lines: [`Quoting ${item.extra.join(", ")}`] });
  }
  const words = wordChoiceTable(analysis);
  for (const row of words.kind === "data" ? words.rows : []) {
    figures.push({ key: row.key, title: row.label }, ...row.cells);
    for (const item of row.items) items.push({ ...item, lines: [] });
  }
  return evidenceIndex(figures, items);
}
