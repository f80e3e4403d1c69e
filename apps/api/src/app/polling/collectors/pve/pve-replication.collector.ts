import type { ReplicationJob } from '@pulse/contracts';

import {
  isUpstreamError,
  type PveClusterResource,
  type PveReplicationJob,
  type PveReplicationState,
} from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { ReplicationGuest, toReplicationJob } from './pve-replication.normalize';

/**
 * Replication jobs: the configuration from `/cluster/replication`, the run state (last and next
 * sync, failures) from `/nodes/{source}/replication` of each source node that is online.
 * `undefined` when the configuration could not be read, so the previous jobs stay.
 */
export async function collectReplication(
  cycle: PveCycle,
  guests: readonly PveClusterResource[],
  online: ReadonlySet<string>,
): Promise<ReplicationJob[] | undefined> {
  const jobs = await readJobs(cycle);
  if (!jobs?.length) {
    return jobs && [];
  }
  const byVmid = new Map(guests.map((guest) => [guest.vmid ?? 0, guest]));
  const sources = [...new Set(jobs.map((job) => sourceOf(job, byVmid)))].filter(
    (node): node is string => node !== undefined && online.has(node),
  );
  const states = await readStates(cycle, sources);

  return jobs.map((job, index) =>
    toReplicationJob({
      instance: cycle.target.name,
      index,
      job,
      state: states.get(job.id),
      guest: guestOf(byVmid.get(job.guest ?? -1)),
      now: cycle.now,
    }),
  );
}

async function readJobs(cycle: PveCycle): Promise<PveReplicationJob[] | undefined> {
  try {
    return await cycle.client.cluster.replication();
  } catch (error) {
    if (isUpstreamError(error) && error.kind === 'notFound') {
      return [];
    }
    cycle.warnings.push(warningOf(`Replication jobs of ${cycle.target.name}`, error));

    return undefined;
  }
}

async function readStates(cycle: PveCycle, nodes: string[]) {
  const results = await mapSettled(
    nodes,
    cycle.options.nodeConcurrency,
    (node) => cycle.client.cluster.nodeReplication(node),
    cycle.signal,
  );
  const states = new Map<string, PveReplicationState>();
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      result.value.forEach((state) => states.set(state.id, state));
    } else {
      cycle.warnings.push(warningOf(`Replication state of node ${nodes[i]}`, result.reason));
    }
  });

  return states;
}

function sourceOf(job: PveReplicationJob, byVmid: Map<number, PveClusterResource>) {
  return job.source ?? byVmid.get(job.guest ?? -1)?.node;
}

function guestOf(row: PveClusterResource | undefined): ReplicationGuest | undefined {
  if (!row) {
    return undefined;
  }

  return { name: row.name ?? '', type: row.type === 'lxc' ? 'lxc' : 'qemu', node: row.node ?? '' };
}
