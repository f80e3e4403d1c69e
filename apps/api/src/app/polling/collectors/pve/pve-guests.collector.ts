import type { Container, VM } from '@pulse/contracts';

import type { PveClusterResource } from '../../../upstream';
import type { ResolvedCollectorOptions } from '../collector-options';
import { guestId } from '../shared/ids';
import { RateTracker } from '../shared/rate-tracker';
import type { PveCycle } from './pve-cycle';
import { GuestDetailsCache, GuestRef } from './pve-guest-details';
import { GuestShapeInput, isRunning, toContainer, toVm } from './pve-guests.normalize';
import { VmStatusReader } from './pve-vm-status';

export interface PveGuests {
  vms: VM[];
  containers: Container[];
}

/**
 * VMs and containers from the cluster view (one call for all of them), with I/O rates from the
 * counters and the throttled per-guest details. A switched-off kind answers an empty list.
 */
export class PveGuestsCollector {
  private readonly rates = new RateTracker();
  private readonly details: GuestDetailsCache;
  private readonly statuses: VmStatusReader;

  constructor(options: ResolvedCollectorOptions) {
    this.statuses = new VmStatusReader({
      concurrency: options.nodeConcurrency,
      budgetMs: options.guestMetadata.budgetMs,
      perCycle: options.vmStatusPerCycle,
    });
    this.details = new GuestDetailsCache(options.guestMetadata, options.random, (id, now) =>
      this.statuses.latest(id, now),
    );
  }

  async collect(
    cycle: PveCycle,
    rows: readonly PveClusterResource[],
    lastBackups: ReadonlyMap<number, number>,
  ): Promise<PveGuests> {
    const { monitoring } = cycle.target;
    const wanted = rows.filter(
      (row) =>
        (row.type === 'qemu' && monitoring.monitorVMs !== false) ||
        (row.type === 'lxc' && monitoring.monitorContainers !== false),
    );
    const refs = wanted.map((row) => refOf(cycle.target.name, row));
    await this.statuses.refresh(
      cycle,
      refs.filter((ref) => ref.type === 'qemu' && ref.running),
    );
    await this.details.refresh(cycle, refs);

    return this.guests(cycle, wanted, refs, lastBackups);
  }

  async settle(): Promise<void> {
    await Promise.all([this.statuses.settle(), this.details.settle()]);
  }

  /**
   * The guests, built after the per-guest reads so that nothing made for them waits through
   * those reads (what lives that long is promoted, and old-generation garbage costs the most).
   */
  private guests(
    cycle: PveCycle,
    rows: readonly PveClusterResource[],
    refs: readonly GuestRef[],
    lastBackups: ReadonlyMap<number, number>,
  ): PveGuests {
    const vms: VM[] = [];
    const containers: Container[] = [];
    const { now } = cycle;
    this.rates.beginCycle();
    rows.forEach((row, index) => {
      const { id } = refs[index];
      const input: GuestShapeInput = {
        id,
        instance: cycle.target.name,
        row,
        rates: this.rates.rates(id, row, now),
        now,
        lastBackup: lastBackups.get(row.vmid ?? 0),
      };
      if (row.type === 'qemu') {
        vms.push(toVm(input, this.details.vm(id), this.statuses.latest(id, now)));
      } else {
        containers.push(toContainer(input, this.details.container(id)));
      }
    });
    this.rates.endCycle();

    return { vms, containers };
  }
}

function refOf(instance: string, row: PveClusterResource): GuestRef {
  return {
    id: guestId(instance, row.node ?? '', row.vmid ?? 0),
    node: row.node ?? '',
    vmid: row.vmid ?? 0,
    type: row.type === 'lxc' ? 'lxc' : 'qemu',
    running: isRunning(row) && !row.template,
  };
}
