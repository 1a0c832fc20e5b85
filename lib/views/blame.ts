import type { Blame, StoryAnalysis } from "@/lib/analysis";
import {
  actorName,
  blameRowKey,
  blameSpec,
  blameSplitKey,
  type EvidenceIndex,
  evidenceIndex,
  type EvidenceItem,
  evidenceItems,
  evidenceKey,
  type EvidenceView,
  type RelationLine,
  relationLine,
  relationSentence,
} from "./evidence";
import {
  accuserSeries,
  OUTLET_ITSELF,
  type Series,
  sideColour,
  UNATTRIBUTED,
  VOICES,
} from "./network";
import { actorSide, sideLabel } from "./summary";

export interface CountLink {
  id: string;
  label: string;
  count: number;
  key: string;
  title: string;
}

export interface BlameRow {
  article: string;
  outlet: string;
  side: string;
  sideLabel: string;
  key: string;
  title: string;
  total: number;
  accusers: CountLink[];
  voices: CountLink[];
  items: EvidenceItem<RelationLine>[];
}

/** Compact chart data for the client: counts index-aligned with the series, no sentences. */
export interface BlameChartData {
  accusers: Series[];
  voices: Series[];
  outlets: {
    article: string;
    label: string;
    total: number;
    rows: { side: string; label: string; key: string; byAccuser: number[]; byVoice: number[] }[];
  }[];
  max: number;
}

export const NO_BLAME = "No one is blamed for anything in these articles.";

export type BlameByOutlet =
  { kind: "empty"; message: string } | { kind: "data"; chart: BlameChartData; rows: BlameRow[] };

/** Blame statements by outlet × accused side, each split by who blames and by voice, with their evidence. */
export function blameByOutlet(analysis: StoryAnalysis): BlameByOutlet {
  if (analysis.blame.length === 0) return { kind: "empty", message: NO_BLAME };
  const seriesCount = new Map<string, { series: Series; count: number }>();
  for (const relation of analysis.blame) {
    const series = accuserSeries(analysis, relation);
    const entry = seriesCount.get(series.id) ?? { series, count: 0 };
    entry.count += 1;
    seriesCount.set(series.id, entry);
  }
  const special = (id: string) => (id === OUTLET_ITSELF ? 1 : id === UNATTRIBUTED ? 2 : 0);
  const accusers = [...seriesCount.values()]
    .sort(
      (a, b) =>
        special(a.series.id) - special(b.series.id) ||
        b.count - a.count ||
        a.series.label.localeCompare(b.series.label),
    )
    .map((e) => e.series);

  const rows: BlameRow[] = [];
  const outlets: BlameChartData["outlets"] = [];
  for (const article of analysis.articles) {
    const relations = analysis.blame.filter((r) => r.article === article.id);
    if (relations.length === 0) {
      outlets.push({ article: article.id, label: article.outlet, total: 0, rows: [] });
      continue;
    }
    const bySide = new Map<string, Blame[]>();
    for (const relation of relations) {
      const side = actorSide(analysis, relation.accused.actor);
      bySide.set(side, [...(bySide.get(side) ?? []), relation]);
    }
    const sides = [...bySide.entries()]
      .map(([side, list]) => ({ side, label: sideLabel(analysis, side), list }))
      .sort((a, b) => b.list.length - a.list.length || a.label.localeCompare(b.label));
    const chartRows: BlameChartData["outlets"][number]["rows"] = [];
    for (const { side, label, list } of sides) {
      const key = blameRowKey(article.id, side);
      const countBy = <T extends { id: string }>(series: T[], pick: (r: Blame) => string) =>
        series.map((s) => list.filter((r) => pick(r) === s.id).length);
      const byAccuser = countBy(accusers, (r) => accuserSeries(analysis, r).id);
      const byVoice = countBy(VOICES, (r) => r.voice);
      chartRows.push({ side, label, key, byAccuser, byVoice });
      const links = <T extends { id: string; label: string }>(
        series: T[],
        counts: number[],
        split: "a" | "v",
      ) =>
        series
          .map((s, i) => ({
            id: s.id,
            label: s.label,
            count: counts[i] ?? 0,
            key: blameSplitKey(key, split, s.id),
            title:
              split === "a"
                ? `${article.outlet}: ${s.label} blaming ${label} (${counts[i] ?? 0})`
                : `${article.outlet}: blame of ${label}, ${s.label.toLowerCase()} (${counts[i] ?? 0})`,
          }))
          .filter((l) => l.count > 0);
      rows.push({
        article: article.id,
        outlet: article.outlet,
        side,
        sideLabel: label,
        key,
        title: `${article.outlet}: blame of ${label} (${list.length})`,
        total: list.length,
        accusers: links(accusers, byAccuser, "a"),
        voices: links(VOICES, byVoice, "v"),
        items: evidenceItems(
          analysis,
          list.map((r) => ({
            keys: [
              key,
              blameSplitKey(key, "a", accuserSeries(analysis, r).id),
              blameSplitKey(key, "v", r.voice),
            ],
            spec: blameSpec(r),
            extra: relationLine(analysis, r),
          })),
        ),
      });
    }
    outlets.push({
      article: article.id,
      label: article.outlet,
      total: relations.length,
      rows: chartRows,
    });
  }
  const max = Math.max(...rows.map((r) => r.total));
  return {
    kind: "data",
    chart: {
      accusers,
      voices: VOICES.map(({ id, label, colour }) => ({ id, label, colour })),
      outlets,
      max,
    },
    rows,
  };
}

/** The blame relations behind a group key (a bar, a table cell or row), in article order. */
export function blameRelationsFor(analysis: StoryAnalysis, key: string): Blame[] {
  return analysis.blame.filter((relation) => {
    const row = blameRowKey(relation.article, actorSide(analysis, relation.accused.actor));
    return (
      key === row ||
      key === blameSplitKey(row, "a", accuserSeries(analysis, relation).id) ||
      key === blameSplitKey(row, "v", relation.voice)
    );
  });
}

/* ---------- Voices: whom each outlet quotes ---------- */

export interface VoiceName {
  name: string;
  quotes: number;
  words: number;
  citations: number;
}

export interface VoiceRow {
  article: string;
  outlet: string;
  side: string;
  sideLabel: string;
  key: string;
  title: string;
  quotes: number;
  words: number;
  citations: number;
  voices: VoiceName[];
  items: EvidenceItem<string>[];
}

export interface VoicesChartData {
  sides: Series[];
  outlets: { article: string; label: string; quotes: number[]; words: number[] }[];
}

export const NO_VOICES = "None of these articles quotes or cites anyone.";

export type VoicesByOutlet =
  | { kind: "empty"; message: string }
  | { kind: "data"; chart: VoicesChartData | null; rows: VoiceRow[] };

/** Whom each outlet quotes, by the side of the source, in quotes and in words, with the quotes as evidence. */
export function voicesByOutlet(analysis: StoryAnalysis): VoicesByOutlet {
  const voices = analysis.voices.filter((v) => v.quotes > 0 || v.citations > 0);
  if (voices.length === 0) return { kind: "empty", message: NO_VOICES };
  const totals = new Map<string, number>();
  for (const v of voices) totals.set(v.side, (totals.get(v.side) ?? 0) + v.words + v.quotes);
  const sides = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => ({ id, label: sideLabel(analysis, id), colour: sideColour(analysis, id) }));
  // The chart shows quotes and words; sides only ever cited in paraphrase stay in the table.
  const quoted = sides.filter((s) => voices.some((v) => v.side === s.id && v.quotes > 0));
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const rows: VoiceRow[] = [];
  const outlets: VoicesChartData["outlets"] = [];
  for (const article of analysis.articles) {
    const mine = voices.filter((v) => v.article === article.id);
    const sum = (side: string, pick: (v: (typeof mine)[number]) => number) =>
      mine.filter((v) => v.side === side).reduce((total, v) => total + pick(v), 0);
    outlets.push({
      article: article.id,
      label: article.outlet,
      quotes: quoted.map((s) => sum(s.id, (v) => v.quotes)),
      words: quoted.map((s) => sum(s.id, (v) => v.words)),
    });
    for (const side of sides) {
      const list = mine.filter((v) => v.side === side.id);
      if (list.length === 0) continue;
      const key = evidenceKey("v", article.id, side.id);
      const entries = list.flatMap((v) =>
        v.quoteIds.flatMap((id) => {
          const quote = quotes.get(id);
          if (!quote) return [];
          const spec = {
            article: quote.article,
            sentence: quote.sentence,
            span: { start: quote.start, end: quote.end },
            cues: [],
          };
          return [{ keys: [key], spec, extra: v.name }];
        }),
      );
      rows.push({
        article: article.id,
        outlet: article.outlet,
        side: side.id,
        sideLabel: side.label,
        key,
        title: `${article.outlet} quoting ${side.label}`,
        quotes: sum(side.id, (v) => v.quotes),
        words: sum(side.id, (v) => v.words),
        citations: sum(side.id, (v) => v.citations),
        voices: list
          .map((v) => ({ name: v.name, quotes: v.quotes, words: v.words, citations: v.citations }))
          .sort(
            (a, b) =>
              b.words - a.words || b.citations - a.citations || a.name.localeCompare(b.name),
          ),
        items: evidenceItems(analysis, entries).map((item) => ({
          ...item,
          extra: [...new Set(item.extra)],
        })),
      });
    }
  }
  return { kind: "data", chart: quoted.length > 0 ? { sides: quoted, outlets } : null, rows };
}

/* ---------- Word choice: the labels each outlet uses ---------- */

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

/* ---------- All of the story page's evidence, for the panel and the evidence pages ---------- */

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
