import type { PmgBackup } from '@pulse/contracts';

import type { PmgClient } from '../../../upstream';
import type { StateCollections } from '../../../state/state-collections';
import type {
  CollectContext,
  CollectResult,
  InstanceCollector,
  PollTarget,
} from '../collector.types';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import { PmgNodesCollector, PmgReadCycle } from './pmg-nodes.collector';
import {
  pmgKey,
  PmgParts,
  toMailCounts,
  toMailStats,
  toPmgBackup,
  toPmgInstance,
  toQuarantine,
  toSpamDistribution,
} from './pmg.normalize';

/**
 * One Proxmox Mail Gateway: version, nodes with queues, mail statistics (hourly counts), spam
 * scores and quarantine every cycle; configuration backups in slow cycles. Only `/version`
 * failing fails the cycle; a part that fails keeps its previous value.
 */
export class PmgCollector implements InstanceCollector {
  private readonly nodes = new PmgNodesCollector();
  private parts: PmgParts = {};

  constructor(
    private readonly target: PollTarget,
    private readonly client: PmgClient,
  ) {}

  async collect(context: CollectContext): Promise<CollectResult> {
    const cycle = this.startCycle(context);
    const { version } = await this.client.version();
    const { monitoring } = this.target;
    const nodes = await this.nodes.collect(cycle, monitoring.monitorQueues !== false);
    this.parts = {
      ...this.parts,
      nodes,
      ...(monitoring.monitorMailStats === false ? noMail() : await this.mail(cycle)),
      quarantine: monitoring.monitorQuarantine === false ? undefined : await this.quarantine(cycle),
    };
    const instance = toPmgInstance(this.target, version, this.parts, context.now);
    const collections: Partial<StateCollections> = { pmg: [instance] };
    if (cycle.includeSlow) {
      const backups = await this.backups(cycle);
      if (backups) collections.pmgBackups = backups;
    }

    return {
      collections,
      connectionHealth: { [pmgKey(this.target.name)]: true },
      warnings: cycle.warnings,
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private startCycle(context: CollectContext): PmgReadCycle {
    return {
      client: this.client,
      name: this.target.name,
      now: context.now,
      includeSlow: context.includeSlow,
      signal: context.signal,
      warnings: [],
    };
  }

  /** Totals, hourly counts and spam scores over PMG's default 24-hour window. */
  private async mail(cycle: PmgReadCycle): Promise<PmgParts> {
    const { mail } = this.client;
    const [stats, counts, scores] = await Promise.allSettled([
      mail.statistics(),
      mail.counts({}, HOURLY_S),
      mail.spamScores(),
    ]);
    const previous = this.parts;

    return {
      mailStats: part(cycle, stats, 'Mail statistics', previous.mailStats, (value) =>
        toMailStats(value, cycle.now),
      ),
      mailCount: part(cycle, counts, 'Mail counts', previous.mailCount, (value) =>
        toMailCounts(value, HOURLY_S),
      ),
      spamDistribution: part(
        cycle,
        scores,
        'Spam scores',
        previous.spamDistribution,
        toSpamDistribution,
      ),
    };
  }

  private async quarantine(cycle: PmgReadCycle) {
    const { mail } = this.client;
    try {
      const [spam, virus] = await Promise.all([mail.spamQuarantine(), mail.virusQuarantine()]);

      return toQuarantine(spam, virus);
    } catch (error) {
      cycle.warnings.push(warningOf(`Quarantine of ${cycle.name}`, error));

      return this.parts.quarantine;
    }
  }

  /** Configuration backups of every node; `undefined` when no node answered. */
  private async backups(cycle: PmgReadCycle): Promise<PmgBackup[] | undefined> {
    const names = this.nodes.names;
    const results = await mapSettled(names, 3, (node) => this.client.nodes.backups(node));
    const backups: PmgBackup[] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        for (const backup of result.value) {
          backups.push(toPmgBackup(this.target.name, names[i], backup));
        }
      } else {
        cycle.warnings.push(warningOf(`Backups of node ${names[i]}`, result.reason));
      }
    });

    return results.some((result) => result.status === 'fulfilled') ? backups : undefined;
  }
}

/** One-hour buckets: a 24-point series over the default window. */
const HOURLY_S = 3600;

/** The shaped value of a read that worked; else a warning and the previous value. */
function part<T, R>(
  cycle: PmgReadCycle,
  result: PromiseSettledResult<T>,
  what: string,
  previous: R | undefined,
  shape: (value: T) => R,
): R | undefined {
  if (result.status === 'fulfilled') {
    return shape(result.value);
  }
  cycle.warnings.push(warningOf(`${what} of ${cycle.name}`, result.reason));

  return previous;
}

function noMail(): PmgParts {
  return { mailStats: undefined, mailCount: undefined, spamDistribution: undefined };
}
