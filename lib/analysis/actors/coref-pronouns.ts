import type { ActorRecord, Mention } from "./actors";
import { findLatest, findSalient, type RecordOf } from "./coref-search";
import { lang } from "../lang";

const ORGANISED = new Set([
  "government",
  "organisation",
  "agency",
  "armed-group",
  "media",
  "crowd",
]);
const PRONOUN_WINDOW = 3;

function personLike(m: Mention, actor: ActorRecord | undefined): boolean {
  if (m.plural) return false;
  if (actor?.kind === "person") return true;
  return !!m.head && lang.gazetteer.personHeads.has(m.head);
}

/** Resolve a pronoun to an earlier mention; `exclude` keeps a quote's speaker out of "he" inside the quote. */
export function resolvePronoun(
  record: RecordOf,
  m: Mention,
  pronoun: string,
  pool: readonly Mention[],
  exclude: string | null = null,
): Mention | null {
  // "it is wrong to imply …": the "it" stands for the clause, not for anyone.
  if (m.expletive) return null;
  const other = (x: Mention) => x.actor !== exclude && x !== m;
  // Inside a quote "he" is whom the talk is about, not merely the last man named.
  const look = m.quote ? findSalient : findLatest;
  if (/^(?:he|him|his)$/.test(pronoun)) {
    return look(
      record,
      m,
      PRONOUN_WINDOW,
      (x, a) => other(x) && personLike(x, a) && a?.gender !== "f",
      pool,
    );
  }
  if (/^(?:she|her)$/.test(pronoun)) {
    return look(
      record,
      m,
      PRONOUN_WINDOW,
      (x, a) => other(x) && personLike(x, a) && a?.gender !== "m",
      pool,
    );
  }
  if (/^(?:they|them|their)$/.test(pronoun)) {
    const own = m.quote ? ownGroup(record, exclude) : null;
    return findLatest(
      record,
      m,
      2,
      (x, a) =>
        other(x) &&
        !x.modifier &&
        !personLike(x, a) &&
        (x.plural || ORGANISED.has(a?.kind ?? "")) &&
        !(own && a && own(a)),
      pool,
    );
  }
  if (/^(?:it|its)$/.test(pronoun)) {
    return findLatest(
      record,
      m,
      2,
      (x, a) =>
        other(x) &&
        // A quoted "it" is what the speaker talks about, within the quote: "“It's nonsense,” X said"
        // judges a claim, not the last body the reporter named.
        (!m.quote || x.quote === m.quote) &&
        !x.modifier &&
        !x.plural &&
        !personLike(x, a) &&
        ORGANISED.has(a?.kind ?? ""),
      pool,
    );
  }
  return null;
}

/**
 * A quote's speaker calls their own party or body "we": "they" in the quote
 * is someone else. Null when the speaker's side and body are unknown.
 */
function ownGroup(record: RecordOf, speaker: string | null): ((a: ActorRecord) => boolean) | null {
  const found = record(speaker);
  if (!found) return null;
  const side = found.side !== "unknown" && found.side !== "media" ? found.side : null;
  const body = found.represents;
  if (!side && !body) return null;
  return (a) => (side !== null && a.side === side) || a.id === body;
}
