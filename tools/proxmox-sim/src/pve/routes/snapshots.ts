import { Guest } from '../model/pve.types';

/** Snapshot list plus PVE's trailing `current` pseudo-entry. */
export function snapshotList(guest: Guest) {
  const rows: Record<string, unknown>[] = guest.snapshots.map((snap) => ({
    name: snap.name,
    description: snap.description,
    snaptime: snap.snaptime,
    ...(guest.type === 'qemu' ? { vmstate: snap.vmstate ? 1 : 0 } : {}),
    ...(snap.parent ? { parent: snap.parent } : {}),
  }));
  const last = guest.snapshots[guest.snapshots.length - 1];
  rows.push({
    name: 'current',
    description: 'You are here!',
    digest: 'c0ffee00d1ce5eed',
    running: guest.status === 'running' ? 1 : 0,
    ...(last ? { parent: last.name } : {}),
  });

  return rows;
}
