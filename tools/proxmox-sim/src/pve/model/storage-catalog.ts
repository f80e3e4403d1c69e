import { Prng } from '../../core/prng';
import { TiB } from '../../core/units';
import { PbsLink } from './pbs-link';
import { PveNode, StorageDef } from './pve.types';

export interface StorageOptions {
  nodes: PveNode[];
  ceph: boolean;
  pbs: PbsLink;
}

/** Cluster storage configuration (what `/storage` returns), with local and shared types. */
export function buildStorages(options: StorageOptions): StorageDef[] {
  const { nodes, ceph, pbs } = options;
  const zfsNodes = nodes.filter((n) => n.zfs).map((n) => n.name);
  const lvmNodes = nodes.filter((n) => !n.zfs).map((n) => n.name);
  const restrict = (names: string[]) => (names.length === nodes.length ? undefined : names);
  const defs: StorageDef[] = [
    local('local', 'dir', ['backup', 'iso', 'vztmpl'], { path: '/var/lib/vz' }),
  ];
  if (lvmNodes.length > 0) {
    defs.push({
      ...local('local-lvm', 'lvmthin', ['images', 'rootdir'], { thinpool: 'data', vgname: 'pve' }),
      nodes: restrict(lvmNodes),
    });
  }
  if (zfsNodes.length > 0) {
    defs.push({
      ...local('local-zfs', 'zfspool', ['images', 'rootdir'], { pool: 'rpool/data', sparse: 1 }),
      nodes: restrict(zfsNodes),
    });
  }
  if (nodes.length > 1) defs.push(nfsStorage());
  defs.push(pbsStorage(pbs));
  if (ceph) defs.push(...cephStorages());

  return defs;
}

export function guestStoragePicker(ceph: boolean) {
  return (node: PveNode, rng: Prng): string => {
    if (ceph && rng.chance(0.35)) return 'ceph-rbd';

    return node.zfs ? 'local-zfs' : 'local-lvm';
  };
}

/** Local storage a guest lands on after migrating to `node`. */
export function localStorageFor(node: PveNode): string {
  return node.zfs ? 'local-zfs' : 'local-lvm';
}

function local(storage: string, type: string, content: string[], config: StorageDef['config']) {
  return { storage, type, content, shared: false, config, total: 0, baseUsed: 0 };
}

function nfsStorage(): StorageDef {
  return {
    storage: 'nfs-backup',
    type: 'nfs',
    content: ['backup', 'iso'],
    shared: true,
    config: {
      server: '127.0.0.1',
      export: '/export/pve-backup',
      path: '/mnt/pve/nfs-backup',
      options: 'vers=4.2',
      'prune-backups': 'keep-daily=7,keep-weekly=4',
    },
    total: 16 * TiB,
    baseUsed: 2.5 * TiB,
  };
}

function pbsStorage(pbs: PbsLink): StorageDef {
  return {
    storage: 'pbs-main',
    type: 'pbs',
    content: ['backup'],
    shared: true,
    config: {
      server: '127.0.0.1',
      datastore: pbs.datastore,
      username: 'root@pam',
      fingerprint: pbs.fingerprint(),
      'prune-backups': 'keep-all=1',
    },
    total: 0,
    baseUsed: 0,
  };
}

function cephStorages(): StorageDef[] {
  return [
    {
      storage: 'ceph-rbd',
      type: 'rbd',
      content: ['images', 'rootdir'],
      shared: true,
      config: { pool: 'vm-pool', krbd: 0 },
      total: 24 * TiB,
      baseUsed: 0.4 * TiB,
    },
    {
      storage: 'cephfs',
      type: 'cephfs',
      content: ['backup', 'iso', 'vztmpl'],
      shared: true,
      config: { path: '/mnt/pve/cephfs', 'fs-name': 'cephfs' },
      total: 8 * TiB,
      baseUsed: 0.6 * TiB,
    },
  ];
}
