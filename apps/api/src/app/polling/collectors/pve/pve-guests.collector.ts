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
    this.statuses = new VmStatusReader(options.nodeConcurrency, options.guestMetadata.budgetMs);
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
    const inputs = this.inputs(cycle, wanted, lastBackups);
    const refs = inputs.map(refOf);
    await this.statuses.refresh(
      cycle,
      refs.filter((ref) => ref.type === 'qemu' && ref.running),
    );
    await this.details.refresh(cycle, refs);

    return { vms: this.vms(inputs), containers: this.containers(inputs) };
  }

  async settle(): Promise<void> {
    await Promise.all([this.statuses.settle(), this.details.settle()]);
  }

  private inputs(
    cycle: PveCycle,
    rows: readonly PveClusterResource[],
    lastBackups: ReadonlyMap<number, number>,
  ): GuestShapeInput[] {
    const instance = cycle.target.name;
    this.rates.beginCycle();
    const inputs = rows.map((row) => {
      const id = guestId(instance, row.node ?? '', row.vmid ?? 0);
      const rates = this.rates.rates(id, row, cycle.now);

      return {
        id,
        instance,
        row,
        rates,
        now: cycle.now,
        lastBackup: lastBackups.get(row.vmid ?? 0),
      };
    });
    this.rates.endCycle();

    return inputs;
  }

  private vms(inputs: GuestShapeInput[]): VM[] {
    return inputs
      .filter((input) => input.row.type === 'qemu')
      .map((input) =>
        toVm(input, this.details.vm(input.id), this.statuses.latest(input.id, input.now)),
      );
  }

  private containers(inputs: GuestShapeInput[]): Container[] {
    return inputs
      .filter((input) => input.row.type === 'lxc')
      .map((input) => toContainer(input, this.details.container(input.id)));
  }
}

function refOf(input: GuestShapeInput): GuestRef {
  const { row } = input;

  return {
    id: input.id,
    node: row.node ?? '',
    vmid: row.vmid ?? 0,
    type: row.type === 'lxc' ? 'lxc' : 'qemu',
    running: isRunning(row) && !row.template,
  };
}
