import type { MockConfig } from '../mock-config';
import { buildInventory, inventoryHealth, MockInventory } from './mock-inventory';
import { advanceInventory } from './mock-walk';
import { seededRandom } from './prng';

const CONFIG: MockConfig = {
  nodeCount: 7,
  vmsPerNode: 5,
  lxcsPerNode: 8,
  dockerHostCount: 3,
  dockerContainersPerHost: 12,
  genericHostCount: 4,
  randomMetrics: true,
  highLoadNodes: [],
  stoppedPercent: 0.2,
};
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

const build = (seed: number, config = CONFIG) => buildInventory(config, seededRandom(seed), NOW);

describe('mock inventory', () => {
  it('builds the same inventory from the same seed, and another from another seed', () => {
    expect(build(7)).toEqual(build(7));
    expect(build(8)).not.toEqual(build(7));
  });

  it('has PBS, PMG, backups, snapshots, Docker hosts and host agents', () => {
    const inventory = build(20_251_020);

    expect(inventory.pbs.map((pbs) => pbs.id)).toContain('pbs-main');
    const main = inventory.pbs.find((pbs) => pbs.id === 'pbs-main');
    expect(main?.datastores.map((store) => store.name)).toEqual(['backup-store', 'offsite-backup']);
    expect(inventory.pmg.map((pmg) => pmg.id)).toContain('pmg-main');
    expect(inventory.pmg[0].mailCount).toHaveLength(24);
    expect(inventory.pmg[0].mailStats?.countTotal).toBeGreaterThan(0);

    const guests = inventory.vms.length + inventory.containers.length;
    expect(inventory.backupTasks.length).toBeGreaterThan(guests * 0.2);
    expect(inventory.backupTasks.length).toBeLessThan(guests * 0.6);
    expect(inventory.pbsBackups.length).toBe(inventory.storageBackups.length);
    expect(inventory.guestSnapshots.length).toBeGreaterThan(0);
    expect(inventory.dockerHosts).toHaveLength(3);
    expect(inventory.dockerHosts.every((host) => host.containers.length === 12)).toBe(true);
    expect(inventory.hosts).toHaveLength(4);
  });

  it('has physical disks on every node, a Ceph cluster and replication jobs in the cluster', () => {
    const inventory = build(5);

    const disksOn = new Set(inventory.physicalDisks.map((disk) => disk.node));
    expect(disksOn).toEqual(new Set(inventory.nodes.map((node) => node.node)));
    expect(inventory.cephClusters).toHaveLength(1);
    expect(inventory.cephClusters[0]).toMatchObject({ instance: 'mock-cluster', numOsds: 10 });
    expect(inventory.cephClusters[0].health).toBe('HEALTH_WARN');
    expect(inventory.replicationJobs.length).toBeGreaterThan(0);
    expect(inventory.replicationJobs.length).toBeLessThanOrEqual(8);
    for (const job of inventory.replicationJobs) {
      expect(job.targetNode).not.toBe(job.sourceNode);
    }

    const shared = inventory.storage.filter((storage) => storage.shared);
    expect(shared.map((storage) => storage.id)).toEqual([
      'mock-cluster-cluster-cephfs-shared',
      'mock-cluster-cluster-ceph-rbd-pool',
      'mock-cluster-cluster-pbs-main',
      'mock-cluster-cluster-shared-storage',
    ]);
    expect(shared[0]).toMatchObject({ node: 'cluster', nodeCount: 5 });

    const standalone = build(5, { ...CONFIG, nodeCount: 1 });
    expect(standalone.cephClusters).toHaveLength(1);
    expect(standalone.replicationJobs).toEqual([]);
  });

  it('gives every item a unique id and ties backups to existing guests', () => {
    const inventory = build(3);
    for (const [name, items] of Object.entries(inventory)) {
      const ids = (items as { id: string }[]).map((item) => item.id);
      expect({ name, unique: new Set(ids).size }).toEqual({ name, unique: ids.length });
    }
    const containerIds = inventory.dockerHosts.flatMap((host) => host.containers.map((c) => c.id));
    expect(new Set(containerIds).size).toBe(containerIds.length);

    const guests = new Map([...inventory.vms, ...inventory.containers].map((g) => [g.vmid, g]));
    for (const task of inventory.backupTasks) {
      const guest = guests.get(task.vmid);
      expect(guest?.node).toBe(task.node);
      expect(guest?.lastBackup).toBe(Date.parse(task.startTime));
    }
    for (const snapshot of inventory.guestSnapshots) {
      expect(snapshot.id).toBe(
        `${snapshot.instance}-${snapshot.node}-${snapshot.vmid}-${snapshot.name}`,
      );
    }
  });

  it('reports every instance and agent healthy under its connectionHealth key', () => {
    const inventory = build(3, {
      ...CONFIG,
      nodeCount: 6,
      dockerHostCount: 1,
      genericHostCount: 1,
    });

    expect(Object.keys(inventoryHealth(inventory)).sort()).toEqual(
      [
        'mock-cluster',
        'standalone1',
        ...inventory.pbs.map((pbs) => pbs.id),
        ...inventory.pmg.map((pmg) => pmg.id),
        'docker-mock-docker-host-1',
        'host-mock-host-1',
      ].sort(),
    );
  });

  it('moves metrics plausibly on each step and keeps them in range', () => {
    const random = seededRandom(11);
    let inventory: MockInventory = buildInventory(CONFIG, random, NOW);
    const first = inventory;
    for (let tick = 1; tick <= 50; tick++) {
      inventory = advanceInventory(inventory, CONFIG, random, NOW + tick * 10_000, 10);
    }

    const percents = [
      ...inventory.pbs.flatMap((pbs) => [pbs.cpu, pbs.memory]),
      ...inventory.dockerHosts.map((host) => host.cpuUsagePercent),
      ...inventory.dockerHosts.flatMap((host) => host.containers.map((c) => c.memoryPercent)),
      ...inventory.hosts.map((host) => host.cpuUsage ?? -1),
    ];
    expect(percents.every((value) => value >= 0 && value <= 100)).toBe(true);
    expect(inventory.pbs[0].cpu).not.toBe(first.pbs[0].cpu);
    expect(inventory.hosts[0].cpuUsage).not.toBe(first.hosts[0].cpuUsage);
    expect(inventory.dockerHosts[0].uptimeSeconds).toBe(first.dockerHosts[0].uptimeSeconds + 500);
    expect(inventory.hosts[0].lastSeen).toBe(NOW + 500_000);

    const mail = (value: MockInventory) => value.pmg[0].mailStats?.countIn ?? 0;
    expect(mail(inventory)).toBeGreaterThan(mail(first));
    expect(inventory.pmg[0].mailCount?.[23].countIn).toBeGreaterThan(
      first.pmg[0].mailCount?.[23].countIn ?? 0,
    );
    expect(inventory.storageBackups).toEqual(first.storageBackups);
  });
});
