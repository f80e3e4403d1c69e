import { PVE_REPO_IDS } from '../model/catalog';
import { PveNode } from '../model/pve.types';

export function pveMajor(node: PveNode): number {
  return parseInt(node.pveVersion, 10);
}

export function pveVersionInfo(node: PveNode) {
  const major = String(pveMajor(node));

  return {
    version: node.pveVersion,
    release: node.pveVersion.split('.').slice(0, 2).join('.'),
    repoid: PVE_REPO_IDS[major] ?? PVE_REPO_IDS['8'],
  };
}

export interface NodeRowOptions {
  node: PveNode;
  online: boolean;
  now: number;
  fingerprint: string;
}

/** `/nodes` row (offline nodes carry only identity and status). */
export function nodeListItem(options: NodeRowOptions) {
  const { node, online, now } = options;
  const base = {
    id: `node/${node.name}`,
    type: 'node',
    node: node.name,
    status: online ? 'online' : 'offline',
    ssl_fingerprint: options.fingerprint,
  };
  if (!online) return base;

  return {
    ...base,
    level: '',
    cpu: node.cpu,
    maxcpu: node.maxcpu,
    mem: node.memUsed,
    maxmem: node.maxmem,
    disk: node.rootUsed,
    maxdisk: node.rootTotal,
    uptime: now - node.bootTime,
  };
}

export function nodeResource(options: NodeRowOptions) {
  const { node, online, now } = options;
  const base = { id: `node/${node.name}`, type: 'node', node: node.name };
  if (!online) return { ...base, status: 'offline' };

  return {
    ...base,
    status: 'online',
    level: '',
    'cgroup-mode': 2,
    cpu: node.cpu,
    maxcpu: node.maxcpu,
    mem: node.memUsed,
    maxmem: node.maxmem,
    disk: node.rootUsed,
    maxdisk: node.rootTotal,
    uptime: now - node.bootTime,
  };
}

/** `/nodes/{node}/status`: PVE 9 adds `memory.available`; loadavg and MHz are strings. */
export function nodeStatus(node: PveNode, now: number) {
  const version = pveVersionInfo(node);
  const cached = Math.round((node.maxmem - node.memUsed) * 0.35);
  const free = node.maxmem - node.memUsed - cached;
  const memory: Record<string, number> = { total: node.maxmem, used: node.memUsed, free };
  if (pveMajor(node) >= 9) memory['available'] = free + cached;
  const rootAvail = node.rootTotal - node.rootUsed;

  return {
    cpu: node.cpu,
    wait: node.iowait,
    idle: 0,
    uptime: now - node.bootTime,
    loadavg: node.load.map((value) => value.toFixed(2)),
    kversion: `Linux ${node.kernel} #1 SMP PREEMPT_DYNAMIC PMX ${node.kernel} (2025-05-02T10:22Z)`,
    pveversion: `pve-manager/${version.version}/${version.repoid}`,
    'current-kernel': {
      sysname: 'Linux',
      release: node.kernel,
      version: `#1 SMP PREEMPT_DYNAMIC PMX ${node.kernel} (2025-05-02T10:22Z)`,
      machine: 'x86_64',
    },
    'boot-info': { mode: 'efi', secureboot: 0 },
    cpuinfo: {
      model: node.cpuModel,
      cpus: node.maxcpu,
      sockets: node.sockets,
      cores: node.maxcpu / node.sockets / 2,
      mhz: node.mhz,
      hvm: '1',
      user_hz: 100,
      flags: 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov sse sse2 ht svm',
    },
    memory,
    swap: { total: node.swapTotal, used: node.swapUsed, free: node.swapTotal - node.swapUsed },
    ksm: { shared: 0 },
    rootfs: { total: node.rootTotal, used: node.rootUsed, avail: rootAvail, free: rootAvail },
  };
}
