import type { Blame, BlameKind, StoryAnalysis, Voice } from "@/lib/analysis";
import { keepCertainty } from "./certainty-link";

/** A character range in an article's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** What one piece of evidence points at: a sentence, the span that carries the claim, and the words that signal it. */
export interface EvidenceSpec {
  article: string;
  sentence: number;
  span: Span | null;
  cues: Span[];
}

/**
 * How strongly a stretch of text is marked: 0 context (a neighbouring
 * sentence), 1 the evidence sentence, 2 the evidence span, 3 a cue word.
 */
export type EvidenceLevel = 0 | 1 | 2 | 3;

export interface EvidencePiece {
  text: string;
  level: EvidenceLevel;
}

/** One paragraph (trimmed to the sentences around the evidence), split into marked pieces. */
export interface EvidenceView {
  article: string;
  outlet: string;
  paragraph: number;
  /** The first evidence sentence, for ordering and linking. */
  sentence: number;
  pieces: EvidencePiece[];
  /** Text of the paragraph left out before / after (it is long): shown as "…". */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** One outlet × side row of a by-outlet table, with the evidence key its sentences load by. */
export interface OutletSideRow {
  article: string;
  outlet: string;
  side: string;
  sideLabel: string;
  key: string;
  title: string;
}

/** Evidence keyed by the groups (chart bars, table cells, rows) it belongs to. */
export interface EvidenceItem<Extra = undefined> {
  keys: string[];
  evidence: EvidenceView;
  extra: Extra[];
}

/** Sentences of context kept on each side of the evidence inside its paragraph. */
const CONTEXT_SENTENCES = 1;

/**
 * Views of the given evidence, one per paragraph: specs in the same paragraph
 * are merged (their sentences, spans and cues all marked), in article order.
 */
export function evidenceViews(analysis: StoryAnalysis, specs: EvidenceSpec[]): EvidenceView[] {
  const groups = new Map<string, EvidenceSpec[]>();
  for (const spec of specs) {
    const article = analysis.articles.find((a) => a.id === spec.article);
    const sentence = article?.sentences[spec.sentence];
    if (!article || !sentence) continue;
    const key = `${spec.article}\u0000${sentence.paragraph}`;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const views = [...groups.values()].map((group) => paragraphView(analysis, group));
  return views
    .filter((v) => v !== null)
    .sort(
      (a, b) =>
        (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.sentence - b.sentence,
    );
}

function paragraphView(analysis: StoryAnalysis, specs: EvidenceSpec[]): EvidenceView | null {
  const first = specs[0];
  const article = analysis.articles.find((a) => a.id === first?.article);
  if (!first || !article) return null;
  const paragraphIndex = article.sentences[first.sentence]?.paragraph ?? 0;
  const paragraph = article.paragraphs[paragraphIndex];
  const inParagraph = article.sentences.filter((s) => s.paragraph === paragraphIndex);
  const chosen = specs.map((s) => s.sentence);
  const lo = Math.min(...chosen) - CONTEXT_SENTENCES;
  const hi = Math.max(...chosen) + CONTEXT_SENTENCES;
  const kept = inParagraph.filter((s) => s.index >= lo && s.index <= hi);
  const head = kept[0];
  const tail = kept.at(-1);
  if (!paragraph || !head || !tail) return null;
  const clippedStart = head.index !== inParagraph[0]?.index;
  const clippedEnd = tail.index !== inParagraph.at(-1)?.index;
  const from = clippedStart ? head.start : paragraph.start;
  const to = clippedEnd ? tail.end : paragraph.end;

  const ranges: { span: Span; level: EvidenceLevel }[] = [];
  for (const spec of specs) {
    const sentence = article.sentences[spec.sentence];
    if (sentence) ranges.push({ span: sentence, level: 1 });
    if (spec.span) ranges.push({ span: spec.span, level: 2 });
    for (const cue of spec.cues) ranges.push({ span: cue, level: 3 });
  }
  const cuts = new Set([from, to]);
  for (const { span } of ranges) {
    for (const at of [span.start, span.end]) if (at > from && at < to) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: EvidencePiece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    let level: EvidenceLevel = 0;
    for (const range of ranges) {
      if (range.span.start <= start && range.span.end >= end && range.level > level)
        level = range.level;
    }
    const text = article.text.slice(start, end);
    const last = pieces.at(-1);
    // Whitespace between two marked stretches joins the one before, so marks never end in a lone muted space.
    if (last && (last.level === level || text.trim() === "")) last.text += text;
    else if (text) pieces.push({ text, level });
  }
  return {
    article: article.id,
    outlet: article.outlet,
    paragraph: paragraphIndex,
    sentence: Math.min(...chosen),
    pieces,
    clippedStart,
    clippedEnd,
  };
}

/**
 * Evidence items from entries that each belong to some groups: entries in the
 * same paragraph with the same groups share one item (one paragraph shown once).
 */
export function evidenceItems<Extra>(
  analysis: StoryAnalysis,
  entries: { keys: string[]; spec: EvidenceSpec; extra?: Extra }[],
): EvidenceItem<Extra>[] {
  const byGroup = new Map<string, { keys: string[]; specs: EvidenceSpec[]; extra: Extra[] }>();
  for (const entry of entries) {
    const paragraph = analysis.articles.find((a) => a.id === entry.spec.article)?.sentences[
      entry.spec.sentence
    ]?.paragraph;
    if (paragraph === undefined) continue;
    const id = `${entry.spec.article}\u0000${paragraph}\u0000${[...entry.keys].sort().join(" ")}`;
    const group = byGroup.get(id) ?? { keys: entry.keys, specs: [], extra: [] };
    group.specs.push(entry.spec);
    if (entry.extra !== undefined) group.extra.push(entry.extra);
    byGroup.set(id, group);
  }
  const items: EvidenceItem<Extra>[] = [];
  for (const group of byGroup.values()) {
    const [evidence] = evidenceViews(analysis, group.specs);
    if (evidence) items.push({ keys: group.keys, evidence, extra: group.extra });
  }
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  return items.sort(
    (a, b) =>
      (order.get(a.evidence.article) ?? 0) - (order.get(b.evidence.article) ?? 0) ||
      a.evidence.sentence - b.evidence.sentence,
  );
}

/** A key part safe in a URL hash and a CSS attribute selector: lowercase letters, digits, hyphens (and "_" for our own names). */
export function keyPart(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "none"
  );
}

/** A group key such as `b.press-tv.iran.a.united-states`. */
export function evidenceKey(...parts: string[]): string {
  return parts.map(keyPart).join(".");
}

/** Group keys: a row (outlet × accused side) and its parts split by accuser or by voice. */
export function blameRowKey(article: string, accusedSide: string): string {
  return evidenceKey("b", article, accusedSide);
}
export function blameSplitKey(rowKey: string, split: "a" | "v", series: string): string {
  return `${rowKey}.${evidenceKey(split, series)}`;
}

const KEY_PATTERN = /^[a-z](?:\.[a-z0-9_-]+){1,6}$/;
export const EVIDENCE_HASH_PREFIX = "evidence=";

/** The hash that opens a group's evidence: `#evidence=<key>`. */
export function evidenceHash(key: string): string {
  return `#${EVIDENCE_HASH_PREFIX}${key}`;
}

/** The evidence key in a location hash, or null when there is none or it is malformed. */
export function keyFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, "");
  if (!raw.startsWith(EVIDENCE_HASH_PREFIX)) return null;
  let key: string;
  try {
    key = decodeURIComponent(raw.slice(EVIDENCE_HASH_PREFIX.length));
  } catch {
    return null;
  }
  return KEY_PATTERN.test(key) ? key : null;
}

/** Where a paragraph sits on its article's page. */
export function paragraphHref(storyHref: string, article: string, paragraph: number): string {
  return `${storyHref}/${article}#p-${paragraph}`;
}

/* ---------- Blame relations in words ---------- */

const kindPhrases: Record<BlameKind, string> = {
  blames: "blames",
  accuses: "accuses",
  "holds-responsible": "holds responsible",
  "attributes-responsibility": "attributes responsibility to",
  criticises: "criticises",
  "denies-responsibility": "denies the responsibility of",
  "rejects-accusation": "rejects an accusation by",
};

/** The relation as a verb phrase: "blames", "denies the responsibility of". */
export function kindPhrase(kind: BlameKind): string {
  return kindPhrases[kind];
}

/** Denials and rejections push blame away; the rest assign it. */
export function isRejection(kind: BlameKind): boolean {
  return kind === "denies-responsibility" || kind === "rejects-accusation";
}

export function actorName(analysis: StoryAnalysis, id: string | null): string | null {
  return id ? (analysis.actors.find((a) => a.id === id)?.name ?? null) : null;
}

/** A party as written, with the actor it was resolved to when that adds something: "He (Mike Pompeo)". */
function partyText(analysis: StoryAnalysis, party: Blame["accuser"]): string | null {
  const name = actorName(analysis, party.actor);
  if (!party.text) return name;
  const [text, full] = [party.text.toLowerCase(), name?.toLowerCase() ?? ""];
  // "Pompeo" needs no "(Mike Pompeo)"; "He" and "the official" do.
  if (!name || text.includes(full) || (text.length > 3 && full.includes(text))) return party.text;
  return `${party.text} (${name})`;
}

/** One blame relation in words, for evidence lists. */
export interface RelationLine {
  id: string;
  accuser: string;
  accused: string;
  kind: string;
  matter: string | null;
  voice: Voice;
  voiceCue: string | null;
  cue: string;
  /** Below the confidence pages show by default (shown only when the reader includes them). */
  uncertain: boolean;
}

/** `uncertain`: the relation is below the confidence pages show by default (./certainty's isConfident). */
export function relationLine(
  analysis: StoryAnalysis,
  relation: Blame,
  uncertain: boolean,
): RelationLine {
  const accuser =
    relation.accuserSource === "outlet"
      ? "The outlet itself"
      : relation.accuserSource === "unattributed"
        ? "Unattributed"
        : (partyText(analysis, relation.accuser) ?? "Unattributed");
  return {
    id: relation.id,
    accuser,
    accused: partyText(analysis, relation.accused) ?? "(not stated)",
    kind: kindPhrase(relation.kind),
    matter: relation.matter,
    voice: relation.voice,
    voiceCue: relation.voiceCue,
    cue: relation.cue,
    uncertain,
  };
}

export function blameSpec(relation: Blame) {
  return {
    article: relation.article,
    sentence: relation.sentence,
    span: { start: relation.start, end: relation.end },
    cues: relation.cues,
  };
}

/* ---------- The evidence of a page, fetched on demand ---------- */

/** Figures (bars, cells, rows) by key, each pointing into one shared list of passages. */
export interface EvidenceIndex {
  groups: Record<string, { title: string; items: number[] }>;
  items: { lines: string[]; evidence: EvidenceView }[];
}

/** Index figures and their passages; identical passages are stored once. */
export function evidenceIndex(
  figures: { key: string; title: string }[],
  items: { keys: string[]; lines: string[]; evidence: EvidenceView }[],
): EvidenceIndex {
  const index: EvidenceIndex = { groups: {}, items: [] };
  for (const figure of figures) index.groups[figure.key] = { title: figure.title, items: [] };
  const seen = new Map<string, number>();
  for (const item of items) {
    const id = JSON.stringify([item.lines, item.evidence]);
    let at = seen.get(id);
    if (at === undefined) {
      at = index.items.push({ lines: item.lines, evidence: item.evidence }) - 1;
      seen.set(id, at);
    }
    for (const key of item.keys) index.groups[key]?.items.push(at);
  }
  return index;
}

/** A relation in one line of plain text, for evidence lists. */
export function relationSentence(line: RelationLine): string {
  const voice = {
    own: "in the outlet’s own voice",
    attributed: "attributed",
    distanced: "held at a distance",
  }[line.voice];
  return [
    `${line.accuser} ${line.kind} ${line.accused}${line.matter ? ` for “${line.matter}”` : ""}`,
    `${voice}${line.voiceCue ? ` (“${line.voiceCue}”)` : ""}`,
    `signal: “${line.cue}”`,
  ].join(" · ");
}

/** The page that lists a figure's passages: the link target without JavaScript, and a shareable address. */
export function evidencePageHref(storyHref: string, key: string, includeUncertain = false): string {
  return keepCertainty(`${storyHref}/blame/evidence/${key}`, includeUncertain);
}

/** Every figure's passages, counted as the page that asks counts them (see ./certainty). */
export function evidenceJsonHref(storyHref: string, includeUncertain = false): string {
  return keepCertainty(`${storyHref}/blame/evidence.json`, includeUncertain);
}
