import type { Container, Node, PbsInstance, Storage, VM } from '@pulse/contracts';

/** A VM with the numbers the history records; `load` (0–1) drives cpu, memory and disk. */
export function vmItem(id: string, load: number): VM {
  return {
    id,
    vmid: Number(id.split('-').pop()),
    name: id,
    node: 'node1',
    instance: 'pve',
    status: 'running',
    type: 'qemu',
    cpu: load,
    cpus: 2,
    memory: { total: 1000, used: load * 1000, free: 1000 - load * 1000, usage: load * 100 },
    mem: load * 1000,
    maxmem: 1000,
    disk: { total: 100, used: 50, free: 50, usage: 50 },
    networkIn: 1000,
    networkOut: 2000,
    diskRead: 3000,
    diskWrite: 4000,
    uptime: 100,
    template: false,
    lastSeen: 0,
  };
}

export function containerItem(id: string, load: number): Container {
  return { ...vmItem(id, load), type: 'lxc', disk: undefined } as Container;
}

export function nodeItem(id: string, load: number): Node {
  return {
    id,
    node: id,
    name: id,
    displayName: id,
    instance: 'pve',
    status: 'online',
    type: 'node',
    cpu: load,
    memory: { total: 100, used: 40, free: 60, usage: 40 },
    mem: 40,
    maxmem: 100,
    disk: { total: 100, used: 10, free: 90, usage: 10 },
    maxdisk: 100,
    uptime: 1,
    loadAverage: null,
    kernelVersion: '',
    pveVersion: '',
    cpuInfo: { model: '', cores: 1, sockets: 1, mhz: '' },
    lastSeen: 0,
    connectionHealth: 'healthy',
  };
}

export function storageItem(id: string, used: number): Storage {
  return {
    id,
    storage: 'local',
    name: 'local',
    node: 'node1',
    instance: 'pve',
    type: 'dir',
    status: 'available',
    total: 1000,
    used,
    avail: 1000 - used,
    free: 1000 - used,
    usage: used / 10,
    content: 'images',
    shared: false,
    enabled: true,
    active: true,
  };
}

export function pbsItem(name: string, used: number): PbsInstance {
  return {
    id: `pbs-${name}`,
    name,
    host: 'https://127.0.0.1:8007',
    status: 'online',
    version: '3',
    cpu: 1,
    memory: 2,
    memoryUsed: 1,
    memoryTotal: 2,
    uptime: 1,
    datastores: [
      { name: 'store1', total: 2000, used, free: 2000 - used, usage: used / 20, status: 'ok' },
    ],
    backupJobs: [],
    syncJobs: [],
    verifyJobs: [],
    pruneJobs: [],
    garbageJobs: [],
    connectionHealth: 'healthy',
    lastSeen: '2024-01-01T00:00:00Z',
  };
}
