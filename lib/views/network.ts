import type { Blame, StoryAnalysis, Voice } from "@/lib/analysis";
import { actorName, keyPart } from "./evidence";
import { resolveArticle } from "./resolve-outlet";
import { type RawSearchParams, readParam, toQuery } from "./search-params";
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

/**
 * Colours of single sources (a person quoted whose side the story does not know), taken in turn: Paul
 * Tol's "muted" scheme, also safe for colour-blind readers, whose darker and dustier tones are not
 * taken for the Okabe–Ito side colours. Its cyan, too near the side sky blue, is left out; its purple,
 * nearest the side reddish purple, comes last: as many colours as the voices chart has series
 * (MAX_VOICE_SERIES), so no two sources of a chart share one, and the last is reached only in a chart
 * with no side in it.
 */
export const SOURCE_PALETTE = [
  "#332288", // indigo
  "#999933", // olive
  "#882255", // wine
  "#44aa99", // teal
  "#cc6677", // rose
  "#ddcc77", // sand
  "#117733", // dark green
  "#aa4499", // purple
] as const;

/** The colour of sources lumped together ("Other sources"): Tol's pale grey, apart from the side "Unknown" grey. */
export const OTHER_SOURCES_COLOUR = "#dddddd";

/** The colour of the `index`th single source of a chart (0 first), repeating past the palette. */
export function sourceColour(index: number): string {
  return SOURCE_PALETTE[index % SOURCE_PALETTE.length] ?? OTHER_SOURCES_COLOUR;
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

/* ---------- The outlet filter, from the URL ---------- */

export interface NetworkFilter {
  /** The article whose relations are shown, or null for all outlets. */
  article: string | null;
  notes: string[];
}

/** The story's statements and parties, counted as blamePanels (network-panels) does, without drawing a panel. */
export function blameTotals(analysis: StoryAnalysis): { statements: number; parties: number } {
  const parties = new Set<string>();
  for (const relation of analysis.blame) {
    parties.add(accuserParty(analysis, relation).id);
    parties.add(accusedParty(analysis, relation).id);
  }
  return { statements: analysis.blame.length, parties: parties.size };
}

/**
 * Read `?outlet=` (an article id, an outlet slug, or an outlet's name as typed in the search field);
 * anything else shows all outlets, with a note.
 */
export function parseNetworkFilter(raw: RawSearchParams, analysis: StoryAnalysis): NetworkFilter {
  const notes: string[] = [];
  const value = readParam(raw, "outlet", notes);
  if (value === undefined || value === "all") return { article: null, notes };
  const article = resolveArticle(value, analysis.articles);
  if (!article) {
    notes.push(`No outlet “${value.slice(0, 60)}” in this story; all outlets are shown.`);
    return { article: null, notes };
  }
  return { article, notes };
}

export function networkHref(storyHref: string, article: string | null): string {
  return `${storyHref}/blame${toQuery([["outlet", article ?? undefined]])}`;
}
