import type { ActorRecord, Mention } from "./actors";

/** The registry record of an actor id, if any. */
export type RecordOf = (id: string | null) => ActorRecord | undefined;

/** Whether an earlier mention, with its actor's record, can be the one meant. */
export type Fits = (m: Mention, a: ActorRecord | undefined) => boolean;

/** Last mention before `at` that fits, within `window` sentences. */
export function findLatest(
  record: RecordOf,
  at: Mention,
  window: number,
  fits: Fits,
  pool: readonly Mention[],
): Mention | null {
  for (let k = pool.length - 1; k >= 0; k -= 1) {
    const m = pool[k];
    if (!m) continue;
    if (m.sentence < at.sentence - window) break;
    // Quotes are resolved after the whole article: the history then holds later mentions too.
    if (m.sentence > at.sentence || (m.sentence === at.sentence && m.start >= at.start)) continue;
    if (m.actor && fits(m, record(m.actor))) return m;
  }
  return null;
}

/** Like `findLatest`, but the actor mentioned most often in the window wins; the latest on ties. */
export function findSalient(
  record: RecordOf,
  at: Mention,
  window: number,
  fits: Fits,
  pool: readonly Mention[],
): Mention | null {
  const counts = new Map<string, { count: number; latest: Mention }>();
  let best: { count: number; latest: Mention } | null = null;
  for (let k = pool.length - 1; k >= 0; k -= 1) {
    const m = pool[k];
    if (!m) continue;
    if (m.sentence < at.sentence - window) break;
    if (m.sentence > at.sentence || (m.sentence === at.sentence && m.start >= at.start)) continue;
    if (!m.actor || !fits(m, record(m.actor))) continue;
    // Walking back, the first mention of an actor met is its latest.
    const entry = counts.get(m.actor) ?? { count: 0, latest: m };
    entry.count += 1;
    counts.set(m.actor, entry);
    if (!best || entry.count > best.count) best = entry;
  }
  return best?.latest ?? null;
}
