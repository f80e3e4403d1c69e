import { GuestChartMetric, NodeChartMetric } from '@pulse/contracts';
import { PanelSpec } from '../../shared/chart/chart-panels';

/** A guest's five charts, from its `data` series. */
export const GUEST_PANELS: readonly PanelSpec<GuestChartMetric>[] = [
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

/** A node's three charts, from its `nodeData` series. */
export const NODE_PANELS: readonly PanelSpec<NodeChartMetric>[] = [
  { heading: 'CPU', unit: 'percent', lines: [{ label: 'CPU', metric: 'cpu' }] },
  { heading: 'Memory', unit: 'percent', lines: [{ label: 'Used', metric: 'memory' }] },
  { heading: 'Root disk', unit: 'percent', lines: [{ label: 'Used', metric: 'disk' }] },
];

/** A storage's usage chart, from its `storageData` series. */
export const STORAGE_PANELS: readonly PanelSpec<'disk'>[] = [
  { heading: 'Usage', unit: 'percent', lines: [{ label: 'Used', metric: 'disk' }] },
];
