import type { Node, PbsInstance, PmgInstance } from '@pulse/contracts';

import type { StateBatch, StateCollections } from '../../state/state-collections';
import type { CollectResult } from '../collectors/collector.types';
import { OFFLINE_AFTER_FAILURES } from './instance-health';

/** A node's last online reading and the cycles since that did not see it online. */
interface LastOnline {
  at: number;
  node: Node;
  misses: number;
}

/**
 * The last data an instance delivered, to show it offline when the instance stops answering,
 * and a per-node grace: a node reported offline keeps its last online reading until the grace
 * period has passed and at least two cycles in a row missed it.
 */
export class LastGoodView {
  private readonly last: Partial<StateCollections> = {};
  private health: Record<string, boolean> = {};
  private onlineNodes = new Map<string, LastOnline>();

  /** `healthKey`: the connection-health key to report when the instance never answered. */
  constructor(private readonly healthKey: string) {}

  /** Remembers a successful result; answers its collections with the node grace applied. */
  accept(result: CollectResult, now: number, graceMs: number): Partial<StateCollections> {
    const collections = { ...result.collections };
    if (collections.nodes) {
      collections.nodes = this.withNodeGrace(collections.nodes, now, graceMs);
    }
    Object.assign(this.last, collections);
    this.health = { ...result.connectionHealth };

    return collections;
  }

  /** The last data with every node, PBS and PMG marked offline and connection health false. */
  offline(): Pick<StateBatch, 'collections' | 'connectionHealth'> {
    const keys = Object.keys(this.health);
    const connectionHealth = Object.fromEntries(
      (keys.length ? keys : [this.healthKey]).map((key) => [key, false]),
    );
    const { nodes, pbs, pmg } = this.last;
    const collections: Partial<StateCollections> = {
      ...(nodes && { nodes: nodes.map(offlineNode) }),
      ...(pbs && { pbs: pbs.map(offlineServer) }),
      ...(pmg && { pmg: pmg.map(offlineServer) }),
    };

    return { collections, connectionHealth };
  }

  private withNodeGrace(nodes: Node[], now: number, graceMs: number): Node[] {
    const online = new Map<string, LastOnline>();
    const shown = nodes.map((node) => {
      if (node.status === 'online') {
        online.set(node.id, { at: now, node, misses: 0 });

        return node;
      }
      const previous = this.onlineNodes.get(node.id);
      if (!previous) {
        return node;
      }
      const missed = { ...previous, misses: previous.misses + 1 };
      if (now - previous.at < graceMs || missed.misses < OFFLINE_AFTER_FAILURES) {
        online.set(node.id, missed);

        return previous.node;
      }

      return node;
    });
    this.onlineNodes = online;

    return shown;
  }
}

function offlineNode(node: Node): Node {
  return { ...node, status: 'offline', connectionHealth: 'error', cpu: 0, uptime: 0 };
}

function offlineServer<T extends PbsInstance | PmgInstance>(server: T): T {
  return { ...server, status: 'offline', connectionHealth: 'error' };
}
