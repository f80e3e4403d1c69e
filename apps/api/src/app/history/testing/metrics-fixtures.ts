import { HistorySettings } from '../../../services/config/sections/history.settings';
import { METRIC_KINDS } from '../metric-kinds';
import { HistoryRepository } from '../storage/history.repository';
import { HistoryRollup } from '../storage/history-rollup';
import { openMetricsDb } from '../storage/metrics-db';
import { SeriesIndex } from '../storage/series-index';
import { Tier, tiersFrom } from '../storage/tiers';

export interface MetricsFixture {
  repository: HistoryRepository;
  series: SeriesIndex;
  rollup: HistoryRollup;
  tiers: Tier[];
  close(): void;
}

/** metrics.db with the default tiers (or others), without the Nest application around it. */
export function openMetricsFixture(
  path = ':memory:',
  tiers: Tier[] = tiersFrom(new HistorySettings()),
): MetricsFixture {
  const { db } = openMetricsDb(path);
  const repository = new HistoryRepository(db, METRIC_KINDS);

  return {
    repository,
    series: new SeriesIndex(repository),
    rollup: new HistoryRollup(repository, tiers),
    tiers,
    close: () => db.close(),
  };
}
