import type { Series } from "@/lib/views/network";

/** Colour key of a chart: a swatch with a border (light colours stay visible) and the label in words. */
export function SeriesLegend({ series, label }: { series: Series[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map((s) => (
        <li key={s.id} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-4 rounded-sm border border-ink/60"
            style={{ background: s.colour }}
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
