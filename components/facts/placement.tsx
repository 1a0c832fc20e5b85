import type { CoverageMark } from "@/lib/views/fact-coverage";

const labels: Record<CoverageMark, { text: string; mark: string; className: string }> = {
  lede: { text: "Lede", mark: "●", className: "bg-cb-blue text-white" },
  body: { text: "Body", mark: "◐", className: "bg-cb-sky/30 text-ink" },
  buried: { text: "Buried", mark: "○", className: "bg-stone-100 text-ink" },
  // A sentence close to the fact, too far to say for sure: never shown as left out.
  maybe: {
    text: "Maybe, in other words",
    mark: "?",
    className: "border border-dashed border-muted bg-transparent text-ink",
  },
  absent: { text: "Not reported", mark: "–", className: "bg-transparent text-muted" },
};

/** Where an outlet placed a fact, as a symbol plus a word (never colour alone). */
export function PlacementMark({
  placement,
  compact = false,
}: {
  placement: CoverageMark;
  compact?: boolean;
}) {
  const label = labels[placement];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${label.className}`}
      title={label.text}
    >
      <span aria-hidden="true">{label.mark}</span>
      <span className={compact ? "sr-only" : undefined}>{label.text}</span>
    </span>
  );
}

/**
 * A matrix cell's mark: the glyph and its colours come from the cell's class (app/globals.css,
 * `.pm-*`), the word is for screen readers. A few dozen bytes, as a large story's matrix has
 * hundreds of cells.
 */
export function PlacementCell({ placement }: { placement: CoverageMark }) {
  return (
    <td className={`pm-${placement}`}>
      <span>{labels[placement].text}</span>
    </td>
  );
}

export function placementText(placement: CoverageMark): string {
  return labels[placement].text;
}
