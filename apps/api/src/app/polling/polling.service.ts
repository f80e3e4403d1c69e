import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Subscription } from 'rxjs';

import { PulseConfig } from '../../services/config/pulse-config';
import { outsideRequest } from '../../services/logging/outside-request';
import { HeapCompactionService } from '../memory/heap-compaction.service';
import { MockModeService } from '../mock/mock-mode.service';
import { NodeConfigEvent, NodesService } from '../nodes/nodes.service';
import { StateStore } from '../state/state-store.service';
import type { CollectorFactory, InstanceCollector, PollTarget } from './collectors/collector.types';
import { PollMetrics } from './metrics/poll-metrics.service';
import { PollReporter } from './poll-reporter';
import { PollingIntervals } from './polling-intervals.service';
import { COLLECTOR_FACTORY } from './polling.tokens';
import { InstancePoller } from './scheduler/instance-poller';
import { schedulerOptionsFrom } from './scheduler/scheduler-options';
import { Semaphore } from './scheduler/semaphore';

/**
 * Runs one poller per configured instance, follows node changes, and pauses while mock mode
 * replaces the real instances. Changes are applied one at a time, in order.
 */
@Injectable()
export class PollingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PollingService.name);
  private readonly pollers = new Map<string, InstancePoller>();
  private readonly slots: Semaphore;
  private readonly reporter: PollReporter;
  private readonly subscriptions: Subscription[] = [];
  private work: Promise<void> = Promise.resolve();
  private active = false;

  constructor(
    private readonly config: PulseConfig,
    private readonly nodes: NodesService,
    private readonly store: StateStore,
    private readonly intervals: PollingIntervals,
    private readonly metrics: PollMetrics,
    private readonly mockMode: MockModeService,
    memory: HeapCompactionService,
    @Inject(COLLECTOR_FACTORY) private readonly createCollector: CollectorFactory,
  ) {
    this.slots = new Semaphore(config.polling.maxConcurrent);
    this.reporter = new PollReporter(store, nodes, metrics, memory);
  }

  onApplicationBootstrap(): Promise<void> {
    this.metrics.watch(() => this.list());
    this.subscriptions.push(
      this.nodes.changes$.subscribe((event) => void this.enqueue(() => this.reconcile(event))),
      this.mockMode.enabled$.subscribe(
        (mock) => void this.enqueue(() => (mock ? this.pause() : this.resume())),
      ),
    );

    return this.work;
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscriptions.forEach((subscription) => subscription.unsubscribe());
    await this.enqueue(() => this.stopAll(false));
  }

  /** True while real instances are polled (false in mock mode). */
  get enabled(): boolean {
    return this.active;
  }

  list(): InstancePoller[] {
    return [...this.pollers.values()];
  }

  /** Resolves when every change queued so far has been applied. */
  settled(): Promise<void> {
    return this.work;
  }

  /**
   * Node changes and mock-mode switches arrive inside the HTTP request that made them; the
   * work runs outside its log context so pollers started here never log that request's id.
   */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.work = outsideRequest(() =>
      this.work.then(task).catch((error: unknown) => {
        const err = error instanceof Error ? error : new Error(String(error));
        this.logger.error({ err }, 'Polling reconfiguration failed');
      }),
    );

    return this.work;
  }

  private async resume(): Promise<void> {
    if (this.active) {
      return;
    }
    this.active = true;
    await this.intervals.refresh().catch(() => undefined);
    const targets = await this.nodes.pollTargets();
    targets.forEach((target) => this.startPoller(target));
    this.logger.log({ instances: targets.length }, 'Polling started');
  }

  private async pause(): Promise<void> {
    if (!this.active) {
      return;
    }
    this.active = false;
    await this.stopAll(true);
    this.logger.log('Polling paused: mock mode is on');
  }

  private async reconcile(event: NodeConfigEvent): Promise<void> {
    if (!this.active) {
      return;
    }
    await this.stopPoller(event.id, event.kind === 'removed');
    const target = event.kind === 'removed' ? undefined : await this.nodes.pollTarget(event.id);
    if (target) {
      this.startPoller(target);
    }
  }

  private startPoller(target: PollTarget): void {
    const collector = this.collectorFor(target);
    if (!collector) {
      return;
    }
    const poller = new InstancePoller(target, collector, {
      options: schedulerOptionsFrom(this.config.polling),
      intervalMs: () => this.intervals.of(target.type),
      slots: this.slots,
      sink: this.reporter,
    });
    this.pollers.set(target.id, poller);
    poller.start();
  }

  private collectorFor(target: PollTarget): InstanceCollector | undefined {
    try {
      return this.createCollector(target);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      this.logger.error({ id: target.id, type: target.type, err }, 'Cannot poll this instance');

      return undefined;
    }
  }

  private async stopPoller(id: string, removeSource: boolean): Promise<void> {
    const poller = this.pollers.get(id);
    if (!poller) {
      return;
    }
    this.pollers.delete(id);
    await poller.stop();
    this.metrics.forget(poller);
    if (removeSource) {
      this.store.removeSource(poller.sourceKey);
    }
  }

  private async stopAll(removeSources: boolean): Promise<void> {
    const ids = [...this.pollers.keys()];
    await Promise.all(ids.map((id) => this.stopPoller(id, removeSources)));
  }
}
