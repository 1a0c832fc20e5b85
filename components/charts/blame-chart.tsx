"use client";

import { useState } from "react";
import { openEvidence, useEvidenceKey } from "@/components/evidence/use-evidence-key";
import { plural } from "@/lib/format";
import type { BlameChartData } from "@/lib/views/blame-by-outlet";
import { blameSplitKey } from "@/lib/views/evidence";
import { ChoiceToggle } from "./choice-toggle";
import { LazyStackedBars } from "./lazy-bars";
import { SeriesLegend } from "./series-legend";
import { NO_BLAME_IN_ARTICLE } from "@/lib/views/blame-empty";

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 50;
// Room for the rotated "Accused" label even when an outlet accuses one side only.
const chartHeight = (rows: number) => Math.max(110, rows * ROW_HEIGHT + AXIS_HEIGHT);

/**
 * One small chart per outlet: a bar per accused side, split by who blames or
 * by voice. Only this frame is rendered on the server; the bars load lazily
 * into boxes of their final height.
 */
export function BlameChart({ data }: { data: BlameChartData }) {
  const [split, setSplit] = useState<"a" | "v">("a");
  const active = useEvidenceKey();
  const all = split === "a" ? data.accusers : data.voices;
  const countsOf = (row: BlameChartData["outlets"][number]["rows"][number]) =>
    split === "a" ? row.byAccuser : row.byVoice;
  // Only the series that occur, so the legend lists nothing absent.
  const used = all
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => data.outlets.some((o) => o.rows.some((r) => (countsOf(r)[i] ?? 0) > 0)));
  const series = used.map(({ s }) => s);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ChoiceToggle
          name="blame-split"
          legend="Split each bar by"
          value={split}
          onChange={setSplit}
          options={[
            { value: "a", label: "Who blames" },
            { value: "v", label: "In whose voice" },
          ]}
        />
        <SeriesLegend
          series={series}
          label={split === "a" ? "Colours: who blames" : "Colours: voice"}
        />
      </div>
      <div className="mt-4 grid gap-x-6 gap-y-5 sm:grid-cols-2 lg:grid-cols-3">
        {data.outlets.map((outlet) => (
          <div key={outlet.article} data-chart-outlet={outlet.article} className="min-w-0">
            <h4 className="text-sm font-semibold">
              {outlet.label}{" "}
              <span className="font-normal text-muted">· {plural(outlet.total, "statement")}</span>
            </h4>
            {outlet.rows.length === 0 ? (
              <p className="meta mt-1">{NO_BLAME_IN_ARTICLE}</p>
            ) : (
              <div aria-hidden="true" style={{ height: chartHeight(outlet.rows.length) }}>
                <LazyStackedBars
                  rows={outlet.rows.map((row) => ({
                    label: row.label,
                    key: row.key,
                    values: used.map(({ i }) => countsOf(row)[i] ?? 0),
                  }))}
                  series={series}
                  max={data.max}
                  xLabel="Blame statements"
                  yLabel="Accused"
                  yWidth={118}
                  height={chartHeight(outlet.rows.length)}
                  segmentKey={(rowKey, id) => blameSplitKey(rowKey, split, id)}
                  active={active}
                  onSelect={openEvidence}
                />
              </div>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
