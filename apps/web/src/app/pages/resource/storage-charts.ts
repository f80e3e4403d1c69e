import { ChartRange, ChartsResponse } from '@pulse/contracts';
import { PanelSpec, ResourceHistory, resourceHistory } from '../../shared/chart/chart-panels';

const STORAGE_PANELS: readonly PanelSpec<'disk'>[] = [
  { heading: 'Usage', unit: 'percent', lines: [{ label: 'Used', metric: 'disk' }] },
];

/** The usage chart of a storage from `/api/charts?id=<storage>`; none without history. */
export function storageHistory(
  response: ChartsResponse,
  id: string,
  range: ChartRange,
): ResourceHistory {
  return resourceHistory(response, response.storageData[id], STORAGE_PANELS, range);
}
