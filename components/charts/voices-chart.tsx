"use client";

import { useState } from "react";
import { openEvidence, useEvidenceKey } from "@/components/evidence/use-evidence-key";
import type { VoicesChartData } from "@/lib/views/voices-by-outlet";
import { evidenceKey } from "@/lib/views/evidence";
import { ChoiceToggle } from "./choice-toggle";
import { LazyStackedBars } from "./lazy-bars";
import { SeriesLegend } from "./series-legend";

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 48;

/** A long outlet name shortened for the axis ("… (EIFA)" → "EIFA"); the table has it in full. */
function axisName(label: string): string {
  const acronym = /\(([A-Z]{2,8})\)$/.exec(label)?.[1];
  if (acronym) return acronym;
  return label.length > 24 ? `${label.slice(0, 23)}…` : label;
}

/**
 * Whom each outlet quotes: a bar per outlet, split by the side of the source (or the source itself when
 * the story knows no side for it), in quotes or in words.
 */
export function VoicesChart({ data }: { data: VoicesChartData }) {
  const [measure, setMeasure] = useState<"quotes" | "words">("quotes");
  const active = useEvidenceKey();
  const max = Math.max(...data.outlets.map((o) => o[measure].reduce((sum, n) => sum + n, 0)));
  const height = data.outlets.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ChoiceToggle
          name="voices-measure"
          legend="Count"
          value={measure}
          onChange={setMeasure}
          options={[
            { value: "quotes", label: "Quotes" },
            { value: "words", label: "Words quoted" },
          ]}
        />
        <SeriesLegend
          series={data.series}
          label="Colours: side of the source, or the source itself"
        />
      </div>
      <div aria-hidden="true" className="mt-4" style={{ height }}>
        <LazyStackedBars
          rows={data.outlets.map((o) => ({
            label: axisName(o.label),
            key: evidenceKey("v", o.article),
            values: o[measure],
          }))}
          series={data.series}
          max={max}
          xLabel={measure === "quotes" ? "Quotes" : "Words quoted"}
          yLabel="Outlet"
          yWidth={172}
          height={height}
          segmentKey={(rowKey, group) => `${rowKey}.${evidenceKey(group)}`}
          active={active}
          onSelect={openEvidence}
        />
      </div>
    </div>
  );
}
