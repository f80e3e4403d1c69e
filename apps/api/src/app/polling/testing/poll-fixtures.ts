import type { Node, PbsInstance } from '@pulse/contracts';

import type { StateBatch } from '../../state/state-collections';
import type {
  CollectContext,
  CollectResult,
  InstanceCollector,
  PollTarget,
} from '../collectors/collector.types';
import type { HealthEvent } from '../scheduler/instance-health';
import type { CycleOutcome, InstancePoller, PollSink } from '../scheduler/instance-poller';
import type { SchedulerOptions } from '../scheduler/scheduler-options';

export function pollTarget(overrides: Partial<PollTarget> = {}): PollTarget {
  return {
    id: 'pve-0',
    type: 'pve',
    name: 'lab',
    host: 'https://127.0.0.1:8006',
    verifySSL: false,
    monitoring: {} as PollTarget['monitoring'],
    isCluster: false,
    clusterEndpoints: [],
    ...overrides,
  };
}

export function schedulerOptions(overrides: Partial<SchedulerOptions> = {}): SchedulerOptions {
  return {
    cycleTimeoutMs: 500,
    maxBackoffMs: 10_000,
    breakerThreshold: 3,
    deadLetterThreshold: 5,
    deadLetterRetryMs: 30_000,
    offlineGraceMs: 5_000,
    slowEveryCycles: 3,
    slowIntervalMs: 0,
    ...overrides,
  };
}

export function stateNode(overrides: Partial<Node> = {}): Node {
  return {
    id: 'lab-pve1',
    node: 'pve1',
    name: 'pve1',
    displayName: 'pve1',
    instance: 'lab',
    status: 'online',
    type: 'node',
    cpu: 0.25,
    mem: 1,
    maxmem: 2,
    maxdisk: 0,
    uptime: 1000,
    loadAverage: null,
    kernelVersion: '',
    pveVersion: '',
    cpuInfo: { model: '', cores: 1, sockets: 1, mhz: '' },
    lastSeen: 0,
    connectionHealth: 'healthy',
    ...overrides,
  };
}

export function pbsServer(overrides: Partial<PbsInstance> = {}): PbsInstance {
  return {
    id: 'pbs-backup',
    name: 'backup',
    host: 'https://127.0.0.1:8007',
    status: 'online',
    version: '3.2',
    cpu: 1,
    memory: 10,
    memoryUsed: 1,
    memoryTotal: 10,
    uptime: 10,
    datastores: [],
    backupJobs: [],
    syncJobs: [],
    verifyJobs: [],
    pruneJobs: [],
    garbageJobs: [],
    connectionHealth: 'healthy',
    lastSeen: '1970-01-01T00:00:00Z',
    ...overrides,
  };
}

export function nodeResult(node: Partial<Node> = {}, healthKey = 'lab'): CollectResult {
  return {
    collections: { nodes: [stateNode(node)] },
    connectionHealth: { [healthKey]: true },
    warnings: [],
  };
}

type Step = (context: CollectContext) => Promise<CollectResult>;

/**
 * A collector driven by a script: each cycle takes the next step (the last one repeats).
 * `hang` never settles, whatever the abort signal says.
 */
export class ScriptedCollector implements InstanceCollector {
  readonly contexts: CollectContext[] = [];
  closed = false;
  active = 0;
  maxActive = 0;
  private steps: Step[];

  constructor(...steps: Step[]) {
    this.steps = steps.length ? steps : [succeed()];
  }

  /** Replaces the script from the next cycle on. */
  continueWith(...steps: Step[]): void {
    this.steps = steps;
  }

  async collect(context: CollectContext): Promise<CollectResult> {
    this.contexts.push(context);
    const step = this.steps.length > 1 ? (this.steps.shift() as Step) : this.steps[0];
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      return await step(context);
    } finally {
      this.active -= 1;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

export const succeed =
  (result: CollectResult = nodeResult()): Step =>
  async () =>
    result;

export const fail =
  (error: unknown): Step =>
  async () => {
    throw error;
  };

export const hang = (): Step => () => new Promise<CollectResult>(() => undefined);

/** Records everything a poller reports. */
export class RecordingSink implements PollSink {
  readonly batches: StateBatch[] = [];
  readonly outcomes: CycleOutcome[] = [];
  readonly events: HealthEvent[] = [];
  readonly faults: unknown[] = [];

  applyBatch(batch: StateBatch): void {
    this.batches.push(batch);
  }

  cycleFinished(_poller: InstancePoller, outcome: CycleOutcome): void {
    this.outcomes.push(outcome);
  }

  healthChanged(_poller: InstancePoller, events: HealthEvent[]): void {
    this.events.push(...events);
  }

  unexpectedError(_poller: InstancePoller, error: unknown): void {
    this.faults.push(error);
  }
}
