import { CHART_RANGE_MS, ChartRange, ChartsResponse, GuestChartSeries } from '@pulse/contracts';
import { ChartLine, ChartUnit } from '../../shared/chart/line-chart/line-chart.component';

/** One chart of the guest page. */
export interface ChartPanel {
  heading: string;
  unit: ChartUnit;
  lines: ChartLine[];
}

/** The charts of one answer, with the time span they cover. */
export interface GuestHistory {
  range: ChartRange;
  fromMs: number;
  toMs: number;
  panels: ChartPanel[];
}

const NO_SERIES: GuestChartSeries = {
  cpu: [],
  memory: [],
  disk: [],
  diskread: [],
  diskwrite: [],
  netin: [],
  netout: [],
};

/** The five charts of a guest from `/api/charts?id=<guest>`; a guest without history is empty. */
export function guestHistory(
  response: ChartsResponse,
  id: string,
  range: ChartRange,
): GuestHistory {
  const series = { ...NO_SERIES, ...response.data[id] };

  return {
    range,
    fromMs: response.timestamp - CHART_RANGE_MS[range],
    toMs: response.timestamp,
    panels: [
      { heading: 'CPU', unit: 'percent', lines: [{ label: 'CPU', points: series.cpu }] },
      { heading: 'Memory', unit: 'percent', lines: [{ label: 'Used', points: series.memory }] },
      { heading: 'Disk', unit: 'percent', lines: [{ label: 'Used', points: series.disk }] },
      {
        heading: 'Disk I/O',
        unit: 'rate',
        lines: [
          { label: 'Read', points: series.diskread },
          { label: 'Write', points: series.diskwrite },
        ],
      },
      {
        heading: 'Network',
        unit: 'rate',
        lines: [
          { label: 'In', points: series.netin },
          { label: 'Out', points: series.netout },
        ],
      },
    ],
  };
}
