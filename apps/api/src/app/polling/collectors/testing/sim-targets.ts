import { pollTarget } from '../../testing/poll-fixtures';
import type { PollTarget } from '../collector.types';
import type { CollectorOptions } from '../collector-options';

/** What this helper reads of a started Proxmox simulator (only specs may import it). */
interface SimulatedPve {
  pve: { url: string };
  credentials: { pve: { tokenId: string; tokenSecret: string } };
}

/** A poll target for the simulator's PVE API with its API token. */
export function simPveTarget(sim: SimulatedPve, overrides: Partial<PollTarget> = {}): PollTarget {
  return pollTarget({
    name: 'lab',
    host: sim.pve.url,
    tokenName: sim.credentials.pve.tokenId,
    tokenValue: sim.credentials.pve.tokenSecret,
    ...overrides,
  });
}

/** Collector options that re-read every guest's details each cycle, so a fault shows next. */
export const DETAILS_EVERY_CYCLE: CollectorOptions = {
  timeoutMs: 5_000,
  guestMetadata: { refreshMs: 0, jitterMs: 0, osInfoRefreshMs: 0 },
};
