import { decodeList, decodeObject } from '../../../upstream/decode/shape';
import { clusterResourceShape, qemuStatusShape } from '../../../upstream/pve/pve-guests.decoders';
import { ZERO_RATES } from '../shared/rate-tracker';
import { GuestShapeInput, toContainer, toVm, vmMemory } from './pve-guests.normalize';

const GiB = 1024 ** 3;

/** `/cluster/resources` rows as Perl sends them: 0/1 flags, numbers now and then as strings. */
function row(raw: Record<string, unknown>) {
  return decodeList(
    [{ id: 'qemu/100', type: 'qemu', node: 'pve1', vmid: 100, ...raw }],
    clusterResourceShape,
  )[0];
}

function input(raw: Record<string, unknown>): GuestShapeInput {
  return {
    id: 'lab-pve1-100',
    instance: 'lab',
    row: row(raw),
    rates: ZERO_RATES,
    now: 1_700_000_000_000,
  };
}

describe('PVE guest normalizers', () => {
  it('reads 0/1 flags, string numbers and ;-separated tags of the cluster view', () => {
    const vm = toVm(
      input({
        status: 'running',
        template: 0,
        cpu: '0.25',
        maxcpu: '4',
        mem: ' 1073741824 ',
        maxmem: 4 * GiB,
        maxdisk: 32 * GiB,
        uptime: '3600',
        tags: 'prod;web',
      }),
      undefined,
    );

    expect(vm).toMatchObject({
      cpu: 0.25,
      cpus: 4,
      uptime: 3600,
      template: false,
      tags: 'prod,web',
    });
    expect(vm.memory).toEqual({ total: 4 * GiB, used: GiB, free: 3 * GiB, usage: 25 });
    expect(toVm(input({ status: 'stopped', template: 1 }), undefined).template).toBe(true);
  });

  it('zeroes CPU, memory use, uptime and rates of a guest that does not run', () => {
    const vm = toVm(
      {
        ...input({ status: 'stopped', cpu: 0.5, mem: GiB, maxmem: 2 * GiB, uptime: 99 }),
        rates: { diskRead: 5, diskWrite: 5, networkIn: 5, networkOut: 5 },
      },
      undefined,
    );

    expect(vm).toMatchObject({ cpu: 0, mem: 0, uptime: 0, diskRead: 0, networkIn: 0 });
    expect(vm.memory?.usage).toBe(0);
    expect(vm.diskStatusReason).toBe('vm-stopped');
  });

  it('falls back to a generated name when the row has none', () => {
    expect(toVm(input({ status: 'stopped' }), undefined).name).toBe('VM 100');
  });

  describe('VM memory (§4.4)', () => {
    const running = row({ status: 'running', mem: 3 * GiB, maxmem: 4 * GiB });
    const status = (raw: Record<string, unknown>) =>
      decodeObject({ status: 'running', ...raw }, qemuStatusShape);

    it('uses the cluster view without a status', () => {
      expect(vmMemory(running).used).toBe(3 * GiB);
    });

    it('takes total from a balloon below the maximum and used from the free memory', () => {
      const memory = vmMemory(
        running,
        status({ maxmem: 4 * GiB, balloon: String(2 * GiB), freemem: GiB / 2 }),
      );

      expect(memory).toEqual({
        total: 2 * GiB,
        used: 1.5 * GiB,
        free: GiB / 2,
        usage: 75,
        balloon: 2 * GiB,
      });
    });

    it('prefers what the guest agent calls available over the balloon driver', () => {
      const memory = vmMemory(
        running,
        status({ maxmem: 4 * GiB, freemem: GiB, meminfo: { total: 4 * GiB, available: 3 * GiB } }),
      );

      expect(memory.used).toBe(GiB);
    });

    it('adds free, buffers and cache when the agent has no available figure', () => {
      const memory = vmMemory(
        running,
        status({ maxmem: 4 * GiB, meminfo: { free: GiB, buffers: '0', cached: String(GiB) } }),
      );

      expect(memory.used).toBe(2 * GiB);
    });

    it('ignores a free figure larger than the total and uses the status mem', () => {
      const memory = vmMemory(
        running,
        status({ maxmem: 4 * GiB, freemem: 9 * GiB, mem: '2147483648' }),
      );

      expect(memory.used).toBe(2 * GiB);
    });

    it('keeps a balloon equal to the maximum as the total', () => {
      const memory = vmMemory(running, status({ maxmem: 4 * GiB, balloon: 4 * GiB, freemem: GiB }));

      expect(memory).toMatchObject({ total: 4 * GiB, used: 3 * GiB, balloon: 4 * GiB });
    });
  });

  describe('VM disk (§4.5)', () => {
    const running = { status: 'running', maxdisk: 32 * GiB };

    it('shows the allocated size with usage -1 and the reason without agent data', () => {
      const vm = toVm(input(running), { agentEnabled: false });

      expect(vm.disk).toEqual({ total: 32 * GiB, used: 0, free: 32 * GiB, usage: -1 });
      expect(vm.diskStatusReason).toBe('agent-disabled');
      expect(toVm(input(running), undefined).diskStatusReason).toBe('no-status');
      expect(
        toVm(input(running), { agentEnabled: true, agentDisks: { reason: 'agent-timeout' } })
          .diskStatusReason,
      ).toBe('agent-timeout');
    });

    it('uses the agent sum and lists each file system', () => {
      const disk = { total: 10 * GiB, used: 5 * GiB, free: 5 * GiB, usage: 50 };
      const vm = toVm(input(running), {
        agentEnabled: true,
        agentDisks: { disk, disks: [{ ...disk, mountpoint: '/' }] },
      });

      expect(vm.disk).toEqual(disk);
      expect(vm.disks).toEqual([{ ...disk, mountpoint: '/' }]);
      expect(vm).not.toHaveProperty('diskStatusReason');
    });
  });

  it('gives a container its root file system as its disk, with the volume as device', () => {
    const ct = toContainer(
      {
        ...input({
          type: 'lxc',
          status: 'running',
          disk: '2147483648',
          maxdisk: 8 * GiB,
          mem: GiB,
          maxmem: 2 * GiB,
        }),
      },
      { rootDevice: 'local-lvm:vm-100-disk-0' },
    );

    expect(ct.disk).toEqual({ total: 8 * GiB, used: 2 * GiB, free: 6 * GiB, usage: 25 });
    expect(ct.disks).toEqual([
      { ...ct.disk, mountpoint: '/', type: 'rootfs', device: 'local-lvm:vm-100-disk-0' },
    ]);
    expect(ct).not.toHaveProperty('diskStatusReason');
    expect(ct.memory?.usage).toBe(50);
  });
});
