import type { Blame, StoryAnalysis } from "@/lib/analysis";
import { isConfident } from "./certainty";
import {
  blameSpec,
  type EvidenceView,
  evidenceViews,
  isRejection,
  keyPart,
  kindPhrase,
  type RelationLine,
  relationLine,
} from "./evidence";
import {
  accusedParty,
  accuserParty,
  NO_ACTOR,
  type NodeShape,
  type Party,
  sideColour,
  sideShape,
} from "./network";
import { sideLabel } from "./summary";

/*
 * Who blames whom, one small picture per outlet: who blames in a column on
 * the left, who is blamed on the right, an arrow for each pair. Two columns
 * of horizontal labels read at any width (the circle of rotated labels did
 * not), and one outlet's relations are few enough to follow by eye.
 */

/** Drawing units; the picture scales to its box, about one unit per pixel on a phone. */
export const PANEL_WIDTH = 360;
const LABEL_WIDTH = 118;
const MARK = 6;
const LINE = 16;
const GAP = 10;
const TOP = 28;
const BOTTOM = 6;
/** What fits in LABEL_WIDTH at the picture's font size (13 units), and how many lines a label may take. */
const CHARS_PER_LINE = 16;
const MAX_LINES = 3;

export interface PanelNode extends Party {
  sideLabel: string;
  shape: NodeShape;
  /** The label, wrapped to the column. */
  lines: string[];
  x: number;
  y: number;
  r: number;
  /** Statements of this outlet the party takes part in on this side. */
  count: number;
}

export interface EdgeEvidence {
  line: RelationLine;
  outlet: string;
  evidence: EvidenceView;
}

export interface PanelEdge {
  id: string;
  from: string;
  to: string;
  /** "blame" assigns blame; "rejection" denies or rejects it. */
  polarity: "blame" | "rejection";
  count: number;
  kinds: string[];
  colour: string;
  width: number;
  path: string;
  evidence: EdgeEvidence[];
}

export interface OutletPanel {
  article: string;
  outlet: string;
  statements: number;
  width: number;
  height: number;
  accusers: PanelNode[];
  accused: PanelNode[];
  edges: PanelEdge[];
}

export interface BlamePanels {
  panels: OutletPanel[];
  /** The sides drawn, for the legend. */
  sides: { id: string; label: string; colour: string; shape: NodeShape }[];
  statements: number;
  parties: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Greedy word wrap to the column; a label longer than the lines allow ends in "…" (the full one is in the list). */
export function wrapLabel(text: string, width = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? "").slice(0, width - 1)}…`;
  return kept;
}

/** Sides in one order for every panel: most relations in the story first, parties that are no actor last. */
function sideRanks(analysis: StoryAnalysis): Map<string, number> {
  const totals = new Map<string, number>();
  for (const relation of analysis.blame) {
    for (const party of [accuserParty(analysis, relation), accusedParty(analysis, relation)])
      totals.set(party.side, (totals.get(party.side) ?? 0) + 1);
  }
  const order = [...totals.entries()].sort(
    (a, b) =>
      Number(a[0] === NO_ACTOR) - Number(b[0] === NO_ACTOR) ||
      b[1] - a[1] ||
      a[0].localeCompare(b[0]),
  );
  return new Map(order.map(([side], i) => [side, i]));
}

interface Tally {
  party: Party;
  count: number;
  weight: number;
}

/** Stack a column's nodes from the top; returns them with y set, and the column's height. */
function stack(nodes: Omit<PanelNode, "y">[]): { nodes: PanelNode[]; height: number } {
  let y = TOP;
  const placed = nodes.map((node) => {
    const h = Math.max(node.lines.length * LINE, 2 * MARK + 4);
    const centre = y + h / 2;
    y += h + GAP;
    return { ...node, y: round(centre) };
  });
  return { nodes: placed, height: placed.length > 0 ? y - GAP : TOP };
}

function node(analysis: StoryAnalysis, tally: Tally, x: number): Omit<PanelNode, "y"> {
  const side = tally.party.side;
  return {
    ...tally.party,
    sideLabel: side === NO_ACTOR ? "No actor named" : sideLabel(analysis, side),
    shape: sideShape(analysis, side),
    lines: wrapLabel(tally.party.label),
    x,
    r: MARK,
    count: tally.count,
  };
}

function edgePath(from: PanelNode, to: PanelNode, offset: number): string {
  const x1 = from.x + from.r + 2;
  // The arrowhead (about 8 units long) ends just short of the target's mark.
  const x2 = to.x - to.r - 9;
  const mid = round((x1 + x2) / 2);
  const y1 = round(from.y + offset);
  const y2 = round(to.y + offset);
  return `M${round(x1)} ${y1}C${mid} ${y1} ${mid} ${y2} ${round(x2)} ${y2}`;
}

/** One outlet's picture: columns ordered by side, the accused placed near those who blame them. */
function panel(
  analysis: StoryAnalysis,
  article: { id: string; outlet: string },
  relations: Blame[],
  ranks: Map<string, number>,
): OutletPanel {
  const rank = (party: Party) => ranks.get(party.side) ?? ranks.size;
  const tally = (map: Map<string, Tally>, party: Party) => {
    const entry = map.get(party.id) ?? { party, count: 0, weight: 0 };
    entry.count += 1;
    map.set(party.id, entry);
  };
  const from = new Map<string, Tally>();
  const to = new Map<string, Tally>();
  for (const relation of relations) {
    tally(from, accuserParty(analysis, relation));
    tally(to, accusedParty(analysis, relation));
  }
  const byLabel = (a: Tally, b: Tally) =>
    a.party.label.localeCompare(b.party.label) || a.party.id.localeCompare(b.party.id);
  const left = [...from.values()].sort(
    (a, b) => rank(a.party) - rank(b.party) || b.count - a.count || byLabel(a, b),
  );
  const position = new Map(left.map((t, i) => [t.party.id, i]));
  // Each accused sits at the mean row of those who blame it (weighted by statements): fewer crossings.
  for (const relation of relations) {
    const accused = to.get(accusedParty(analysis, relation).id);
    if (accused) accused.weight += position.get(accuserParty(analysis, relation).id) ?? 0;
  }
  const right = [...to.values()].sort(
    (a, b) =>
      a.weight / a.count - b.weight / b.count || rank(a.party) - rank(b.party) || byLabel(a, b),
  );
  const leftX = LABEL_WIDTH + 6 + MARK;
  const rightX = PANEL_WIDTH - LABEL_WIDTH - 6 - MARK;
  const a = stack(left.map((t) => node(analysis, t, leftX)));
  const b = stack(right.map((t) => node(analysis, t, rightX)));
  const height = Math.max(a.height, b.height);
  // The shorter column is centred against the taller one.
  const centre = (column: typeof a) =>
    column.nodes.map((n) => ({ ...n, y: round(n.y + (height - column.height) / 2) }));
  const accusers = centre(a);
  const accused = centre(b);

  const edges = new Map<
    string,
    { from: PanelNode; to: PanelNode; polarity: PanelEdge["polarity"]; relations: Blame[] }
  >();
  for (const relation of relations) {
    const source = accusers.find((n) => n.id === accuserParty(analysis, relation).id);
    const target = accused.find((n) => n.id === accusedParty(analysis, relation).id);
    if (!source || !target) continue;
    const polarity = isRejection(relation.kind) ? "rejection" : "blame";
    const id = `edge-${keyPart(article.id)}--${keyPart(source.id)}--${keyPart(target.id)}--${polarity}`;
    const entry = edges.get(id) ?? { from: source, to: target, polarity, relations: [] };
    entry.relations.push(relation);
    edges.set(id, entry);
  }
  const pairs = new Set<string>();
  for (const e of edges.values()) pairs.add(`${e.from.id}>${e.to.id}>${e.polarity}`);
  const list: PanelEdge[] = [...edges.entries()].map(([id, e]) => {
    const both =
      pairs.has(`${e.from.id}>${e.to.id}>blame`) && pairs.has(`${e.from.id}>${e.to.id}>rejection`);
    e.relations.sort((x, y) => x.sentence - y.sentence || x.id.localeCompare(y.id));
    return {
      id,
      from: e.from.id,
      to: e.to.id,
      polarity: e.polarity,
      count: e.relations.length,
      kinds: [...new Set(e.relations.map((r) => kindPhrase(r.kind)))],
      colour: e.from.colour,
      width: round(Math.min(7, 1.5 + 1.4 * Math.sqrt(e.relations.length))),
      path: edgePath(e.from, e.to, both ? (e.polarity === "blame" ? -3 : 3) : 0),
      evidence: e.relations.flatMap((r) => {
        const [evidence] = evidenceViews(analysis, [blameSpec(r)]);
        return evidence
          ? [{ line: relationLine(analysis, r, !isConfident(r)), outlet: article.outlet, evidence }]
          : [];
      }),
    };
  });
  list.sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
  return {
    article: article.id,
    outlet: article.outlet,
    statements: relations.length,
    width: PANEL_WIDTH,
    height: round(height + BOTTOM),
    accusers,
    accused,
    edges: list,
  };
}

/**
 * A panel per outlet (in the analysis' article order), or only the chosen
 * outlet's. Deterministic: the order of the relations does not matter.
 */
export function blamePanels(analysis: StoryAnalysis, article: string | null): BlamePanels {
  const ranks = sideRanks(analysis);
  const panels = analysis.articles
    .filter((a) => article === null || a.id === article)
    .map((a) =>
      panel(
        analysis,
        a,
        analysis.blame.filter((r) => r.article === a.id),
        ranks,
      ),
    );
  const nodes = panels.flatMap((p) => [...p.accusers, ...p.accused]);
  const used = new Set(nodes.map((n) => n.side));
  const sides = [...used]
    .sort((x, y) => (ranks.get(x) ?? 0) - (ranks.get(y) ?? 0))
    .map((side) => ({
      id: side,
      label: side === NO_ACTOR ? "No actor named" : sideLabel(analysis, side),
      colour: sideColour(analysis, side === NO_ACTOR ? "unknown" : side),
      shape: sideShape(analysis, side),
    }));
  return {
    panels,
    sides,
    statements: panels.reduce((sum, p) => sum + p.statements, 0),
    parties: new Set(nodes.map((n) => n.id)).size,
  };
}
