import {
  Container,
  Node,
  PbsBackup,
  PbsInstance,
  StateSnapshot,
  Storage,
  StorageBackup,
  VM,
} from '@pulse/contracts';

const GiB = 1024 ** 3;

export function emptyState(overrides: Partial<StateSnapshot> = {}): StateSnapshot {
  const pveBackups = { backupTasks: [], storageBackups: [], guestSnapshots: [] };

  return {
    nodes: [],
    vms: [],
    containers: [],
    dockerHosts: [],
    removedDockerHosts: [],
    hosts: [],
    storage: [],
    cephClusters: [],
    physicalDisks: [],
    pbs: [],
    pmg: [],
    pbsBackups: [],
    pmgBackups: [],
    backups: { pve: pveBackups, pbs: [], pmg: [] },
    replicationJobs: [],
    activeAlerts: [],
    metrics: {},
    pveBackups,
    performance: {},
    connectionHealth: {},
    stats: {},
    lastUpdate: 1_767_225_600_000,
    temperatureMonitoringEnabled: true,
    ...overrides,
  };
}

export function nodeFixture(overrides: Partial<Node> = {}): Node {
  const name = overrides.node ?? 'pve1';
  const instance = overrides.instance ?? 'lab';

  return {
    id: `${instance}-${name}`,
    node: name,
    name,
    displayName: name,
    instance,
    status: 'online',
    type: 'node',
    cpu: 0.25,
    memory: { total: 64 * GiB, used: 16 * GiB, free: 48 * GiB, usage: 25 },
    mem: 16 * GiB,
    maxmem: 64 * GiB,
    disk: { total: 100 * GiB, used: 50 * GiB, free: 50 * GiB, usage: 50 },
    maxdisk: 100 * GiB,
    uptime: 90_061,
    loadAverage: [0.5, 0.4, 0.3],
    kernelVersion: 'Linux 6.8',
    pveVersion: 'pve-manager/8.4.1',
    cpuInfo: { model: 'CPU', cores: 8, sockets: 1, mhz: '3000' },
    lastSeen: 1_767_225_600_000,
    connectionHealth: 'healthy',
    ...overrides,
  };
}

function guestBase(vmid: number, name: string) {
  return {
    id: `lab-pve1-${vmid}`,
    vmid,
    name,
    node: 'pve1',
    instance: 'lab',
    status: 'running',
    cpu: 0.1,
    cpus: 2,
    memory: { total: 4 * GiB, used: 2 * GiB, free: 2 * GiB, usage: 50 },
    mem: 2 * GiB,
    maxmem: 4 * GiB,
    disk: { total: 32 * GiB, used: 8 * GiB, free: 24 * GiB, usage: 25 },
    networkIn: 1024,
    networkOut: 2048,
    diskRead: 0,
    diskWrite: 0,
    uptime: 3_600,
    template: false,
    lastSeen: 1_767_225_600_000,
  };
}

export function vmFixture(vmid: number, name: string, overrides: Partial<VM> = {}): VM {
  return { ...guestBase(vmid, name), type: 'qemu', ...overrides };
}

export function containerFixture(
  vmid: number,
  name: string,
  overrides: Partial<Container> = {},
): Container {
  return { ...guestBase(vmid, name), type: 'lxc', ...overrides };
}

export function storageFixture(name: string, overrides: Partial<Storage> = {}): Storage {
  return {
    id: `lab-pve1-${name}`,
    storage: name,
    name,
    node: 'pve1',
    instance: 'lab',
    type: 'dir',
    status: 'available',
    total: 100 * GiB,
    used: 40 * GiB,
    avail: 60 * GiB,
    free: 60 * GiB,
    usage: 40,
    content: 'images,rootdir',
    shared: false,
    enabled: true,
    active: true,
    ...overrides,
  };
}

export function pbsFixture(overrides: Partial<PbsInstance> = {}): PbsInstance {
  return {
    id: 'pbs-backup',
    name: 'backup',
    host: 'https://127.0.0.1:8007',
    status: 'online',
    version: '3.4.1',
    cpu: 5,
    memory: 20,
    memoryUsed: 4 * GiB,
    memoryTotal: 16 * GiB,
    uptime: 86_400,
    datastores: [
      {
        name: 'store1',
        total: 1000 * GiB,
        used: 250 * GiB,
        free: 750 * GiB,
        usage: 25,
        status: 'available',
        deduplicationFactor: 3.2,
      },
    ],
    backupJobs: [],
    syncJobs: [],
    verifyJobs: [],
    pruneJobs: [],
    garbageJobs: [],
    connectionHealth: 'healthy',
    lastSeen: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function pbsBackupFixture(vmid: string, backupTime: string): PbsBackup {
  return {
    id: `pbs-backup-store1--vm-${vmid}-${backupTime}`,
    instance: 'backup',
    datastore: 'store1',
    namespace: '',
    backupType: 'vm',
    vmid,
    backupTime,
    size: 8 * GiB,
    protected: false,
    verified: true,
    comment: `guest-${vmid}`,
  };
}

export function storageBackupFixture(vmid: number, time: string): StorageBackup {
  return {
    id: `lab-pve1-local-${vmid}-${time}`,
    storage: 'local',
    node: 'pve1',
    instance: 'lab',
    type: 'lxc',
    vmid,
    time,
    ctime: Date.parse(time) / 1000,
    size: 2 * GiB,
    format: 'tar.zst',
    protected: true,
    volid: `local:backup/vzdump-lxc-${vmid}.tar.zst`,
    isPBS: false,
    verified: false,
  };
}
