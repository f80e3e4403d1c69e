import {
  containerFixture,
  emptyState,
  nodeFixture,
  vmFixture,
} from '../../../testing/state-fixtures';
import { nodeGroups } from './node-groups';

describe('nodeGroups', () => {
  const state = emptyState({
    nodes: [
      nodeFixture({ node: 'pve2', instance: 'lab', isClusterMember: true, clusterName: 'lab-c' }),
      nodeFixture({ node: 'pve1', instance: 'lab', isClusterMember: true, clusterName: 'lab-c' }),
      nodeFixture({ node: 'solo', instance: 'attic', status: 'offline' }),
    ],
    vms: [vmFixture(100, 'a'), vmFixture(101, 'b', { status: 'stopped' })],
    containers: [containerFixture(102, 'c', { node: 'pve2' })],
    connectionHealth: { lab: true, attic: false },
  });

  it('groups nodes by instance, named after the cluster, sorted by name', () => {
    const groups = nodeGroups(state);

    expect(groups.map((g) => [g.title, g.kind, g.reachable])).toEqual([
      ['attic', 'Standalone', false],
      ['lab-c', 'Cluster', true],
    ]);
    expect(groups[1].nodes.map((node) => node.name)).toEqual(['pve1', 'pve2']);
  });

  it('counts each node’s guests and shows usage in percent', () => {
    const [pve1, pve2] = nodeGroups(state)[1].nodes;

    expect(pve1).toMatchObject({ cpu: 25, memory: 25, disk: 50, guests: 2, running: 1 });
    expect(pve2).toMatchObject({ guests: 1, running: 1 });
  });

  it('shows no usage for an offline node', () => {
    const [solo] = nodeGroups(state)[0].nodes;

    expect(solo).toMatchObject({ status: 'offline', cpu: null, memory: null, uptime: 0 });
  });
});
