import { GuestLifecycle } from '../model/guest-lifecycle';
import { PveCluster } from '../model/pve-cluster';
import { Guest } from '../model/pve.types';
import { GuestView } from '../serializers/guest.serializer';

export interface PveDeps {
  cluster: PveCluster;
  lifecycle: GuestLifecycle;
  /** Current leaf fingerprint of the PVE listener (changes on rotation). */
  fingerprint: () => string;
  /** False while the PBS product is faulted offline: `pbs` storages go inactive. */
  pbsReachable: () => boolean;
  cephFsid: string;
}

export function viewOf(deps: PveDeps, guest: Guest): GuestView {
  return {
    guest,
    now: deps.cluster.now(),
    reachable: deps.cluster.isNodeOnline(guest.node),
  };
}
