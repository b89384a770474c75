"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { INDICATOR_CHART_HEIGHT, verdictBarChartHeight } from "@/components/charts/chart-heights";

// The charts render in the browser only. On the server Recharts cannot measure anything, yet it
// still builds its store and an empty frame for every request, which cost more than the rest of
// a year page's rendering (bench/README.md, "Scale"). Every chart stands beside a table with the
// same numbers, so a page without JavaScript, a screen reader and print lose nothing. The frame
// keeps the chart's height so the page does not jump when it appears.
const VerdictBarChartInBrowser = dynamic(() => import("@/components/charts/verdict-bar-chart").then((module) => module.VerdictBarChart), { ssr: false });
const IndicatorChartInBrowser = dynamic(() => import("@/components/charts/indicator-chart").then((module) => module.IndicatorChart), { ssr: false });

export function VerdictBarChart(props: ComponentProps<typeof VerdictBarChartInBrowser>) {
  return (
    <div style={{ minHeight: verdictBarChartHeight(props.rows.length) }}>
      <VerdictBarChartInBrowser {...props} />
    </div>
  );
}

export function IndicatorChart(props: ComponentProps<typeof IndicatorChartInBrowser>) {
  return (
    <div style={{ minHeight: INDICATOR_CHART_HEIGHT }}>
      <IndicatorChartInBrowser {...props} />
    </div>
  );
}
