/* Voices: whom each outlet quotes. */

import type { QuotedVoice, StoryAnalysis } from "@/lib/analysis";
import {
  type EvidenceItem,
  evidenceItems,
  evidenceKey,
  keyPart,
  type OutletSideRow,
} from "./evidence";
import { OTHER_SOURCES_COLOUR, type Series, sideColour, sourceColour } from "./network";
import { ACTOR_GROUP, isKnownSide, sideLabel } from "./summary";

export interface VoiceName {
  name: string;
  quotes: number;
  words: number;
  citations: number;
}

/** One outlet × group row: `side` and `sideLabel` are the group's (a side, a source, or other sources). */
export interface VoiceRow extends OutletSideRow {
  quotes: number;
  words: number;
  citations: number;
  voices: VoiceName[];
  items: EvidenceItem<string>[];
}

export interface VoicesChartData {
  /** The chart's series: the sides quoted, the sources of no known side, and "Other sources". */
  series: Series[];
  outlets: { article: string; label: string; quotes: number[]; words: number[] }[];
}

export const NO_VOICES = "None of these articles quotes or cites anyone.";

/**
 * The most series the voices chart draws. A story someone brings can quote thousands of sources in
 * 300 outlets; past this many colours a legend is no longer read. Sides always keep their own series
 * (a story has few), sources of no known side share the rest, the last one being "Other sources".
 */
export const MAX_VOICE_SERIES = 8;

/** The group of the sources that get no series of their own. */
export const OTHER_SOURCES = "_other-sources";

/** Prefix of a group that is a source known only by its name (no actor), as `ACTOR_GROUP` is one with an actor. */
const NAME_GROUP = "src-";

export type VoicesByOutlet =
  | { kind: "empty"; message: string }
  | { kind: "data"; chart: VoicesChartData | null; rows: VoiceRow[] };

export interface VoiceGroup extends Series {
  /** What a row's title says after "quoting": the label, or "other sources". */
  phrase: string;
  /** Whether the group has any quote in the story (else it is cited only, and stays out of the chart). */
  quoted: boolean;
}

/** What one source (or one side) adds up to across the story. */
interface Tally {
  side: string | null;
  actor: string | null;
  weight: number;
  quotes: number;
  citations: number;
  /** Each way the source is named, with its quotes + words: the heaviest becomes the label. */
  names: Map<string, number>;
}

/** Whom a voice is counted as: its side when the story knows it, else the source itself. */
function identity(voice: QuotedVoice): string {
  if (isKnownSide(voice.side)) return `side:${voice.side}`;
  // The engine groups a source it could not resolve by its name, whatever its case: so do we.
  return voice.actor ? `actor:${voice.actor}` : `name:${voice.name.toLowerCase()}`;
}

function heaviestName(names: Map<string, number>): string {
  const [first] = [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return first?.[0] ?? "";
}

const byWeight = (
  a: { weight: number; citations: number; label: string },
  b: { weight: number; citations: number; label: string },
) => b.weight - a.weight || b.citations - a.citations || a.label.localeCompare(b.label);

/**
 * The groups whom the story's outlets quote, largest first (quotes + words across the whole story,
 * so every page of outlets and the evidence file split them alike), and the group of each voice.
 * A voice of a known side is in its side's group; one of no known side (every source of a story
 * someone brought) in its own, named after it, up to `MAX_VOICE_SERIES` series in all; the smaller
 * ones share "Other sources", last.
 */
export function voiceGroups(
  analysis: StoryAnalysis,
  voices: readonly QuotedVoice[],
): { groups: VoiceGroup[]; groupOf: (voice: QuotedVoice) => string } {
  const tallies = new Map<string, Tally>();
  for (const voice of voices) {
    const id = identity(voice);
    const tally = tallies.get(id) ?? {
      side: isKnownSide(voice.side) ? voice.side : null,
      actor: voice.actor,
      weight: 0,
      quotes: 0,
      citations: 0,
      names: new Map<string, number>(),
    };
    const weight = voice.quotes + voice.words;
    tally.weight += weight;
    tally.quotes += voice.quotes;
    tally.citations += voice.citations;
    tally.names.set(voice.name, (tally.names.get(voice.name) ?? 0) + weight);
    tallies.set(id, tally);
  }
  // Looked up once: a story someone brings can name thousands of actors and sources.
  const actorNames = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const entries = [...tallies.entries()].map(([id, tally]) => ({
    id,
    tally,
    weight: tally.weight,
    citations: tally.citations,
    label:
      tally.side !== null
        ? sideLabel(analysis, tally.side)
        : ((tally.actor ? actorNames.get(tally.actor) : undefined) ?? heaviestName(tally.names)),
  }));
  const sided = entries.filter((e) => e.tally.side !== null);
  // Ties broken down to the identity, so the order never depends on the order of the voices.
  const sources = entries
    .filter((e) => e.tally.side === null)
    .sort((a, b) => byWeight(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slots = Math.max(1, MAX_VOICE_SERIES - sided.filter((e) => e.tally.quotes > 0).length);
  const own = sources.length <= slots ? sources : sources.slice(0, slots - 1);
  const rest = sources.slice(own.length);

  // Group ids become evidence keys, where names lose case and accents ("López" → "l-pez"): two
  // sources that would share a key get "-2", "-3"…, so each bar still opens its own quotes.
  const used = new Set([...sided.map((e) => keyPart(e.tally.side ?? "")), OTHER_SOURCES]);
  const keyOf = (raw: string): string => {
    const base = keyPart(raw);
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
  const groupIds = new Map<string, string>();
  const groups: (VoiceGroup & { weight: number; citations: number })[] = [];
  for (const e of sided) {
    const side = e.tally.side ?? "";
    groupIds.set(e.id, side);
    groups.push({
      id: side,
      label: e.label,
      phrase: e.label,
      colour: sideColour(analysis, side),
      quoted: e.tally.quotes > 0,
      weight: e.weight,
      citations: e.citations,
    });
  }
  own.forEach((e, i) => {
    const id = keyOf(
      e.tally.actor ? `${ACTOR_GROUP}${e.tally.actor}` : `${NAME_GROUP}${e.label.toLowerCase()}`,
    );
    groupIds.set(e.id, id);
    groups.push({
      id,
      label: e.label,
      phrase: e.label,
      colour: sourceColour(i),
      quoted: e.tally.quotes > 0,
      weight: e.weight,
      citations: e.citations,
    });
  });
  groups.sort(byWeight);
  if (rest.length > 0) {
    groups.push({
      id: OTHER_SOURCES,
      label: "Other sources",
      phrase: "other sources",
      colour: OTHER_SOURCES_COLOUR,
      quoted: rest.some((e) => e.tally.quotes > 0),
      weight: 0,
      citations: 0,
    });
  }
  return {
    groups: groups.map(({ id, label, phrase, colour, quoted }) => ({
      id,
      label,
      phrase,
      colour,
      quoted,
    })),
    groupOf: (voice) => groupIds.get(identity(voice)) ?? OTHER_SOURCES,
  };
}

/**
 * Whom each outlet quotes, in quotes and in words, with the quotes as evidence: by the side of the
 * source where the story knows it, else by the source itself (`voiceGroups`).
 */
export function voicesByOutlet(analysis: StoryAnalysis): VoicesByOutlet {
  const voices = analysis.voices.filter((v) => v.quotes > 0 || v.citations > 0);
  if (voices.length === 0) return { kind: "empty", message: NO_VOICES };
  const { groups, groupOf } = voiceGroups(analysis, voices);
  // The chart shows quotes and words; groups only ever cited in paraphrase stay in the table.
  const quoted = groups.filter((g) => g.quoted);
  const byArticle = new Map<string, { voice: QuotedVoice; group: string }[]>();
  for (const voice of voices) {
    const list = byArticle.get(voice.article) ?? [];
    list.push({ voice, group: groupOf(voice) });
    byArticle.set(voice.article, list);
  }
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const rows: VoiceRow[] = [];
  const outlets: VoicesChartData["outlets"] = [];
  for (const article of analysis.articles) {
    const mine = byArticle.get(article.id) ?? [];
    const of = (group: string) => mine.filter((m) => m.group === group).map((m) => m.voice);
    const sum = (list: QuotedVoice[], pick: (v: QuotedVoice) => number) =>
      list.reduce((total, v) => total + pick(v), 0);
    outlets.push({
      article: article.id,
      label: article.outlet,
      quotes: quoted.map((g) => sum(of(g.id), (v) => v.quotes)),
      words: quoted.map((g) => sum(of(g.id), (v) => v.words)),
    });
    for (const group of groups) {
      const list = of(group.id);
      if (list.length === 0) continue;
      const key = evidenceKey("v", article.id, group.id);
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
        side: group.id,
        sideLabel: group.label,
        key,
        title: `${article.outlet} quoting ${group.phrase}`,
        quotes: sum(list, (v) => v.quotes),
        words: sum(list, (v) => v.words),
        citations: sum(list, (v) => v.citations),
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
  const series = quoted.map(({ id, label, colour }) => ({ id, label, colour }));
  return { kind: "data", chart: series.length > 0 ? { series, outlets } : null, rows };
}
