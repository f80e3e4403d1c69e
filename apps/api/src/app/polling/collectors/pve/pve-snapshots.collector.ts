import type { GuestSnapshot } from '@pulse/contracts';

import { isUpstreamError } from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { SnapshotOwner, toGuestSnapshot } from './pve-backups.normalize';

export interface SnapshotGuest extends SnapshotOwner {
  id: string;
}

interface Cached {
  snapshots: GuestSnapshot[];
  readAt: number;
}

/**
 * Snapshots cost one call per guest, so each slow cycle reads a bounded batch (guests never read
 * first, then the oldest reads) and answers everything known so far.
 */
export class PveSnapshotsCollector {
  private readonly byGuest = new Map<string, Cached>();

  constructor(private readonly perCycle: number) {}

  async collect(cycle: PveCycle, guests: readonly SnapshotGuest[]): Promise<GuestSnapshot[]> {
    this.forgetMissing(guests);
    const batch = [...guests]
      .sort((a, b) => this.readAt(a.id) - this.readAt(b.id))
      .slice(0, this.perCycle);
    const results = await mapSettled(
      batch,
      cycle.options.nodeConcurrency,
      (guest) => this.read(cycle, guest),
      cycle.signal,
    );
    const failed = results.filter((result) => result.status === 'rejected');
    if (failed.length) {
      const what = `Snapshots of ${failed.length} guest(s) on ${cycle.target.name}`;
      cycle.warnings.push(warningOf(what, (failed[0] as PromiseRejectedResult).reason));
    }

    return guests.flatMap((guest) => this.byGuest.get(guest.id)?.snapshots ?? []);
  }

  private readAt(id: string): number {
    return this.byGuest.get(id)?.readAt ?? -1;
  }

  private async read(cycle: PveCycle, guest: SnapshotGuest): Promise<void> {
    try {
      const list = await cycle.client.guests.snapshots(guest.type, guest.node, guest.vmid);
      const snapshots = list.map((snapshot) => toGuestSnapshot(guest, snapshot));
      this.byGuest.set(guest.id, { snapshots, readAt: cycle.now });
    } catch (error) {
      if (!isUnavailable(error)) {
        throw error;
      }
      this.byGuest.set(guest.id, { snapshots: [], readAt: cycle.now });
    }
  }

  private forgetMissing(guests: readonly SnapshotGuest[]): void {
    const present = new Set(guests.map((guest) => guest.id));
    for (const id of this.byGuest.keys()) {
      if (!present.has(id)) this.byGuest.delete(id);
    }
  }
}

/** A node that is down or a guest that vanished mid-cycle is no failure worth a warning. */
function isUnavailable(error: unknown): boolean {
  return isUpstreamError(error) && (error.kind === 'offline' || error.kind === 'notFound');
}
