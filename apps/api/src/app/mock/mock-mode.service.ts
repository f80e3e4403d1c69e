import {
  BadRequestException,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import type { MockModeStatus, NodeResponse } from '@pulse/contracts';
import { BehaviorSubject, distinctUntilChanged, Observable } from 'rxjs';

import { PulseConfig } from '../../services/config/pulse-config';
import { outsideRequest } from '../../services/logging/outside-request';
import { StateStore } from '../state/state-store.service';
import { MockModeRequestDto } from './dto/mock-mode-request.dto';
import { advanceInventory } from './generator/mock-walk';
import {
  buildInventory,
  inventoryCollections,
  inventoryHealth,
  MockInventory,
} from './generator/mock-inventory';
import { seededRandom } from './generator/prng';
import { MockConfig, mockConfigFrom, toMockModeConfig } from './mock-config';
import { mockNodeEntries } from './mock-node-config';

/** The state source that holds the synthetic resources. */
const MOCK_SOURCE = 'mock:pve';
const SEED = 20_251_020;
/** Keeps a careless request from building millions of guests in memory. */
const MAX_MOCK_GUESTS = 50_000;

/**
 * Mock mode: a synthetic estate (PVE, PBS, PMG, backups, agents) in the state store instead
 * of polled data.
 * The polling service follows `enabled$` and pauses while it is on.
 */
@Injectable()
export class MockModeService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MockModeService.name);
  private readonly enabledSubject = new BehaviorSubject(false);
  private settings: MockConfig;
  private inventory?: MockInventory;
  private timer?: ReturnType<typeof setInterval>;
  private random = seededRandom(SEED);
  private lastStepAt = 0;

  constructor(
    private readonly config: PulseConfig,
    private readonly store: StateStore,
  ) {
    this.settings = mockConfigFrom(config.mock);
  }

  onModuleInit(): void {
    if (this.config.mock.enabled) {
      this.setEnabled(true);
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  get enabled(): boolean {
    return this.enabledSubject.value;
  }

  /** The current switch position, then every change. */
  get enabled$(): Observable<boolean> {
    return this.enabledSubject.pipe(distinctUntilChanged());
  }

  status(): MockModeStatus {
    return { enabled: this.enabled, config: toMockModeConfig(this.settings) };
  }

  /** The synthetic node configuration, or nothing while mock mode is off. */
  nodeEntries(): NodeResponse[] | undefined {
    return this.inventory && mockNodeEntries(this.inventory);
  }

  update(request: MockModeRequestDto): MockModeStatus {
    if (request.config) {
      this.settings = withChanges(this.settings, request.config);
      if (this.enabled) {
        this.restart();
      }
    }
    if (request.enabled !== undefined) {
      this.setEnabled(request.enabled);
    }

    return this.status();
  }

  private setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) {
      return;
    }
    if (enabled) {
      this.start();
    } else {
      this.stop();
    }
    this.enabledSubject.next(enabled);
    this.logger.log({ enabled }, enabled ? 'Mock mode on' : 'Mock mode off');
  }

  private start(): void {
    this.random = seededRandom(SEED);
    this.lastStepAt = Date.now();
    this.inventory = buildInventory(this.settings, this.random, this.lastStepAt);
    this.publish();
    if (this.settings.randomMetrics) {
      const intervalMs = this.config.polling.pveIntervalMs;
      this.timer = outsideRequest(() => setInterval(() => this.step(), intervalMs));
    }
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.inventory = undefined;
    this.store.removeSource(MOCK_SOURCE);
  }

  private restart(): void {
    clearInterval(this.timer);
    this.start();
  }

  private step(): void {
    if (!this.inventory) {
      return;
    }
    const now = Date.now();
    const elapsed = (now - this.lastStepAt) / 1000;
    this.lastStepAt = now;
    this.inventory = advanceInventory(this.inventory, this.settings, this.random, now, elapsed);
    this.publish();
  }

  private publish(): void {
    if (!this.inventory) {
      return;
    }
    this.store.apply({
      source: MOCK_SOURCE,
      at: this.lastStepAt,
      collections: inventoryCollections(this.inventory),
      connectionHealth: inventoryHealth(this.inventory),
    });
  }
}

function withChanges(current: MockConfig, changes: Partial<MockConfig>): MockConfig {
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  const next = { ...current, ...Object.fromEntries(defined) } as MockConfig;
  const guests = next.nodeCount * (next.vmsPerNode + next.lxcsPerNode);
  if (guests > MAX_MOCK_GUESTS) {
    throw new BadRequestException(`Mock mode supports at most ${MAX_MOCK_GUESTS} guests`);
  }

  return next;
}
