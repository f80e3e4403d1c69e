import { ChartRange, ChartsResponse, NodeChartMetric } from '@pulse/contracts';
import { PanelSpec, ResourceHistory, resourceHistory } from '../../shared/chart/chart-panels';

const NODE_PANELS: readonly PanelSpec<NodeChartMetric>[] = [
  { heading: 'CPU', unit: 'percent', lines: [{ label: 'CPU', metric: 'cpu' }] },
  { heading: 'Memory', unit: 'percent', lines: [{ label: 'Used', metric: 'memory' }] },
  { heading: 'Root disk', unit: 'percent', lines: [{ label: 'Used', metric: 'disk' }] },
];

/** The three charts of a node from `/api/charts?id=<node>`; a node without history is empty. */
export function nodeHistory(
  response: ChartsResponse,
  id: string,
  range: ChartRange,
): ResourceHistory {
  return resourceHistory(response, response.nodeData[id], NODE_PANELS, range);
}
