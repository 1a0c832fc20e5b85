import type { StoryAnalysis } from "@/lib/analysis";
import { isConfident } from "./certainty";

/** A side's display label, falling back to the id ("unknown" → "Unknown"). */
export function sideLabel(analysis: StoryAnalysis, side: string | null | undefined): string {
  if (!side) return "Unattributed";
  return (
    analysis.sides.find((s) => s.id === side)?.label ??
    side.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase())
  );
}

/** The side of an actor id, or "unknown". */
export function actorSide(analysis: StoryAnalysis, actor: string | null): string {
  if (!actor) return "unknown";
  return analysis.actors.find((a) => a.id === actor)?.side ?? "unknown";
}

/** Whether a side is one the story knows: not missing, not "unknown" (what `actorSide` gives for none). */
export function isKnownSide(side: string | null | undefined): side is string {
  return Boolean(side) && side !== "unknown";
}

/** Prefix of a chart group that is an actor, not a side (see `accusedGroup`, `voiceGroups`). */
export const ACTOR_GROUP = "who-";

/**
 * What a blame chart groups an accused actor under: its side when the story knows it (curated
 * stories and the gazetteer give sides), else the actor itself, so a story someone brought, whose
 * people have no side, shows a bar for "Rick Perry" rather than one for "Unknown".
 */
export function accusedGroup(analysis: StoryAnalysis, actor: string | null): string {
  const side = actorSide(analysis, actor);
  if (side !== "unknown" || actor === null) return side;
  return analysis.actors.some((a) => a.id === actor) ? `${ACTOR_GROUP}${actor}` : side;
}

/** The label of an accused group: the actor's name, or the side's label. */
export function accusedGroupLabel(analysis: StoryAnalysis, group: string): string {
  if (group.startsWith(ACTOR_GROUP)) {
    const id = group.slice(ACTOR_GROUP.length);
    const actor = analysis.actors.find((a) => a.id === id);
    if (actor) return actor.name;
  }
  return sideLabel(analysis, group);
}

export interface SideCount {
  side: string;
  label: string;
  count: number;
}

/**
 * Confident blame statements of one article (what the pages show by default: the compare page has
 * no switch for the others), counted by whom they accuse as the blame chart groups them
 * (`accusedGroup`: the side, or the actor itself when it has none), largest first.
 */
export function blameByAccused(analysis: StoryAnalysis, article: string): SideCount[] {
  const counts = new Map<string, number>();
  for (const relation of analysis.blame) {
    if (relation.article !== article || !isConfident(relation)) continue;
    const group = accusedGroup(analysis, relation.accused.actor);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([side, count]) => ({ side, label: accusedGroupLabel(analysis, side), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** How many of one article's blame statements fall below the confidence pages show by default. */
export function uncertainBlameCount(analysis: StoryAnalysis, article: string): number {
  let count = 0;
  for (const relation of analysis.blame)
    if (relation.article === article && !isConfident(relation)) count += 1;
  return count;
}

export interface VoiceCount {
  name: string;
  /** The side's label, or null when the story does not know it (nothing to print next to the name). */
  side: string | null;
  quotes: number;
  words: number;
}

/** Whom one article quotes, most words first. */
export function voicesOf(analysis: StoryAnalysis, article: string): VoiceCount[] {
  return analysis.voices
    .filter((voice) => voice.article === article)
    .map((voice) => ({
      name: voice.name,
      side: isKnownSide(voice.side) ? sideLabel(analysis, voice.side) : null,
      quotes: voice.quotes,
      words: voice.words,
    }))
    .sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

/** Reuse between two articles, whichever order the pair is stored in. */
export function reuseBetween(analysis: StoryAnalysis, a: string, b: string) {
  const pair = analysis.reusePairs.find(
    (p) => (p.a === a && p.b === b) || (p.a === b && p.b === a),
  );
  if (!pair) return null;
  const flipped = pair.a !== a;
  const direction =
    pair.direction === "unknown"
      ? "unknown"
      : (pair.direction === "a-to-b") !== flipped
        ? "a-to-b"
        : "b-to-a";
  return {
    words: pair.words,
    shareA: flipped ? pair.shareB : pair.shareA,
    shareB: flipped ? pair.shareA : pair.shareB,
    direction,
  } as const;
}
