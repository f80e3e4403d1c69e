import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

import { PulseConfig } from '../../../services/config/pulse-config';
import { METRIC_KINDS } from '../metric-kinds';
import { HistoryRepository } from './history.repository';
import { HistoryRollup } from './history-rollup';
import { metricsDbPath, openMetricsDb } from './metrics-db';
import { SeriesIndex } from './series-index';
import { Tier, tiersFrom } from './tiers';

/** metrics.db, opened and migrated at start, closed last at shutdown. */
@Injectable()
export class MetricsDatabase implements OnApplicationShutdown {
  private readonly logger = new Logger(MetricsDatabase.name);
  readonly repository: HistoryRepository;
  readonly series: SeriesIndex;
  readonly rollup: HistoryRollup;
  readonly tiers: readonly Tier[];

  constructor(config: PulseConfig) {
    const path = metricsDbPath(config.dataDir);
    const { db, movedAside } = openMetricsDb(path);
    if (movedAside) {
      this.logger.warn(`${path} could not be read; moved it to ${movedAside} and started anew`);
    }
    this.tiers = tiersFrom(config.history);
    this.repository = new HistoryRepository(db, METRIC_KINDS);
    this.series = new SeriesIndex(this.repository);
    this.rollup = new HistoryRollup(this.repository, this.tiers);
  }

  onApplicationShutdown(): void {
    this.repository.db.close();
  }
}
