import { Clock, epochSeconds } from '../../core/clock';
import { FaultController } from '../../faults/fault-controller';
import { ApiError } from '../../http/api-error';
import { ResolvedScenario } from '../../scenario/scenario.types';
import { PbsLink } from './pbs-link';
import { BackupVolume, Guest, PveNode, ReplicationJob, StorageDef } from './pve.types';
import { TaskLog } from './task-log';

export interface StorageStatus {
  total: number;
  used: number;
  avail: number;
}

export interface ClusterInit {
  scenario: ResolvedScenario;
  nodes: PveNode[];
  guests: Guest[];
  storages: StorageDef[];
  pbs: PbsLink;
  clock: Clock;
  faults: FaultController;
}

/** The simulated PVE cluster: state, indexes and lookups shared by routes and live updates. */
export class PveCluster {
  readonly scenario: ResolvedScenario;
  readonly nodes: PveNode[];
  readonly guests: Guest[];
  readonly storages: StorageDef[];
  readonly pbs: PbsLink;
  readonly tasks = new TaskLog();
  backups: BackupVolume[] = [];
  replication: ReplicationJob[] = [];
  private readonly clock: Clock;
  private readonly faults: FaultController;
  private readonly nodeIndex: Map<string, PveNode>;
  private readonly guestIndex: Map<number, Guest>;
  private guestsByNode = new Map<string, Guest[]>();
  private usage = new Map<string, number>();
  private changes = 0;
  private batchDepth = 0;
  private dirty = false;

  constructor(init: ClusterInit) {
    this.scenario = init.scenario;
    this.nodes = init.nodes;
    this.guests = init.guests;
    this.storages = init.storages;
    this.pbs = init.pbs;
    this.clock = init.clock;
    this.faults = init.faults;
    this.nodeIndex = new Map(init.nodes.map((node) => [node.name, node]));
    this.guestIndex = new Map(init.guests.map((guest) => [guest.vmid, guest]));
    this.touch();
  }

  /** Grows whenever data changes; cached serializations compare it. */
  get version(): number {
    return this.changes + this.faults.version * 1_000_000;
  }

  get isCluster(): boolean {
    return this.nodes.length > 1;
  }

  now(): number {
    return epochSeconds(this.clock);
  }

  /** Recomputes indexes and aggregates after any change (once per batch). */
  touch(): void {
    if (this.batchDepth > 0) {
      this.dirty = true;

      return;
    }
    this.changes++;
    this.guestsByNode = new Map(this.nodes.map((node) => [node.name, []]));
    for (const guest of this.guests) this.guestsByNode.get(guest.node)?.push(guest);
    this.usage = this.computeUsage();
  }

  /** Runs many changes with a single recomputation at the end (ticks touch thousands). */
  batch(work: () => void): void {
    this.batchDepth++;
    try {
      work();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.dirty) {
        this.dirty = false;
        this.touch();
      }
    }
  }

  node(name: string): PveNode {
    const node = this.nodeIndex.get(name);
    if (!node) {
      const reason = `failed to get address info for: ${name}: Name or service not known`;
      throw new ApiError(500, `hostname lookup '${name}' failed - ${reason}`);
    }

    return node;
  }

  findNode(name: string): PveNode | undefined {
    return this.nodeIndex.get(name);
  }

  isNodeOnline(name: string): boolean {
    const node = this.nodeIndex.get(name);

    return !!node && !node.scenarioOffline && !this.faults.isNodeOffline('pve', name);
  }

  isAgentDown(vmid: number): boolean {
    return this.faults.isAgentDown(vmid);
  }

  guest(vmid: number): Guest | undefined {
    return this.guestIndex.get(vmid);
  }

  guestsOn(node: string): Guest[] {
    return this.guestsByNode.get(node) ?? [];
  }

  /** A guest as seen from one node's config directory (PVE answers 500 when it lives elsewhere). */
  guestOn(node: string, vmid: number, type: Guest['type']): Guest {
    const guest = this.guestIndex.get(vmid);
    if (!guest || guest.node !== node || guest.type !== type) {
      const dir = type === 'qemu' ? 'qemu-server' : 'lxc';
      throw new ApiError(
        500,
        `Configuration file 'nodes/${node}/${dir}/${vmid}.conf' does not exist`,
      );
    }

    return guest;
  }

  storagesOn(node: string): StorageDef[] {
    return this.storages.filter((def) => !def.nodes || def.nodes.includes(node));
  }

  storage(name: string): StorageDef | undefined {
    return this.storages.find((def) => def.storage === name);
  }

  storageStatus(node: PveNode, def: StorageDef): StorageStatus {
    if (def.type === 'pbs') return this.pbs.usage();
    const key = def.shared ? def.storage : `${node.name}/${def.storage}`;
    const stored = this.usage.get(key) ?? 0;
    const total = this.storageTotal(node, def);
    const base = def.type === 'dir' ? node.rootUsed : def.baseUsed;
    const used = Math.min(Math.round(base + stored), Math.round(total * 0.99));

    return { total, used, avail: total - used };
  }

  backupsOn(storage: string, node: string): BackupVolume[] {
    const def = this.storage(storage);
    if (!def) return [];

    return this.backups.filter((b) => b.storage === storage && (def.shared || b.node === node));
  }

  private storageTotal(node: PveNode, def: StorageDef): number {
    if (def.type === 'dir') return node.rootTotal;
    if (def.type === 'lvmthin' || def.type === 'zfspool') return node.localPoolSize;

    return def.total;
  }

  private computeUsage(): Map<string, number> {
    const usage = new Map<string, number>();
    const add = (key: string, bytes: number) => usage.set(key, (usage.get(key) ?? 0) + bytes);
    const shared = new Set(this.storages.filter((d) => d.shared).map((d) => d.storage));
    for (const guest of this.guests) {
      add(
        shared.has(guest.storage) ? guest.storage : `${guest.node}/${guest.storage}`,
        guest.diskUsed,
      );
    }
    for (const backup of this.backups) {
      add(backup.node ? `${backup.node}/${backup.storage}` : backup.storage, backup.size);
    }

    return usage;
  }
}
