import type { PbsBackup } from '@pulse/contracts';

import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PbsDatastoresCollector, PbsReadCycle } from './pbs-datastores.collector';
import { toPbsBackup } from './pbs-backups.normalize';

interface Place {
  store: string;
  ns: string;
}

/**
 * Every backup snapshot, one listing call per datastore and namespace (a few at a time).
 * `undefined` when every listing failed, so the previous list stays.
 */
export async function collectPbsBackups(
  cycle: PbsReadCycle,
  datastores: PbsDatastoresCollector,
  stores: readonly string[],
): Promise<PbsBackup[] | undefined> {
  const places: Place[] = stores.flatMap((store) => {
    const namespaces = datastores.namespacesOf(store).map((namespace) => namespace.ns);

    return [...new Set(['', ...namespaces])].map((ns) => ({ store, ns }));
  });
  const results = await mapSettled(
    places,
    3,
    (place) => cycle.client.snapshots(place.store, { ns: place.ns }),
    cycle.signal,
  );
  const backups: PbsBackup[] = [];
  let read = 0;
  results.forEach((result, i) => {
    const { store, ns } = places[i];
    if (result.status === 'rejected') {
      cycle.warnings.push(warningOf(`Backups in ${store}${ns ? `/${ns}` : ''}`, result.reason));

      return;
    }
    read += 1;
    const place = { instance: cycle.name, datastore: store, namespace: ns };
    for (const snapshot of result.value) {
      backups.push(toPbsBackup(place, snapshot));
    }
  });

  return read > 0 || places.length === 0 ? backups : undefined;
}
