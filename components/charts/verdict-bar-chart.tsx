"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { verdictBarChartHeight } from "@/components/charts/chart-heights";
import { legendLabel } from "@/components/charts/legend-label";
import type { Verdict } from "@/lib/verdict/methodology";
import { VERDICT_STYLES } from "@/lib/scorecard/verdict-style";

export type VerdictBarRow = { label: string } & Record<Verdict, number>;

/** Targets per area stacked by verdict; the page shows the same numbers in a table beside it. */
export function VerdictBarChart({ rows, verdicts }: { rows: VerdictBarRow[]; verdicts: Array<{ verdict: Verdict; label: string }> }) {
  // The legend lists verdicts in the page's order, not alphabetically by label (Recharts' default).
  const order: string[] = verdicts.map(({ verdict }) => verdict);
  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: verdictBarChartHeight(rows.length) }}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} />
      <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
      <Tooltip cursor={{ fill: "#f1f5f9" }} />
      <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendLabel} itemSorter={(item) => order.indexOf(String(item.dataKey))} />
      {verdicts.map(({ verdict, label }) => (
        <Bar key={verdict} dataKey={verdict} name={label} stackId="verdicts" fill={VERDICT_STYLES[verdict].chart} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
