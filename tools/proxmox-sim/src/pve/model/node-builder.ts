import { Prng } from '../../core/prng';
import { DAY, GiB, TiB } from '../../core/units';
import { ResolvedNode } from '../../scenario/scenario.types';
import { CPU_MODELS, DISK_MODELS, kernelFor } from './catalog';
import { PhysicalDisk, PveNode, ZfsDevice, ZfsPool } from './pve.types';

const MEMORY_SIZES = [64, 128, 256, 384, 512].map((g) => g * GiB);

export function buildNodes(rng: Prng, specs: ResolvedNode[], offline: string[], now: number) {
  return specs.map((spec, i): PveNode => {
    const cpu = rng.pick(CPU_MODELS);
    const maxmem = rng.pick(MEMORY_SIZES);
    const rootTotal = Math.round(rng.between(90, 460) * GiB);
    const disks = buildDisks(rng, spec.name, spec.zfs);

    return {
      name: spec.name,
      ip: spec.ip,
      nodeid: i + 1,
      pveVersion: spec.pveVersion,
      zfs: spec.zfs,
      scenarioOffline: offline.includes(spec.name),
      maxcpu: cpu.threads,
      sockets: cpu.sockets,
      cpuModel: cpu.model,
      mhz: cpu.mhz,
      maxmem,
      baseMem: Math.round(maxmem * rng.between(0.04, 0.08)),
      swapTotal: spec.zfs ? 0 : 8 * GiB,
      swapUsed: 0,
      rootTotal,
      rootUsed: Math.round(rootTotal * rng.between(0.08, 0.3)),
      localPoolSize: Math.round(rng.between(0.8, 3.5) * TiB),
      bootTime: now - rng.int(2, 120) * DAY - rng.int(0, DAY),
      cpu: 0.02,
      memUsed: 0,
      iowait: 0,
      load: [0.5, 0.5, 0.5],
      disks,
      pools: spec.zfs ? buildPools(rng, disks) : [],
      osds: 0,
      kernel: kernelFor(spec.pveVersion),
    };
  });
}

function buildDisks(rng: Prng, node: string, zfs: boolean): PhysicalDisk[] {
  const disks: PhysicalDisk[] = [];
  const system = zfs ? 2 : 1;
  for (let i = 0; i < system; i++) disks.push(flashDisk(rng, node, `/dev/nvme${i}n1`, 'nvme'));
  const extra = rng.int(0, 3);
  for (let i = 0; i < extra; i++) {
    const letter = String.fromCharCode(97 + i);
    const kind = rng.chance(0.5) ? 'hdd' : 'ssd';
    disks.push(
      kind === 'hdd'
        ? hardDisk(rng, `/dev/sd${letter}`)
        : flashDisk(rng, node, `/dev/sd${letter}`, 'ssd'),
    );
  }
  for (const disk of disks) disk.used = zfs && disk.type === 'nvme' ? 'ZFS' : disk.used;

  return disks;
}

function flashDisk(rng: Prng, node: string, devpath: string, type: 'nvme' | 'ssd'): PhysicalDisk {
  const model = rng.pick(DISK_MODELS[type]);
  const worn = rng.chance(0.05);

  return {
    devpath,
    model: model.model,
    serial: `S${rng.hex(11).toUpperCase()}`,
    type,
    health: rng.chance(0.03) ? 'FAILED' : type === 'nvme' ? 'PASSED' : 'OK',
    wearout: worn ? rng.int(3, 9) : rng.int(80, 100),
    size: model.size,
    rpm: 0,
    used: type === 'nvme' ? 'LVM' : rng.pick(['ext4', 'partitions', 'ZFS']),
    vendor: model.vendor,
    wwn: type === 'nvme' ? `eui.${rng.hex(16)}` : `0x5002538${rng.hex(9)}`,
  };
}

function hardDisk(rng: Prng, devpath: string): PhysicalDisk {
  const model = rng.pick(DISK_MODELS.hdd);

  return {
    devpath,
    model: model.model,
    serial: `ZC${rng.hex(6).toUpperCase()}`,
    type: 'hdd',
    health: rng.chance(0.04) ? 'FAILED' : 'PASSED',
    wearout: 'N/A',
    size: model.size,
    rpm: 7200,
    used: rng.pick(['ZFS', 'ext4', 'LVM']),
    vendor: model.vendor,
    wwn: `0x5000c500${rng.hex(8)}`,
  };
}

function buildPools(rng: Prng, disks: PhysicalDisk[]): ZfsPool[] {
  const members = disks.filter((d) => d.type === 'nvme').map((d) => `${d.devpath.slice(5)}p3`);
  const size = Math.round(disks[0].size * 0.98);
  const degraded = rng.chance(0.15);
  const leaves: ZfsDevice[] = members.map((name, i) => ({
    name,
    state: degraded && i === 1 ? 'FAULTED' : 'ONLINE',
    read: 0,
    write: degraded && i === 1 ? 3 : 0,
    cksum: degraded && i === 1 ? 17 : 0,
    ...(degraded && i === 1 ? { msg: 'too many errors' } : {}),
  }));
  const state = degraded ? 'DEGRADED' : 'ONLINE';

  return [
    {
      name: 'rpool',
      size,
      alloc: Math.round(size * rng.between(0.1, 0.6)),
      frag: rng.int(1, 35),
      dedup: 1,
      health: state,
      scan: `scrub repaired 0B in 00:0${rng.int(1, 9)}:12 with 0 errors on Sun Jun  8 00:24:13`,
      status: degraded ? 'One or more devices are faulted in response to persistent errors.' : '',
      action: degraded
        ? "Replace the faulted device, or use 'zpool clear' to mark the device repaired."
        : '',
      errors: 'No known data errors',
      vdevs: [
        {
          name: 'rpool',
          state,
          read: 0,
          write: 0,
          cksum: 0,
          children: [{ name: 'mirror-0', state, read: 0, write: 0, cksum: 0, children: leaves }],
        },
      ],
    },
  ];
}
