import type { PbsDatastore, PbsInstance } from '@pulse/contracts';

import { between } from './prng';
import { GIB, isoAt, round } from './mock-usage';

const TB = 1e12;
const HOUR_MS = 3_600_000;

interface PbsSpec {
  name: string;
  stores: { name: string; terabytes: number }[];
}

const MAIN: PbsSpec = {
  name: 'main',
  stores: [
    { name: 'backup-store', terabytes: 10 },
    { name: 'offsite-backup', terabytes: 20 },
  ],
};
const SECONDARY: PbsSpec = { name: 'secondary', stores: [{ name: 'archive', terabytes: 8 }] };

/** `pbs-main` always, `pbs-secondary` on most seeds. Ids are `pbs-<name>`. */
export function buildPbsInstances(random: () => number, now: number): PbsInstance[] {
  const specs = random() < 0.6 ? [MAIN, SECONDARY] : [MAIN];

  return specs.map((spec) => buildPbs(spec, random, now));
}

/** The datastore every PBS-side backup of a mock guest goes to. */
export const MAIN_PBS = { instance: MAIN.name, datastore: MAIN.stores[0].name };

function buildPbs(spec: PbsSpec, random: () => number, now: number): PbsInstance {
  const memoryTotal = 16 * GIB;
  const memoryUsed = Math.round(memoryTotal * between(random, 0.3, 0.6));
  const recent = (hours: number) => isoAt(now - Math.round(between(random, 1, hours)) * HOUR_MS);
  const next = (hours: number) => isoAt(now + Math.round(between(random, 1, hours)) * HOUR_MS);
  const stores = spec.stores.map((store) => store.name);

  return {
    id: `pbs-${spec.name}`,
    name: spec.name,
    host: `https://pbs-${spec.name}.local:8007`,
    status: 'online',
    version: '3.2.7',
    cpu: round(between(random, 15, 25)),
    memory: round((memoryUsed / memoryTotal) * 100),
    memoryUsed,
    memoryTotal,
    uptime: Math.round(between(random, 5, 120) * 86_400),
    datastores: spec.stores.map((store) => datastore(store.name, store.terabytes, random)),
    backupJobs: stores.map((store) => ({
      id: `backup-${store}`,
      store,
      type: 'vm',
      lastBackup: recent(24),
      nextRun: next(24),
      status: 'ok',
    })),
    syncJobs:
      spec === MAIN
        ? [
            {
              id: 'sync-offsite',
              store: 'offsite-backup',
              remote: 'pbs-remote',
              status: 'ok',
              lastSync: recent(12),
              nextRun: next(12),
            },
          ]
        : [],
    verifyJobs: stores.map((store) => ({
      id: `verify-${store}`,
      store,
      status: 'ok',
      lastVerify: recent(48),
      nextRun: next(48),
    })),
    pruneJobs: stores.map((store) => ({
      id: `prune-${store}`,
      store,
      status: 'ok',
      lastPrune: recent(24),
      nextRun: next(24),
    })),
    garbageJobs: stores.map((store) => ({
      id: `gc-${store}`,
      store,
      status: 'ok',
      lastGarbage: recent(72),
      nextRun: next(72),
      removedBytes: Math.round(between(random, 1, 50) * GIB),
    })),
    connectionHealth: 'healthy',
    lastSeen: isoAt(now),
  };
}

function datastore(name: string, terabytes: number, random: () => number): PbsDatastore {
  const total = terabytes * TB;
  const used = Math.round(total * between(random, 0.2, 0.7));

  return {
    name,
    total,
    used,
    free: total - used,
    usage: round((used / total) * 100),
    status: 'available',
    namespaces: [{ path: '', depth: 0 }],
    deduplicationFactor: round(between(random, 2, 6)),
  };
}
