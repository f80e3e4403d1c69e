import { ChartPoint, ChartsResponse, StateSnapshot } from '@pulse/contracts';
import { PanelSpec } from '../../shared/chart/chart-panels';
import { GUEST_PANELS, NODE_PANELS, STORAGE_PANELS } from './resource-panels';

/** What the live state says of one resource. */
export interface ResourceNow {
  name: string;
  status: string;
  description: string;
}

/**
 * A kind of resource with a history page: how to find it in the state, where its series are in
 * a `/api/charts` answer and which charts they make.
 */
export interface ResourceKind {
  now(state: StateSnapshot, id: string): ResourceNow | undefined;
  series(response: ChartsResponse, id: string): Partial<Record<string, ChartPoint[]>> | undefined;
  panels: readonly PanelSpec<string>[];
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
    series: (response, id) => response.data[id],
    panels: GUEST_PANELS,
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
    series: (response, id) => response.nodeData[id],
    panels: NODE_PANELS,
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
    series: (response, id) => response.storageData[id],
    panels: STORAGE_PANELS,
  },
};
