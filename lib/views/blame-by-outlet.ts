import type { Blame, StoryAnalysis } from "@/lib/analysis";
import { isConfident } from "./certainty";
import {
  blameRowKey,
  blameSpec,
  blameSplitKey,
  type EvidenceItem,
  evidenceItems,
  type OutletSideRow,
  relationLine,
  type RelationLine,
} from "./evidence";
import { accuserSeries, OUTLET_ITSELF, type Series, UNATTRIBUTED, VOICES } from "./network";
import { accusedGroup, accusedGroupLabel } from "./summary";

export interface CountLink {
  id: string;
  label: string;
  count: number;
  key: string;
  title: string;
}

export interface BlameRow extends OutletSideRow {
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

import { NO_BLAME } from "./blame-empty";

export { NO_BLAME, NO_BLAME_IN_ARTICLE, noBlameIn } from "./blame-empty";

export type BlameByOutlet =
  { kind: "empty"; message: string } | { kind: "data"; chart: BlameChartData; rows: BlameRow[] };

/**
 * Blame statements by outlet × accused side (or the accused actor, when the story gives it no
 * side: `accusedGroup`), each split by who blames and by voice, with their evidence.
 */
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
      const side = accusedGroup(analysis, relation.accused.actor);
      bySide.set(side, [...(bySide.get(side) ?? []), relation]);
    }
    const sides = [...bySide.entries()]
      .map(([side, list]) => ({ side, label: accusedGroupLabel(analysis, side), list }))
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
            extra: relationLine(analysis, r, !isConfident(r)),
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
    const row = blameRowKey(relation.article, accusedGroup(analysis, relation.accused.actor));
    return (
      key === row ||
      key === blameSplitKey(row, "a", accuserSeries(analysis, relation).id) ||
      key === blameSplitKey(row, "v", relation.voice)
    );
  });
}
