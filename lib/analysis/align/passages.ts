import { sameShingle, type WordStream } from "./shingles";
import { lang } from "../lang";

/** A shared passage as word ranges [start, end) in the two word streams. */
export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Words in exactly matching runs (the rest are the small gaps joined over). */
  matched: number;
}

/** How matches are found and joined into passages. */
export interface PassageOptions {
  /** Words per shingle. */
  shingle: number;
  /** Runs separated by at most this many differing words on each side are one passage. */
  maxGap: number;
  /** Passages shorter than this many words (of A) are dropped. */
  minWords: number;
  /** Keep at most this many positions per shingle of A (repetitive text). */
  maxPositions: number;
  /** Consider at most this many runs per article pair (longest first). */
  maxRuns: number;
}

/** Positions of each shingle hash in a text, at most `maxPositions` each. */
export function positionIndex(hashes: Float64Array, maxPositions: number): Map<number, number[]> {
  const index = new Map<number, number[]>();
  hashes.forEach((hash, p) => {
    const list = index.get(hash);
    if (!list) index.set(hash, [p]);
    else if (list.length < maxPositions) list.push(p);
  });
  return index;
}

function runOf(run: { start: number; last: number }, diagonal: number, size: number): Passage {
  const length = run.last + size - run.start;
  return {
    aStart: run.start,
    aEnd: run.start + length,
    bStart: run.start + diagonal,
    bEnd: run.start + diagonal + length,
    matched: length,
  };
}

/** Maximal runs of matching shingles on one diagonal (same offset between A and B). */
function matchRuns(
  a: WordStream,
  aIndex: Map<number, number[]>,
  b: WordStream,
  bHashes: Float64Array,
  size: number,
): Passage[] {
  const runs: Passage[] = [];
  // Open run per diagonal (q - p): last matched shingle start in A, and where it began.
  const open = new Map<number, { start: number; last: number }>();
  bHashes.forEach((hash, q) => {
    const positions = aIndex.get(hash);
    if (!positions) return;
    for (const p of positions) {
      if (!sameShingle(a.ids, p, b.ids, q, size)) continue;
      const diagonal = q - p;
      const run = open.get(diagonal);
      if (run && run.last === p - 1) run.last = p;
      else {
        if (run) runs.push(runOf(run, diagonal, size));
        open.set(diagonal, { start: p, last: p });
      }
    }
  });
  for (const [diagonal, run] of open) runs.push(runOf(run, diagonal, size));
  return runs;
}

function trimTrailing(passage: Passage, a: WordStream): Passage {
  while (
    passage.aEnd - passage.aStart > 1 &&
    lang.functionWords.passageTrailing.has(a.tokens[passage.aEnd - 1]?.normal ?? "")
  ) {
    passage.aEnd -= 1;
    passage.bEnd -= 1;
    passage.matched -= 1;
  }
  return passage;
}

function overlaps(x: Passage, y: Passage): boolean {
  return (x.aStart < y.aEnd && y.aStart < x.aEnd) || (x.bStart < y.bEnd && y.bStart < x.bEnd);
}

/**
 * Passages two texts share word for word or nearly: maximal runs of shared
 * shingles, the longest kept where they overlap (repeated phrases give
 * spurious shorter runs), then runs in the same order in both texts joined
 * across small gaps (one or two changed, added or dropped words), so a wire
 * paragraph with a word swapped is one passage, not three.
 */
export function findPassages(
  a: WordStream,
  aIndex: Map<number, number[]>,
  b: WordStream,
  bHashes: Float64Array,
  options: PassageOptions,
): Passage[] {
  const runs = matchRuns(a, aIndex, b, bHashes, options.shingle)
    .sort(
      (x, y) =>
        y.aEnd - y.aStart - (x.aEnd - x.aStart) || x.aStart - y.aStart || x.bStart - y.bStart,
    )
    .slice(0, options.maxRuns);
  const kept: Passage[] = [];
  for (const run of runs) if (!kept.some((other) => overlaps(run, other))) kept.push(run);
  kept.sort((x, y) => x.aStart - y.aStart);
  const merged: Passage[] = [];
  for (const run of kept) {
    const last = merged[merged.length - 1];
    if (last) {
      const gapA = run.aStart - last.aEnd;
      const gapB = run.bStart - last.bEnd;
      if (
        gapA >= 0 &&
        gapB >= 0 &&
        gapA <= options.maxGap &&
        gapB <= options.maxGap &&
        Math.abs(gapA - gapB) <= 2
      ) {
        last.aEnd = run.aEnd;
        last.bEnd = run.bEnd;
        last.matched += run.matched;
        continue;
      }
    }
    merged.push({ ...run });
  }
  return merged
    .map((passage) => trimTrailing(passage, a))
    .filter((passage) => passage.aEnd - passage.aStart >= options.minWords);
}
