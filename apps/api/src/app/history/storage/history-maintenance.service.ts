import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';

import { PulseConfig } from '../../../services/config/pulse-config';
import { MemoryHistory } from '../recording/memory-history';
import { MetricsDatabase } from './metrics-database.service';

/** A series is forgotten this long after its last rows expired. */
const SERIES_GRACE_SEC = 2 * 86_400;

/** Runs longer than this are worth a warning: they hold up everything else in the process. */
const SLOW_RUN_MS = 2_000;

/**
 * Rolls points up into the coarser tiers and applies retention on a timer, one short step at a
 * time with a turn of the event loop between steps, so requests and polls keep flowing.
 */
@Injectable()
export class HistoryMaintenance implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HistoryMaintenance.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly config: PulseConfig,
    private readonly database: MetricsDatabase,
    private readonly memory: MemoryHistory,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), this.config.history.rollupIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One maintenance pass; answers the number of steps taken. Overlapping calls share a pass. */
  run(now = Date.now()): Promise<number> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));

    return this.running;
  }

  private keptSec(): number {
    return Math.max(...this.database.tiers.map((tier) => tier.retentionMs)) / 1000;
  }

  private async pass(now: number): Promise<number> {
    const started = Date.now();
    const nowSec = Math.floor(now / 1000);
    let steps = 0;
    try {
      while (!this.stopped && this.database.rollup.step(nowSec)) {
        steps++;
        await nextTurn();
      }
      this.memory.sweep(nowSec - Math.ceil(this.config.history.memoryWindowMs / 1000));
      this.database.series.prune(nowSec - this.keptSec() - SERIES_GRACE_SEC);
    } catch (error) {
      this.logger.warn(`History rollup stopped after ${steps} steps: ${String(error)}`);
    }
    const elapsed = Date.now() - started;
    if (elapsed > SLOW_RUN_MS) {
      this.logger.warn(`History rollup took ${elapsed} ms for ${steps} steps`);
    }

    return steps;
  }
}
