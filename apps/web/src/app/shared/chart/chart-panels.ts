import { CHART_RANGE_MS, ChartPoint, ChartRange, ChartsResponse } from '@pulse/contracts';
import { ChartLine, ChartUnit } from './line-chart/line-chart.component';

/** One chart of a history page. */
export interface ChartPanel {
  heading: string;
  unit: ChartUnit;
  lines: ChartLine[];
}

/** What a panel draws: its lines, each named after a metric of the series. */
export interface PanelSpec<M extends string> {
  heading: string;
  unit: ChartUnit;
  lines: { label: string; metric: M }[];
}

/** The charts of one answer, with the time span they cover. */
export interface ResourceHistory {
  range: ChartRange;
  fromMs: number;
  toMs: number;
  panels: ChartPanel[];
}

/** Panels from the series of one resource; a metric without points draws nothing. */
export function resourceHistory<M extends string>(
  response: ChartsResponse,
  series: Partial<Record<M, ChartPoint[]>> | undefined,
  specs: readonly PanelSpec<M>[],
  range: ChartRange,
): ResourceHistory {
  return {
    range,
    fromMs: response.timestamp - CHART_RANGE_MS[range],
    toMs: response.timestamp,
    panels: specs.map(({ heading, unit, lines }) => ({
      heading,
      unit,
      lines: lines.map(({ label, metric }) => ({ label, points: series?.[metric] ?? [] })),
    })),
  };
}
