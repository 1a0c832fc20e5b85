/* Voices: whom each outlet quotes. */

import type { StoryAnalysis } from "@/lib/analysis";
import { type EvidenceItem, evidenceItems, evidenceKey, type OutletSideRow } from "./evidence";
import { type Series, sideColour } from "./network";
import { sideLabel } from "./summary";

export interface VoiceName {
  name: string;
  quotes: number;
  words: number;
  citations: number;
}

export interface VoiceRow extends OutletSideRow {
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
