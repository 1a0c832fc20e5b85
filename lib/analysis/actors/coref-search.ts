import type { ActorRecord, Mention } from "./actors";

/** The registry record of an actor id, if any. */
export type RecordOf = (id: string | null) => ActorRecord | undefined;

/** Whether an earlier mention, with its actor's record, can be the one meant. */
export type Fits = (m: Mention, a: ActorRecord | undefined) => boolean;

/**
 * Visit the mentions before `at` that fit, within `window` sentences, latest first, until
 * `visit` returns true. Quotes are resolved after the whole article: the pool then holds
 * later mentions too, skipped here.
 */
function visitFitting(
  record: RecordOf,
  at: Mention,
  window: number,
  fits: Fits,
  pool: readonly Mention[],
  visit: (m: Mention, actor: string) => boolean,
): void {
  for (let k = pool.length - 1; k >= 0; k -= 1) {
    const m = pool[k];
    if (!m) continue;
    if (m.sentence < at.sentence - window) return;
    if (m.sentence > at.sentence || (m.sentence === at.sentence && m.start >= at.start)) continue;
    if (m.actor && fits(m, record(m.actor)) && visit(m, m.actor)) return;
  }
}

/** Last mention before `at` that fits, within `window` sentences. */
export function findLatest(
  record: RecordOf,
  at: Mention,
  window: number,
  fits: Fits,
  pool: readonly Mention[],
): Mention | null {
  let found: Mention | null = null;
  visitFitting(record, at, window, fits, pool, (m) => {
    found = m;
    return true;
  });
  return found;
}

/** Like `findLatest`, but the actor mentioned most often in the window wins; the latest on ties. */
export function findSalient(
  record: RecordOf,
  at: Mention,
  window: number,
  fits: Fits,
  pool: readonly Mention[],
): Mention | null {
  interface Tally {
    count: number;
    latest: Mention;
  }
  const counts = new Map<string, Tally>();
  // Written from the visitor: a holder, since a closure's writes to a local are not tracked by types.
  const top: { tally: Tally | null } = { tally: null };
  visitFitting(record, at, window, fits, pool, (m, actor) => {
    // Walking back, the first mention of an actor met is its latest.
    const tally = counts.get(actor) ?? { count: 0, latest: m };
    tally.count += 1;
    counts.set(actor, tally);
    if (!top.tally || tally.count > top.tally.count) top.tally = tally;
    return false;
  });
  return top.tally?.latest ?? null;
}
