import { decodeList, decodeObject } from '../../../upstream/decode/shape';
import { clusterResourceShape } from '../../../upstream/pve/pve-guests.decoders';
import { nodeStatusShape } from '../../../upstream/pve/pve-nodes.decoders';
import { nodeMemory, toNode } from './pve-nodes.normalize';

const GiB = 1024 ** 3;

const row = (raw: Record<string, unknown> = {}) =>
  decodeList(
    [
      {
        id: 'node/pve1',
        type: 'node',
        node: 'pve1',
        status: 'online',
        cpu: 0.12,
        maxcpu: 16,
        mem: 20 * GiB,
        maxmem: 32 * GiB,
        uptime: 86400,
        ...raw,
      },
    ],
    clusterResourceShape,
  )[0];
const status = (raw: Record<string, unknown>) => decodeObject(raw, nodeStatusShape);

describe('PVE node normalizers', () => {
  it('uses available memory (PVE 8+) for the used figure', () => {
    const memory = nodeMemory(
      row(),
      status({
        memory: { total: 32 * GiB, used: 20 * GiB, free: 2 * GiB, available: String(24 * GiB) },
      }).memory,
    );

    expect(memory).toEqual({ total: 32 * GiB, used: 8 * GiB, free: 24 * GiB, usage: 25 });
  });

  it('derives available from free, buffers and cache on older releases', () => {
    const info = status({
      memory: { total: 32 * GiB, used: 30 * GiB, free: 2 * GiB, buffers: GiB, cached: 5 * GiB },
    }).memory;

    expect(nodeMemory(row(), info)?.used).toBe(24 * GiB);
  });

  it('falls back to total minus used when only total, used and free are sent', () => {
    const info = status({ memory: { total: 32 * GiB, used: 8 * GiB, free: 1 * GiB } }).memory;

    expect(nodeMemory(row(), info)?.used).toBe(8 * GiB);
  });

  it('uses the cluster view without a node status, and nothing without a total', () => {
    expect(nodeMemory(row())?.used).toBe(20 * GiB);
    expect(nodeMemory(row({ maxmem: 0 }))).toBeUndefined();
  });

  it('shapes a node: CPU fraction, string load averages, root fs disk, versions', () => {
    const node = toNode({
      instance: 'lab',
      row: row(),
      status: status({
        loadavg: ['0.15', '0.25', '0.30'],
        kversion: 'Linux 6.8.12-4-pve',
        pveversion: 'pve-manager/8.4.1/abc',
        cpuinfo: { model: 'Xeon', cores: '8', sockets: 2, mhz: '2400.000' },
        rootfs: { total: 100 * GiB, used: '25769803776', avail: 76 * GiB },
        swap: { total: 8 * GiB, used: GiB, free: 7 * GiB },
      }),
      online: true,
      host: 'https://pve1:8006',
      connectionHealth: 'healthy',
      now: 1_700_000_000_000,
    });

    expect(node).toMatchObject({
      id: 'lab-pve1',
      cpu: 0.12,
      loadAverage: [0.15, 0.25, 0.3],
      cpuInfo: { model: 'Xeon', cores: 16, sockets: 2, mhz: '2400.000' },
      kernelVersion: 'Linux 6.8.12-4-pve',
      pveVersion: 'pve-manager/8.4.1/abc',
      maxdisk: 100 * GiB,
      uptime: 86400,
    });
    expect(node.disk?.usage).toBe(24);
    expect(node.memory).toMatchObject({ swapUsed: GiB, swapTotal: 8 * GiB });
  });

  it('reports an offline node with zero load and the error health', () => {
    const node = toNode({
      instance: 'lab',
      row: row({ status: 'offline' }),
      online: false,
      host: 'h',
      connectionHealth: 'healthy',
      now: 0,
    });

    expect(node).toMatchObject({
      status: 'offline',
      cpu: 0,
      uptime: 0,
      mem: 0,
      connectionHealth: 'error',
    });
    expect(node).not.toHaveProperty('memory');
  });
});
