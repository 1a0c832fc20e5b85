import type { DiffKind, DiffPart } from "../schema";
import { sharedWords, wordKey } from "../text";

/**
 * What a word diff changed, in words: its changes (each run of deletions and
 * insertions between equal stretches), one line for each, and the kind of the
 * whole (identical, reorder, addition, deletion, substitution, rewrite).
 */

function quoteWords(list: string[]): string {
  return `“${list.join(" ")}”`;
}

export interface Change {
  removed: string[];
  added: string[];
}

/** Group the diff into changes: each run of deletions and insertions between equal stretches. */
export function changesOf(parts: DiffPart[], partWordLists: string[][]): Change[] {
  const changes: Change[] = [];
  let current: Change | null = null;
  for (const [p, part] of parts.entries()) {
    const partWords = partWordLists[p] ?? [];
    if (part.op === "equal") {
      if (partWords.length > 0) current = null;
      continue;
    }
    if (partWords.length === 0) continue;
    if (!current) {
      current = { removed: [], added: [] };
      changes.push(current);
    }
    if (part.op === "delete") current.removed.push(...partWords);
    else current.added.push(...partWords);
  }
  return changes;
}

export function describe(change: Change): string {
  if (change.removed.length === 0) return `added ${quoteWords(change.added)}`;
  if (change.added.length === 0) return `dropped ${quoteWords(change.removed)}`;
  return `${quoteWords(change.removed)} → ${quoteWords(change.added)}`;
}

function sameMultiset(a: string[], b: string[]): boolean {
  return a.length === b.length && sharedWords(a, b, wordKey) === a.length;
}

export function classify(
  a: string[],
  b: string[],
  changes: Change[],
): { kind: DiffKind; summary: string } {
  if (changes.length === 0) {
    return { kind: "identical", summary: "Identical wording." };
  }
  const removed = changes.flatMap((c) => c.removed);
  const added = changes.flatMap((c) => c.added);
  if (sameMultiset(a, b)) {
    return { kind: "reorder", summary: "Same words, reordered." };
  }
  // A content word deleted in one place and inserted in another was moved, not replaced
  // ("an appropriate temporary" → "a temporary and appropriate").
  const addedKeys = new Set(added.map(wordKey));
  const moved = [...new Set(removed.map(wordKey))].filter(
    (word) => addedKeys.has(word) && word.length >= 4,
  );
  if (moved.length > 0) {
    const movedSet = new Set(moved);
    const rest = changes
      .map((c) => ({
        removed: c.removed.filter((w) => !movedSet.has(wordKey(w))),
        added: c.added.filter((w) => !movedSet.has(wordKey(w))),
      }))
      .filter((c) => c.removed.length + c.added.length > 0);
    const moves = moved.map((word) => `“${word}” moved`);
    return {
      kind: "reorder",
      summary: `Words reordered: ${[...moves, ...rest.map(describe)].join("; ")}.`,
    };
  }
  if (removed.length === 0) {
    const long = added.length >= 4;
    return {
      kind: "addition",
      summary: `${long ? "A clause added" : `${added.length === 1 ? "A word" : "Words"} added`}: ${changes.map(describe).join("; ")}.`,
    };
  }
  if (added.length === 0) {
    const long = removed.length >= 4;
    return {
      kind: "deletion",
      summary: `${long ? "A clause dropped" : `${removed.length === 1 ? "A word" : "Words"} dropped`}: ${changes.map(describe).join("; ")}.`,
    };
  }
  const small = changes.every((c) => c.removed.length <= 3 && c.added.length <= 3);
  if (small && changes.length <= 3) {
    const one = changes.length === 1 && removed.length === 1 && added.length === 1;
    return {
      kind: "substitution",
      summary: `${one ? "One word substituted" : "Words substituted"}: ${changes.map(describe).join("; ")}.`,
    };
  }
  const shown = changes.slice(0, 4).map(describe);
  const more =
    changes.length > 4
      ? `; and ${changes.length - 4} more change${changes.length === 5 ? "" : "s"}`
      : "";
  return { kind: "rewrite", summary: `Reworded: ${shown.join("; ")}${more}.` };
}
