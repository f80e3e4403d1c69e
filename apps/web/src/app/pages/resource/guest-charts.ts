import { ChartRange, ChartsResponse, GuestChartMetric } from '@pulse/contracts';
import { PanelSpec, ResourceHistory, resourceHistory } from '../../shared/chart/chart-panels';

const GUEST_PANELS: readonly PanelSpec<GuestChartMetric>[] = [
  { heading: 'CPU', unit: 'percent', lines: [{ label: 'CPU', metric: 'cpu' }] },
  { heading: 'Memory', unit: 'percent', lines: [{ label: 'Used', metric: 'memory' }] },
  { heading: 'Disk', unit: 'percent', lines: [{ label: 'Used', metric: 'disk' }] },
  {
    heading: 'Disk I/O',
    unit: 'rate',
    lines: [
      { label: 'Read', metric: 'diskread' },
      { label: 'Write', metric: 'diskwrite' },
    ],
  },
  {
    heading: 'Network',
    unit: 'rate',
    lines: [
      { label: 'In', metric: 'netin' },
      { label: 'Out', metric: 'netout' },
    ],
  },
];

/** The five charts of a guest from `/api/charts?id=<guest>`; a guest without history is empty. */
export function guestHistory(
  response: ChartsResponse,
  id: string,
  range: ChartRange,
): ResourceHistory {
  return resourceHistory(response, response.data[id], GUEST_PANELS, range);
}
