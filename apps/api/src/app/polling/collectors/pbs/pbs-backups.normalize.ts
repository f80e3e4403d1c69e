import type { PbsBackup } from '@pulse/contracts';

import type { PbsSnapshot } from '../../../upstream';
import { bytes, isoFromSeconds } from '../shared/units';

export interface PbsBackupPlace {
  instance: string;
  datastore: string;
  namespace: string;
}

/** One backup snapshot; the id names instance, store, namespace, group and time. */
export function toPbsBackup(place: PbsBackupPlace, snapshot: PbsSnapshot): PbsBackup {
  const { instance, datastore, namespace } = place;
  const group = `${snapshot.backupType}-${snapshot.backupId}`;
  const files = snapshot.files.map((file) => file.filename).filter(Boolean);

  return {
    id: `pbs-${instance}-${datastore}-${namespace}-${group}-${snapshot.backupTime}`,
    instance,
    datastore,
    namespace,
    backupType: snapshot.backupType,
    vmid: snapshot.backupId,
    backupTime: isoFromSeconds(snapshot.backupTime),
    size: bytes(snapshot.size),
    protected: snapshot.protected ?? false,
    verified: snapshot.verification?.state === 'ok',
    ...(snapshot.comment ? { comment: snapshot.comment } : {}),
    ...(files.length ? { files } : {}),
    ...(snapshot.owner ? { owner: snapshot.owner } : {}),
  };
}
