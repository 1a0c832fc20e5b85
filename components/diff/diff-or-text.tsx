import type { TextDiff } from "@/lib/analysis";
import { percent } from "@/lib/format";
import { DiffText } from "./diff-text";

/** Below this word overlap, inline diff marks are noise: show the text, with the marks on request. */
export const READABLE_SIMILARITY = 0.5;

/**
 * True for a version reworded throughout: a word diff would strike out most
 * of it. Additions and deletions stay diffs (the words kept read in order).
 */
export function rewordedThroughout(diff: TextDiff | null): boolean {
  return (
    diff !== null &&
    (diff.kind === "rewrite" || diff.kind === "reorder" || diff.kind === "substitution") &&
    diff.similarity < READABLE_SIMILARITY
  );
}

/**
 * A sentence compared with its base: inline word diff when the versions are
 * close; for a thorough rewrite, the sentence itself with the diff one click away.
 */
export function DiffOrText({
  text,
  diff,
  baseName,
}: {
  text: string;
  diff: TextDiff | null;
  baseName?: string;
}) {
  if (!diff || diff.kind === "identical") return <p className="prose-serif">{text}</p>;
  const against = baseName ? ` Compared with ${baseName}.` : "";
  if (rewordedThroughout(diff)) {
    return (
      <>
        <p className="prose-serif">{text}</p>
        <details className="mt-1 text-xs text-muted">
          <summary className="cursor-pointer">
            Reworded throughout ({percent(diff.similarity)} of words shared).{against} Show word by
            word
          </summary>
          <p className="mt-1 font-serif text-sm leading-relaxed text-ink">
            <DiffText parts={diff.parts} />
          </p>
        </details>
      </>
    );
  }
  return (
    <>
      <p className="prose-serif">
        <DiffText parts={diff.parts} />
      </p>
      <p className="mt-1 text-xs text-muted">
        {diff.summary}
        {against}
      </p>
    </>
  );
}
