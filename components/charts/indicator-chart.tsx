"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { INDICATOR_CHART_HEIGHT } from "@/components/charts/chart-heights";
import { legendLabel } from "@/components/charts/legend-label";

export type IndicatorChartPoint = { year: string; target: number | null; actual: number | null };

/** Target (line) against reported result (bars) per year; gaps are years the corpus says nothing. */
export function IndicatorChart({ points, unit, labels }: { points: IndicatorChartPoint[]; unit: string; labels: { target: string; actual: string } }) {
  return (
    <ComposedChart data={points} responsive style={{ width: "100%", height: INDICATOR_CHART_HEIGHT }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey="year" tick={{ fontSize: 12, fill: "#334155" }} />
      <YAxis tick={{ fontSize: 12, fill: "#334155" }} unit={unit === "%" ? "%" : undefined} width={64} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendLabel} itemSorter="dataKey" />
      <Bar dataKey="actual" name={labels.actual} fill="#0369a1" barSize={28} isAnimationActive={false} />
      <Line
        dataKey="target"
        name={labels.target}
        stroke="#b45309"
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 4, fill: "#b45309" }}
        connectNulls
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
