import type { ReactNode } from "react";

/**
 * A chart with its title, a caption, and its table alternative: the table is
 * read by screen readers, shown on request (the checkbox, no JavaScript
 * needed), when it has keyboard focus, in print, and in place of the chart
 * when JavaScript is off.
 */
export function ChartFigure({
  id,
  title,
  caption,
  chart,
  table,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="card group p-4">
      <figcaption className="mb-3">
        <h3 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h3>
        <span className="block max-w-3xl text-sm text-muted">{caption}</span>
      </figcaption>
      <div className="print:hidden noscript:hidden">{chart}</div>
      <label className="mt-4 flex cursor-pointer items-start gap-2 text-sm font-medium print:hidden noscript:hidden">
        <input type="checkbox" className="show-table mt-0.5" />
        Show the figures as a table, each opening its sentences
      </label>
      <div className="sr-only group-has-[.show-table:checked]:not-sr-only focus-within:not-sr-only print:not-sr-only noscript:not-sr-only">
        {/* Focusable, so a table wider than the screen scrolls by keyboard even when it holds no
            link (a story with no quotes or blame); focusing it also shows it (focus-within). */}
        <div
          className="mt-3 overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={`${title}: the figures as a table`}
        >
          {table}
        </div>
      </div>
    </figure>
  );
}
