import { StateSnapshot } from '@pulse/contracts';
import { ToHistory } from '../../shared/chart/chart-history';
import { guestHistory } from './guest-charts';
import { nodeHistory } from './node-charts';
import { storageHistory } from './storage-charts';

/** What the live state says of one resource. */
export interface ResourceNow {
  name: string;
  status: string;
  description: string;
}

/** A kind of resource with a history page: how to find it in the state, how to chart it. */
export interface ResourceKind {
  now(state: StateSnapshot, id: string): ResourceNow | undefined;
  history: ToHistory;
}

export type ResourceKindName = 'guest' | 'node' | 'storage';

export const RESOURCE_KINDS: Readonly<Record<ResourceKindName, ResourceKind>> = {
  guest: {
    now: (state, id) => {
      const guest = [...state.vms, ...state.containers].find((item) => item.id === id);
      const kind = guest?.type === 'qemu' ? 'VM' : 'Container';

      return (
        guest && {
          name: guest.name,
          status: guest.status,
          description: `${kind} ${guest.vmid} on ${guest.node} (${guest.instance})`,
        }
      );
    },
    history: guestHistory,
  },
  node: {
    now: (state, id) => {
      const node = state.nodes.find((item) => item.id === id);
      const version = node?.pveVersion ? ` · ${node.pveVersion}` : '';

      return (
        node && {
          name: node.name,
          status: node.status,
          description: `Node of ${node.instance}${version}`,
        }
      );
    },
    history: nodeHistory,
  },
  storage: {
    now: (state, id) => {
      const storage = state.storage.find((item) => item.id === id);
      const where = storage?.shared ? `shared in ${storage.instance}` : `on ${storage?.node}`;

      return (
        storage && {
          name: storage.name,
          status: storage.status,
          description: `${storage.type} storage ${where}`,
        }
      );
    },
    history: storageHistory,
  },
};
