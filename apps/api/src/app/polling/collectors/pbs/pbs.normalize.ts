import type { PbsDatastore, PbsInstance, PbsNamespace } from '@pulse/contracts';

import {
  dedupFactor,
  type PbsDatastoreUsage,
  type PbsNamespace as UpstreamNamespace,
  type PbsNodeStatus,
} from '../../../upstream';
import { bytes, isoFromMs, percent } from '../shared/units';

/** `pbs-<name>`: the id of the instance and its key in `connectionHealth`. */
export function pbsKey(name: string): string {
  return `pbs-${name}`;
}

/** One datastore with usage, deduplication (from the last garbage collection) and namespaces. */
export function toDatastore(
  usage: PbsDatastoreUsage,
  namespaces?: readonly UpstreamNamespace[],
): PbsDatastore {
  const used = bytes(usage.used);
  const total = bytes(usage.total) || used + bytes(usage.avail);
  const dedup = dedupFactor(usage.gcStatus);

  return {
    name: usage.store,
    total,
    used,
    free: bytes(usage.avail) || Math.max(0, total - used),
    usage: percent(used, total),
    status: datastoreStatus(usage),
    ...(usage.error ? { error: usage.error } : {}),
    ...(namespaces ? { namespaces: namespaceTree(namespaces) } : {}),
    ...(dedup ? { deduplicationFactor: dedup } : {}),
  };
}

function datastoreStatus(usage: PbsDatastoreUsage): string {
  if (usage.error) return 'error';
  if (usage.mountStatus === 'notmounted') return 'unavailable';

  return 'available';
}

/** Namespace paths with parent and depth; the root (`""`) is always first. */
export function namespaceTree(namespaces: readonly UpstreamNamespace[]): PbsNamespace[] {
  const paths = namespaces.map((namespace) => namespace.ns);
  const unique = [...new Set(['', ...paths])];

  return unique.map((path) => {
    const parts = path ? path.split('/') : [];
    const parent = parts.slice(0, -1).join('/');

    return { path, ...(parent ? { parent } : {}), depth: parts.length };
  });
}

export interface PbsInstanceParts {
  name: string;
  host: string;
  version: string;
  status?: PbsNodeStatus;
  datastores: PbsDatastore[];
  jobs: Pick<PbsInstance, 'backupJobs' | 'syncJobs' | 'verifyJobs' | 'pruneJobs' | 'garbageJobs'>;
  now: number;
}

/** The instance item: CPU and memory in percent (PBS sends a 0..1 CPU fraction). */
export function toPbsInstance(parts: PbsInstanceParts): PbsInstance {
  const { status } = parts;
  const memoryUsed = bytes(status?.memory?.used);
  const memoryTotal = bytes(status?.memory?.total);

  return {
    id: pbsKey(parts.name),
    name: parts.name,
    host: parts.host,
    status: 'online',
    version: parts.version,
    cpu: Math.min(100, Math.max(0, (status?.cpu ?? 0) * 100)),
    memory: percent(memoryUsed, memoryTotal),
    memoryUsed,
    memoryTotal,
    uptime: bytes(status?.uptime),
    datastores: parts.datastores,
    ...parts.jobs,
    connectionHealth: 'healthy',
    lastSeen: isoFromMs(parts.now),
  };
}
