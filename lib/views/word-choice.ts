/* Word choice: the labels each outlet uses. */

import type { StoryAnalysis } from "@/lib/analysis";
import { actorName, type EvidenceItem, evidenceItems, evidenceKey } from "./evidence";

export interface TermCount {
  term: string;
  count: number;
  /** The lexicon category of a marked word ("hedge"); null for names and verbs. */
  category: string | null;
}

export interface WordChoiceRow {
  id: string;
  key: string;
  label: string;
  group: "actor" | "event" | "verbs" | "marked";
  /** One per article, in article order; empty terms when the outlet does not use any. */
  cells: { article: string; key: string; title: string; terms: TermCount[] }[];
  items: EvidenceItem[];
}

export const NO_WORD_CHOICE =
  "No actor or event is named by more than one outlet, and no attribution verbs or marked words were found.";

export type WordChoiceTable =
  | { kind: "empty"; message: string }
  | { kind: "data"; rows: WordChoiceRow[]; lexicons: { category: string; lexicon: string }[] };

interface TermHit {
  article: string;
  term: string;
  sentence: number;
  start: number;
  end: number;
  category: string | null;
}

function wordChoiceRow(
  analysis: StoryAnalysis,
  id: string,
  label: string,
  group: WordChoiceRow["group"],
  hits: TermHit[],
): WordChoiceRow {
  const key = evidenceKey("w", id);
  const cells = analysis.articles.map((article) => {
    const counts = new Map<string, TermCount>();
    for (const hit of hits.filter((h) => h.article === article.id)) {
      const norm = hit.term.toLowerCase();
      const entry = counts.get(norm) ?? { term: hit.term, count: 0, category: hit.category };
      entry.count += 1;
      counts.set(norm, entry);
    }
    const terms = [...counts.values()];
    if (group === "verbs") terms.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
    const title = `${label}: the words ${article.outlet} uses`;
    return { article: article.id, key: evidenceKey("w", id, article.id), title, terms };
  });
  const items = evidenceItems<undefined>(
    analysis,
    hits.map((h) => ({
      keys: [key, evidenceKey("w", id, h.article)],
      spec: {
        article: h.article,
        sentence: h.sentence,
        span: null,
        cues: [{ start: h.start, end: h.end }],
      },
    })),
  );
  return { id, key, label, group, cells, items };
}

/** For each actor or event several outlets name, the words each uses; then attribution verbs and marked words per outlet. */
export function wordChoiceTable(analysis: StoryAnalysis): WordChoiceTable {
  const named: WordChoiceRow[] = [];
  for (const choice of analysis.wordChoice) {
    if (choice.kind === "attribution-verb") continue;
    if (new Set(choice.terms.map((t) => t.article)).size < 2) continue;
    const label =
      choice.kind === "actor"
        ? (actorName(analysis, choice.concept) ?? choice.concept)
        : choice.concept.replace(/^\w/, (c) => c.toUpperCase());
    const hits = choice.terms.map((t) => ({ ...t, category: null }));
    named.push(wordChoiceRow(analysis, keyId(choice.id), label, choice.kind, hits));
  }
  const variety = (row: WordChoiceRow) =>
    new Set(row.cells.flatMap((c) => c.terms.map((t) => t.term.toLowerCase()))).size;
  named.sort(
    (a, b) =>
      (a.group === b.group ? 0 : a.group === "actor" ? -1 : 1) ||
      variety(b) - variety(a) ||
      a.label.localeCompare(b.label),
  );
  const rows = [...named];
  const verbs = analysis.wordChoice
    .filter((c) => c.kind === "attribution-verb")
    .flatMap((c) => c.terms);
  if (verbs.length > 0) {
    rows.push(
      wordChoiceRow(
        analysis,
        "verbs",
        "Attribution verbs",
        "verbs",
        verbs.map((t) => ({ ...t, category: null })),
      ),
    );
  }
  if (analysis.markedWords.length > 0) {
    const hits = analysis.markedWords.map((m) => ({ ...m, term: m.word }));
    rows.push(wordChoiceRow(analysis, "marked", "Marked words", "marked", hits));
  }
  if (rows.length === 0) return { kind: "empty", message: NO_WORD_CHOICE };
  const lexicons = new Map<string, string>();
  for (const m of analysis.markedWords)
    if (!lexicons.has(m.category)) lexicons.set(m.category, m.lexicon);
  return {
    kind: "data",
    rows,
    lexicons: [...lexicons.entries()].map(([category, lexicon]) => ({ category, lexicon })),
  };
}

function keyId(id: string): string {
  return id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}
