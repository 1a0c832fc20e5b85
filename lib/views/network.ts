import { z } from "zod";
import type { Blame, StoryAnalysis, Voice } from "@/lib/analysis";
import {
  actorName,
  blameSpec,
  type EvidenceView,
  evidenceViews,
  isRejection,
  keyPart,
  kindPhrase,
  type RelationLine,
  relationLine,
} from "./evidence";
import { type RawSearchParams, readSlugParam, toQuery } from "./search-params";
import { actorSide, sideLabel } from "./summary";

/* ---------- Sides, parties and relations in words and colours ---------- */

/** The Okabe–Ito colours of app/globals.css (`--color-cb-*`), as values SVG charts can use directly. */
export const PALETTE = {
  blue: "#0072b2",
  vermillion: "#d55e00",
  green: "#009e73",
  orange: "#e69f00",
  sky: "#56b4e9",
  purple: "#cc79a7",
  yellow: "#f0e442",
  grey: "#6b6b6b",
  black: "#000000",
  silver: "#bdbdbd",
} as const;

/** Accuser series that are not a side: the outlet's own voice, and blame with no one named. */
export const OUTLET_ITSELF = "_outlet";
export const UNATTRIBUTED = "_unattributed";

const preferred: Record<string, string> = {
  "united-states": PALETTE.blue,
  iran: PALETTE.vermillion,
  iraq: PALETTE.green,
  unknown: PALETTE.grey,
  [OUTLET_ITSELF]: PALETTE.black,
  [UNATTRIBUTED]: PALETTE.silver,
};
const rotation = [PALETTE.orange, PALETTE.sky, PALETTE.purple, PALETTE.yellow];

/** A colour per side, the same on every chart of a story: fixed for the usual sides, the rest in side order. */
export function sideColour(analysis: StoryAnalysis, side: string): string {
  const fixed = preferred[side];
  if (fixed) return fixed;
  const others = analysis.sides.map((s) => s.id).filter((id) => !preferred[id]);
  const index = others.indexOf(side);
  return rotation[(index < 0 ? others.length : index) % rotation.length] ?? PALETTE.grey;
}

export const VOICES: { id: Voice; label: string; colour: string }[] = [
  { id: "own", label: "Outlet’s own voice", colour: PALETTE.black },
  { id: "attributed", label: "Attributed to a source", colour: PALETTE.sky },
  { id: "distanced", label: "Held at a distance", colour: PALETTE.orange },
];

export interface Series {
  id: string;
  label: string;
  colour: string;
}

/** Who blames, as a series: the accuser's side, or the outlet itself, or "Unattributed". Never guessed. */
export function accuserSeries(analysis: StoryAnalysis, relation: Blame): Series {
  if (relation.accuserSource === "outlet")
    return { id: OUTLET_ITSELF, label: "The outlet itself", colour: PALETTE.black };
  if (
    relation.accuserSource === "unattributed" ||
    (!relation.accuser.actor && !relation.accuser.text)
  ) {
    return { id: UNATTRIBUTED, label: "Unattributed", colour: PALETTE.silver };
  }
  const side = actorSide(analysis, relation.accuser.actor);
  return { id: side, label: sideLabel(analysis, side), colour: sideColour(analysis, side) };
}

/* ---------- The network: who blames whom ---------- */

export type NodeShape =
  | "circle"
  | "square"
  | "diamond"
  | "triangle"
  | "hexagon"
  | "triangle-down"
  | "pentagon"
  | "star"
  | "ring";

const preferredShapes: Record<string, NodeShape> = {
  "united-states": "square",
  iran: "diamond",
  iraq: "triangle",
  unknown: "circle",
};
// Five shapes against four rotating colours: no two sides share both until the twenty-first.
const shapeRotation: NodeShape[] = ["hexagon", "triangle-down", "pentagon", "star", "circle"];

/** A shape per side, so colour is never the only cue; parties that are no actor are rings. */
export function sideShape(analysis: StoryAnalysis, side: string): NodeShape {
  if (side === NO_ACTOR) return "ring";
  const fixed = preferredShapes[side];
  if (fixed) return fixed;
  const others = analysis.sides.map((s) => s.id).filter((id) => !preferredShapes[id]);
  const index = others.indexOf(side);
  return shapeRotation[(index < 0 ? others.length : index) % shapeRotation.length] ?? "circle";
}

/** The pseudo-side of parties that are not an actor: the outlet itself, "Unattributed", "Not stated". */
export const NO_ACTOR = "_none";

export interface Party {
  id: string;
  label: string;
  side: string;
  colour: string;
}

function actorParty(analysis: StoryAnalysis, party: Blame["accuser"], fallback: Party): Party {
  if (party.actor) {
    const side = actorSide(analysis, party.actor);
    const label = actorName(analysis, party.actor) ?? party.text ?? party.actor;
    return { id: party.actor, label, side, colour: sideColour(analysis, side) };
  }
  if (party.text) {
    // Shown as written: the engine did not resolve it to an actor, and we do not guess.
    return {
      id: `_text-${keyPart(party.text)}`,
      label: `“${party.text}”`,
      side: "unknown",
      colour: sideColour(analysis, "unknown"),
    };
  }
  return fallback;
}

const UNATTRIBUTED_PARTY: Party = {
  id: UNATTRIBUTED,
  label: "Unattributed",
  side: NO_ACTOR,
  colour: PALETTE.silver,
};

export function accuserParty(analysis: StoryAnalysis, relation: Blame): Party {
  if (relation.accuserSource === "outlet") {
    return { id: OUTLET_ITSELF, label: "The outlet itself", side: NO_ACTOR, colour: PALETTE.black };
  }
  if (relation.accuserSource === "unattributed") return UNATTRIBUTED_PARTY;
  return actorParty(analysis, relation.accuser, UNATTRIBUTED_PARTY);
}

export function accusedParty(analysis: StoryAnalysis, relation: Blame): Party {
  return actorParty(analysis, relation.accused, {
    id: "_unstated",
    label: "Not stated",
    side: NO_ACTOR,
    colour: PALETTE.silver,
  });
}

export interface NetworkNode extends Party {
  sideLabel: string;
  shape: NodeShape;
  /** Relations in the whole story the node takes part in (sizes the node; the same under any filter). */
  degree: number;
  x: number;
  y: number;
  r: number;
  /** Label placement outside the circle: rotation in degrees and which end the text hangs from. */
  labelAngle: number;
  labelAnchor: "start" | "end";
}

export interface EdgeEvidence {
  line: RelationLine;
  outlet: string;
  evidence: EvidenceView;
}

export interface NetworkEdge {
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

export interface Network {
  size: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  sides: { id: string; label: string; colour: string; shape: NodeShape }[];
}

export const NETWORK_SIZE = 840;
const RADIUS = 200;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Actors on a circle, grouped by side with a gap between sides, largest side
 * and busiest actor first. The layout uses every relation of the story, so a
 * node stays put whichever outlet is chosen; edges come from the chosen one.
 * Deterministic: the order of the input does not matter.
 */
export function buildNetwork(analysis: StoryAnalysis, article: string | null): Network {
  const parties = new Map<string, { party: Party; degree: number }>();
  const touch = (party: Party) => {
    const entry = parties.get(party.id) ?? { party, degree: 0 };
    entry.degree += 1;
    parties.set(party.id, entry);
  };
  for (const relation of analysis.blame) {
    const from = accuserParty(analysis, relation);
    const to = accusedParty(analysis, relation);
    touch(from);
    if (to.id !== from.id) touch(to);
  }
  const bySide = new Map<string, { party: Party; degree: number }[]>();
  for (const entry of parties.values())
    bySide.set(entry.party.side, [...(bySide.get(entry.party.side) ?? []), entry]);
  const label = (side: string) =>
    side === NO_ACTOR ? "No actor named" : sideLabel(analysis, side);
  const total = (list: { degree: number }[]) => list.reduce((sum, e) => sum + e.degree, 0);
  const groups = [...bySide.entries()]
    .map(([side, list]) => ({
      side,
      list: list.sort(
        (a, b) =>
          b.degree - a.degree ||
          a.party.label.localeCompare(b.party.label) ||
          a.party.id.localeCompare(b.party.id),
      ),
    }))
    .sort(
      (a, b) =>
        Number(a.side === NO_ACTOR) - Number(b.side === NO_ACTOR) ||
        total(b.list) - total(a.list) ||
        a.side.localeCompare(b.side),
    );
  const slots = parties.size + groups.length;
  const centre = NETWORK_SIZE / 2;
  const positioned = new Map<string, NetworkNode>();
  let slot = 0;
  for (const group of groups) {
    for (const { party, degree } of group.list) {
      const angle = -Math.PI / 2 + (2 * Math.PI * slot) / slots;
      const degrees = (angle * 180) / Math.PI;
      const right = Math.cos(angle) >= -1e-9;
      positioned.set(party.id, {
        ...party,
        sideLabel: label(party.side),
        shape: sideShape(analysis, party.side),
        degree,
        x: round(centre + RADIUS * Math.cos(angle)),
        y: round(centre + RADIUS * Math.sin(angle)),
        r: round(5 + 2 * Math.sqrt(degree)),
        labelAngle: round(right ? degrees : degrees + 180),
        labelAnchor: right ? "start" : "end",
      });
      slot += 1;
    }
    slot += 1;
  }

  const edges = new Map<
    string,
    { from: NetworkNode; to: NetworkNode; polarity: NetworkEdge["polarity"]; relations: Blame[] }
  >();
  for (const relation of analysis.blame) {
    if (article !== null && relation.article !== article) continue;
    const from = positioned.get(accuserParty(analysis, relation).id);
    const to = positioned.get(accusedParty(analysis, relation).id);
    if (!from || !to) continue;
    const polarity = isRejection(relation.kind) ? "rejection" : "blame";
    const id = `edge-${keyPart(from.id)}--${keyPart(to.id)}--${polarity}`;
    const entry = edges.get(id) ?? { from, to, polarity, relations: [] };
    entry.relations.push(relation);
    edges.set(id, entry);
  }
  const order = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const outlets = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  const edgeList: NetworkEdge[] = [...edges.entries()].map(
    ([id, { from, to, polarity, relations }]) => {
      relations.sort(
        (a, b) =>
          (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) ||
          a.sentence - b.sentence ||
          a.id.localeCompare(b.id),
      );
      return {
        id,
        from: from.id,
        to: to.id,
        polarity,
        count: relations.length,
        kinds: [...new Set(relations.map((r) => kindPhrase(r.kind)))],
        colour: from.colour,
        width: round(Math.min(7, 1.5 + 1.4 * Math.sqrt(relations.length))),
        path: edgePath(from, to, polarity === "rejection" ? 34 : 16),
        evidence: relations.flatMap((r) => {
          const [evidence] = evidenceViews(analysis, [blameSpec(r)]);
          return evidence
            ? [
                {
                  line: relationLine(analysis, r),
                  outlet: outlets.get(r.article) ?? r.article,
                  evidence,
                },
              ]
            : [];
        }),
      };
    },
  );
  edgeList.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const used = new Set(edgeList.flatMap((e) => [e.from, e.to]));
  const nodes = [...positioned.values()].filter((n) => used.has(n.id));
  const sides = groups
    .filter((g) => g.list.some((e) => used.has(e.party.id)))
    .map((g) => ({
      id: g.side,
      label: label(g.side),
      colour: sideColour(analysis, g.side === NO_ACTOR ? "unknown" : g.side),
      shape: sideShape(analysis, g.side),
    }));
  return { size: NETWORK_SIZE, nodes, edges: edgeList, sides };
}

/**
 * A curved edge bending towards the centre, offset to one side of its
 * direction so A → B and B → A do not overlap; it stops at the target's rim
 * (where the arrowhead goes). A self-relation is a loop inside the circle.
 */
export function edgePath(from: NetworkNode, to: NetworkNode, offset: number): string {
  const centre = NETWORK_SIZE / 2;
  const fmt = (x: number, y: number) => `${round(x)} ${round(y)}`;
  if (from.id === to.id) {
    // Loops turn inwards: outside the circle is where the labels are.
    const length = Math.hypot(from.x - centre, from.y - centre) || 1;
    const ux = (centre - from.x) / length;
    const uy = (centre - from.y) / length;
    const [vx, vy] = [-uy, ux];
    const at = (u: number, v: number, d: number) =>
      fmt(from.x + d * (ux * u + vx * v), from.y + d * (uy * u + vy * v));
    return `M${at(0.8, 0.6, from.r)}C${at(1, 0.5, from.r + 46)} ${at(1, -0.5, from.r + 46)} ${at(0.8, -0.6, from.r + 4)}`;
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const cx = mx + (centre - mx) * 0.35 - (dy / length) * offset;
  const cy = my + (centre - my) * 0.35 + (dx / length) * offset;
  const toward = (x: number, y: number, d: number) => {
    const len = Math.hypot(cx - x, cy - y) || 1;
    return fmt(x + ((cx - x) / len) * d, y + ((cy - y) / len) * d);
  };
  return `M${toward(from.x, from.y, from.r)}Q${fmt(cx, cy)} ${toward(to.x, to.y, to.r + 3)}`;
}

/* ---------- The outlet filter, from the URL ---------- */

export interface NetworkFilter {
  /** The article whose relations are shown, or null for all outlets. */
  article: string | null;
  notes: string[];
}

/** Read `?outlet=` (an article id or outlet slug); anything else shows all outlets, with a note. */
export function parseNetworkFilter(raw: RawSearchParams, analysis: StoryAnalysis): NetworkFilter {
  const notes: string[] = [];
  const value = readSlugParam(raw, "outlet", notes);
  if (value === undefined || value === "all") return { article: null, notes };
  const names = analysis.articles.flatMap((a) => [a.id, ...(a.outletSlug ? [a.outletSlug] : [])]);
  const parsed = z.enum(names as [string, ...string[]]).safeParse(value);
  if (!parsed.success) {
    notes.push(`No outlet “${value}” in this story; all outlets are shown.`);
    return { article: null, notes };
  }
  const article =
    analysis.articles.find((a) => a.id === parsed.data) ??
    analysis.articles.find((a) => a.outletSlug === parsed.data);
  return { article: article?.id ?? null, notes };
}

export function networkHref(storySlug: string, article: string | null): string {
  return `/stories/${storySlug}/blame${toQuery([["outlet", article ?? undefined]])}`;
}
