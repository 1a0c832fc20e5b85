import type { RawSpan } from "./match";
import type { ActorRecord, Mention } from "./actors";
import { findLatest, type RecordOf } from "./coref-search";
import { lang } from "../lang";

/** Story-wide memory of titles: "president" → the person introduced as "President Varga". */
export type TitleMemory = ReadonlyMap<string, string>;

const DEFINITE_WINDOW = 12;

/**
 * Build the title memory from all spans of the story: the most frequent
 * bearer of a title wins, the first one on ties. A story about a sitting
 * president may name a predecessor first ("President George W. Bush began
 * the war"), but "the president" means the one it keeps titling so.
 */
export function buildTitleMemory(
  spans: readonly (readonly (readonly RawSpan[])[])[],
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of spans) {
    for (const sentence of article) {
      for (const span of sentence) {
        if (!span.actor || !span.title) continue;
        for (const word of span.title.split(/\s+/)) {
          if (!lang.gazetteer.personHeads.has(word)) continue;
          const bearers = counts.get(word) ?? new Map<string, number>();
          bearers.set(span.actor, (bearers.get(span.actor) ?? 0) + 1);
          counts.set(word, bearers);
        }
      }
    }
  }
  const memory = new Map<string, string>();
  for (const [word, bearers] of counts) {
    let best = 0;
    // Map order is first-seen order: a strict "more" keeps the first bearer on ties.
    for (const [actor, count] of bearers) {
      if (count > best) {
        best = count;
        memory.set(word, actor);
      }
    }
  }
  return memory;
}

/** Resolve "the official", "the American diplomat", "the president" against the article so far. */
export function resolveDefinite(
  record: RecordOf,
  titles: TitleMemory,
  history: readonly Mention[],
  m: Mention,
  demonym: string | null,
): string | null {
  const head = m.head ?? "";
  const side = demonym ? record(demonym)?.side : undefined;
  // "the Freedonian official" must not resolve to an American one; the same head noun wins over a titled person.
  const compatible = (x: Mention, a: ActorRecord | undefined) =>
    x !== m && x.form !== "pronoun" && (!side || a?.side === side);
  const found =
    findLatest(
      record,
      m,
      DEFINITE_WINDOW,
      (x, a) => compatible(x, a) && x.head === head,
      history,
    ) ??
    findLatest(
      record,
      m,
      DEFINITE_WINDOW,
      (x, a) => {
        if (!compatible(x, a) || a?.kind !== "person") return false;
        if (x.text.toLowerCase().includes(head)) return true;
        return side !== undefined && (head === "diplomat" || head === "official");
      },
      history,
    );
  if (found) {
    m.via = `${m.text} → ${found.text}`;
    return found.actor;
  }
  return demonym ?? titles.get(head) ?? null;
}
