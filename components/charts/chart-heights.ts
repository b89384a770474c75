// Chart heights in pixels, shared by the charts and the frames that hold their place while they load.

const VERDICT_BAR_ROW_HEIGHT = 34;

export function verdictBarChartHeight(rowCount: number): number {
  return Math.max(140, rowCount * VERDICT_BAR_ROW_HEIGHT + 70);
}

export const INDICATOR_CHART_HEIGHT = 280;
