import { findSpans } from "./match";
import type { ActorRegistry } from "./actors";
import { tokenize } from "../text";
import { genderFits, titleGender } from "./names";
import { lang } from "../lang";

const nameCache = new WeakMap<ActorRegistry, Map<string, string | null>>();

/** An actor for a name as written, without context: known aliases, then discovered names and surnames. Memoised per registry. */
export function lookupName(name: string, registry: ActorRegistry): string | null {
  let cache = nameCache.get(registry);
  if (!cache) {
    cache = new Map();
    nameCache.set(registry, cache);
  }
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const found = lookupNameUncached(name, registry);
  cache.set(name, found);
  return found;
}

/** Discovered actors by their lower-case name and persons by surname, first discovered first. */
interface DiscoveredIndex {
  byName: Map<string, { id: string; order: number }>;
  /** Surname → persons of that surname, first discovered first. */
  bySurname: Map<string, string[]>;
}

const discoveredCache = new WeakMap<ActorRegistry, DiscoveredIndex>();

/** Index the discovered actors once per registry, instead of scanning them all for every name looked up. */
function discoveredIndex(registry: ActorRegistry): DiscoveredIndex {
  let index = discoveredCache.get(registry);
  if (index) return index;
  index = { byName: new Map(), bySurname: new Map() };
  let order = 0;
  for (const actor of registry.actors.values()) {
    if (actor.source !== "discovered") continue;
    const own = actor.name.toLowerCase();
    if (!index.byName.has(own)) index.byName.set(own, { id: actor.id, order });
    order += 1;
    const surname = own.split(/\s+/).pop() ?? "";
    if (actor.kind === "person")
      index.bySurname.set(surname, [...(index.bySurname.get(surname) ?? []), actor.id]);
  }
  discoveredCache.set(registry, index);
  return index;
}

function lookupNameUncached(name: string, registry: ActorRegistry): string | null {
  const spans = findSpans(tokenize(name), registry);
  for (const span of [...spans].reverse())
    if (span.actor && span.form !== "definite") return span.actor;
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  const surname = words[words.length - 1] ?? "";
  // The first discovered actor whose name ends the one looked up ("Gov. Ned Ashby" → "Ned Ashby"): every suffix is a candidate.
  const index = discoveredIndex(registry);
  let found: { id: string; order: number } | null = null;
  for (let k = 0; k < lower.length; k += 1) {
    const hit = index.byName.get(lower.slice(k));
    if (hit && (!found || hit.order < found.order)) found = hit;
  }
  if (found) return found.id;
  // "Mrs. Lane": the first of that surname her title fits, one of the same gender first.
  const holders = index.bySurname.get(surname) ?? [];
  const gender = titleGender(words.slice(0, -1).join(" "));
  const genderOf = (id: string) => registry.actors.get(id)?.gender ?? null;
  const bySurname =
    gender === null
      ? holders[0]
      : (holders.find((id) => genderOf(id) === gender) ??
        holders.find((id) => genderFits(genderOf(id), gender)));
  if (bySurname) return bySurname;
  const demonym = words.map((w) => lang.gazetteer.demonyms.get(w)).find(Boolean);
  return demonym ?? null;
}
