import type { Node } from '@pulse/contracts';

import type { PveClient } from '../../../upstream';
import type { StateCollections } from '../../../state/state-collections';
import type { ResolvedCollectorOptions } from '../collector-options';
import type {
  CollectContext,
  CollectResult,
  InstanceCollector,
  PollTarget,
} from '../collector.types';
import { checkAborted } from '../shared/errors';
import { guestId } from '../shared/ids';
import { collectBackupTasks, collectStorageBackups } from './pve-backups.collector';
import { lastBackupByVmid } from './pve-backups.normalize';
import { collectCeph } from './pve-ceph.collector';
import { PveCycle, PveResources, splitResources } from './pve-cycle';
import { PveDisksCollector } from './pve-disks.collector';
import { PveGuestsCollector } from './pve-guests.collector';
import { PveNodesCollector } from './pve-nodes.collector';
import { collectReplication } from './pve-replication.collector';
import { PveSnapshotsCollector, SnapshotGuest } from './pve-snapshots.collector';
import { PveStorageCollector } from './pve-storage.collector';
import { collectZfsPools } from './pve-zfs.collector';

/**
 * One Proxmox VE instance (a cluster or a single host). Each cycle reads `/cluster/resources`
 * once for nodes, guests and storage, adds node details, Ceph and replication; slow cycles add
 * backups, tasks, snapshots, physical disks and ZFS pools. Only `/cluster/resources` failing
 * fails the cycle; everything else becomes a warning and keeps its previous items.
 */
export class PveCollector implements InstanceCollector {
  private readonly nodes = new PveNodesCollector();
  private readonly guests: PveGuestsCollector;
  private readonly storage = new PveStorageCollector();
  private readonly disks = new PveDisksCollector();
  private readonly snapshots: PveSnapshotsCollector;
  private lastBackups = new Map<number, number>();

  constructor(
    private readonly target: PollTarget,
    private readonly client: PveClient,
    private readonly options: ResolvedCollectorOptions,
  ) {
    this.guests = new PveGuestsCollector(options);
    this.snapshots = new PveSnapshotsCollector(options.snapshotGuestsPerCycle);
  }

  async collect(context: CollectContext): Promise<CollectResult> {
    const cycle = this.startCycle(context);
    const resources = splitResources(await this.client.cluster.resources());
    checkAborted(cycle.signal);
    const nodes = await this.nodes.collect(cycle, resources.nodes);
    const online = onlineNodes(nodes);
    const result: CollectResult = {
      collections: { nodes },
      connectionHealth: { [this.target.name]: true },
      warnings: cycle.warnings,
    };
    await this.collectStorage(cycle, resources, online, result);
    if (cycle.includeSlow) {
      await this.collectSlow(cycle, resources, nodes, online, result);
    }
    checkAborted(cycle.signal);
    Object.assign(result.collections, await this.collectGuests(cycle, resources));
    const replication = await collectReplication(cycle, resources.guests, online);
    setIfRead(result.collections, 'replicationJobs', replication);

    return result;
  }

  async close(): Promise<void> {
    await this.client.close();
    await this.guests.settle();
  }

  private startCycle(context: CollectContext): PveCycle {
    return {
      target: this.target,
      client: this.client,
      options: this.options,
      now: context.now,
      includeSlow: context.includeSlow,
      signal: context.signal,
      warnings: [],
    };
  }

  private async collectStorage(
    cycle: PveCycle,
    resources: PveResources,
    online: ReadonlySet<string>,
    result: CollectResult,
  ): Promise<void> {
    const { collections } = result;
    if (this.target.monitoring.monitorStorage === false) {
      collections.storage = [];
      collections.cephClusters = [];

      return;
    }
    const storage = await this.storage.collect(cycle, resources.storage, online);
    collections.storage = storage;
    setIfRead(collections, 'cephClusters', await collectCeph(cycle, storage, [...online]));
    if (cycle.includeSlow && this.options.zfsMonitoring) {
      const configs = this.storage.configuration;
      result.zfsPools = await collectZfsPools(cycle, storage, configs, online);
    }
  }

  private async collectSlow(
    cycle: PveCycle,
    resources: PveResources,
    nodes: readonly Node[],
    online: ReadonlySet<string>,
    result: CollectResult,
  ): Promise<void> {
    const { collections } = result;
    const { monitoring } = this.target;
    if (monitoring.monitorPhysicalDisks !== false) {
      const names = nodes.map((node) => node.node);
      collections.physicalDisks = await this.disks.collect(cycle, names, online);
    }
    if (monitoring.monitorBackups === false) {
      return;
    }
    const storage = collections.storage ?? [];
    const backups = await collectStorageBackups(cycle, storage, resources.guests, online);
    if (backups) {
      collections.storageBackups = backups;
      this.lastBackups = lastBackupByVmid(backups);
    }
    setIfRead(collections, 'backupTasks', await collectBackupTasks(cycle, [...online]));
  }

  private async collectGuests(cycle: PveCycle, resources: PveResources) {
    const { monitoring } = this.target;
    const { vms, containers } = await this.guests.collect(
      cycle,
      resources.guests,
      this.lastBackups,
    );
    const collections: Partial<StateCollections> = {
      vms: monitoring.monitorVMs === false ? [] : vms,
      containers: monitoring.monitorContainers === false ? [] : containers,
    };
    if (monitoring.monitorBackups === false) {
      Object.assign(collections, { storageBackups: [], backupTasks: [], guestSnapshots: [] });
    } else if (cycle.includeSlow) {
      const guests = this.snapshotGuests(resources);
      collections.guestSnapshots = await this.snapshots.collect(cycle, guests);
    }
    if (monitoring.monitorPhysicalDisks === false) {
      collections.physicalDisks = [];
    }

    return collections;
  }

  /** Guests of the monitored kinds that can have snapshots (templates cannot). */
  private snapshotGuests(resources: PveResources): SnapshotGuest[] {
    const instance = this.target.name;
    const { monitorVMs, monitorContainers } = this.target.monitoring;
    const guests = resources.guests.filter(
      (row) =>
        !row.template && (row.type === 'lxc' ? monitorContainers !== false : monitorVMs !== false),
    );

    return guests.map((row) => ({
      id: guestId(instance, row.node ?? '', row.vmid ?? 0),
      instance,
      node: row.node ?? '',
      vmid: row.vmid ?? 0,
      type: row.type === 'lxc' ? 'lxc' : 'qemu',
    }));
  }
}

function onlineNodes(nodes: readonly Node[]): Set<string> {
  return new Set(nodes.filter((node) => node.status === 'online').map((node) => node.node));
}

/** Sets a collection only when it was read; `undefined` keeps the store's previous items. */
function setIfRead<K extends keyof StateCollections>(
  collections: Partial<StateCollections>,
  key: K,
  value: StateCollections[K] | undefined,
): void {
  if (value !== undefined) {
    collections[key] = value;
  }
}
