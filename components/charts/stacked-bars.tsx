"use client";

import {
  Bar,
  type BarShapeProps,
  BarChart,
  CartesianGrid,
  type LabelProps,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Series } from "@/lib/views/network";
import { useReducedMotion } from "./use-reduced-motion";

export interface StackedRow {
  label: string;
  key: string;
  values: number[];
}

export interface StackedBarsProps {
  rows: StackedRow[];
  series: Series[];
  max: number;
  xLabel: string;
  yLabel: string;
  yWidth: number;
  height: number;
  /** The evidence key of one segment (row × series). */
  segmentKey: (rowKey: string, series: string) => string;
  active: string | null;
  onSelect: (key: string) => void;
}

const INK = "#1f1d1a";

/**
 * The category axis' title, turned upright along the axis' left edge and
 * centred on it. Drawn by hand: recharts wraps a rotated label to the plot's
 * height, which cut it short on one-bar charts.
 */
function VerticalLabel({ text, viewBox }: LabelProps & { text: string }) {
  if (!viewBox || !("height" in viewBox)) return null;
  const x = viewBox.x + 6;
  const y = viewBox.y + viewBox.height / 2;
  return (
    <text
      x={x}
      y={y}
      transform={`rotate(-90 ${x} ${y})`}
      textAnchor="middle"
      dominantBaseline="hanging"
      fontSize={12}
      fill={INK}
    >
      {text}
    </text>
  );
}

/**
 * Horizontal stacked bars (recharts, loaded lazily). Each segment opens its
 * evidence; the selected one gets a thick outline. Zero counts are left out
 * so the tooltip lists only what is there.
 */
export default function StackedBars({
  rows,
  series,
  max,
  xLabel,
  yLabel,
  yWidth,
  height,
  segmentKey,
  active,
  onSelect,
}: StackedBarsProps) {
  const reduced = useReducedMotion();
  const data = rows.map((row) => {
    const point: Record<string, string | number | null> = { label: row.label };
    row.values.forEach((value, i) => {
      point[`s${i}`] = value > 0 ? value : null;
    });
    return point;
  });
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 4, right: 12, bottom: 22, left: 8 }}
      accessibilityLayer={false}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke="#e2ded6" />
      <XAxis
        type="number"
        domain={[0, Math.max(1, max)]}
        allowDecimals={false}
        tick={{ fontSize: 12, fill: INK }}
        label={{ value: xLabel, position: "insideBottom", offset: -14, fontSize: 12, fill: INK }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={yWidth}
        tick={{ fontSize: 12, fill: INK }}
        label={{
          value: yLabel,
          content: (props: LabelProps) => <VerticalLabel text={yLabel} {...props} />,
        }}
      />
      <Tooltip
        cursor={{ fill: "rgba(31, 29, 26, 0.05)" }}
        isAnimationActive={!reduced}
        // Series colours are too light for text; the swatch in the legend carries the colour.
        itemStyle={{ color: INK }}
        labelStyle={{ color: INK, fontWeight: 600 }}
      />
      {series.map((s, i) => (
        <Bar
          key={s.id}
          dataKey={`s${i}`}
          name={s.label}
          stackId="all"
          maxBarSize={26}
          fill={s.colour}
          cursor="pointer"
          isAnimationActive={!reduced}
          onClick={(_, index) => {
            const row = rows[index];
            if (row) onSelect(segmentKey(row.key, s.id));
          }}
          shape={(props: BarShapeProps) => {
            const row = rows[props.index];
            const selected = row !== undefined && active === segmentKey(row.key, s.id);
            return <Rectangle {...props} stroke={INK} strokeWidth={selected ? 3 : 0.75} />;
          }}
        />
      ))}
    </BarChart>
  );
}
