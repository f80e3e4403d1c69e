import type { PveQemuStatus } from '../../../upstream';
import { resolveOptions } from '../collector-options';
import { pollTarget } from '../../testing/poll-fixtures';
import type { PveCycle } from './pve-cycle';
import { VmStatusReader } from './pve-vm-status';

/** A cycle whose client answers `status/current` after `delayMs`, recording the VMIDs asked. */
function cycleWith(asked: number[], delayMs = 0, fail?: number): PveCycle {
  const qemuStatus = async (_node: string, vmid: number): Promise<PveQemuStatus> => {
    asked.push(vmid);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (vmid === fail) throw new Error('guest vanished');

    return { status: 'running', freemem: vmid };
  };

  return {
    target: pollTarget(),
    client: { guests: { qemuStatus } } as unknown as PveCycle['client'],
    options: resolveOptions(),
    now: Date.now(),
    includeSlow: false,
    signal: new AbortController().signal,
    warnings: [],
  };
}

const vms = [100, 101, 102, 103].map((vmid) => ({ id: `lab-pve1-${vmid}`, node: 'pve1', vmid }));

describe('VmStatusReader', () => {
  it('reads every running VM and answers its recent status', async () => {
    const asked: number[] = [];
    const reader = new VmStatusReader({ concurrency: 2, budgetMs: 5_000, perCycle: 100 });
    await reader.refresh(cycleWith(asked), vms);

    expect(asked.sort()).toEqual([100, 101, 102, 103]);
    expect(reader.latest('lab-pve1-101', Date.now())?.freemem).toBe(101);
    expect(reader.latest('lab-pve1-101', Date.now() + 120_000)).toBeUndefined();
  });

  it('starts the next cycle with the VMs a short budget left out', async () => {
    const asked: number[] = [];
    const reader = new VmStatusReader({ concurrency: 1, budgetMs: 30, perCycle: 100 });
    await reader.refresh(cycleWith(asked, 20), vms);
    await reader.settle();
    const firstRound = [...asked];
    asked.length = 0;
    await reader.refresh(cycleWith(asked, 0), vms);

    expect(firstRound.length).toBeLessThan(vms.length);
    expect(asked.slice(0, vms.length - firstRound.length).sort()).toEqual(
      vms.map((vm) => vm.vmid).filter((vmid) => !firstRound.includes(vmid)),
    );
  });

  it('turns failures into one warning and forgets VMs that are gone', async () => {
    const reader = new VmStatusReader({ concurrency: 4, budgetMs: 5_000, perCycle: 100 });
    const cycle = cycleWith([], 0, 102);
    await reader.refresh(cycle, vms);

    expect(cycle.warnings).toEqual(['Status of 1 VM(s) on lab: guest vanished']);
    await reader.refresh(cycleWith([]), vms.slice(0, 1));
    expect(reader.latest('lab-pve1-101', Date.now())).toBeUndefined();
  });

  it('reads at most its share per cycle and lets the VMs take turns, oldest first', async () => {
    const reader = new VmStatusReader({ concurrency: 2, budgetMs: 5_000, perCycle: 3 });
    const rounds: number[][] = [];
    for (let round = 0; round < 3; round += 1) {
      const asked: number[] = [];
      await reader.refresh(cycleWith(asked), vms);
      rounds.push(asked.sort());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    expect(rounds.map((asked) => asked.length)).toEqual([3, 3, 3]);
    const [first, second] = rounds;
    const left = vms.map((vm) => vm.vmid).find((vmid) => !first.includes(vmid));
    expect(second).toContain(left);
    // Every VM has been read by the end of the second cycle, and each keeps its last status.
    expect(new Set([...first, ...second]).size).toBe(vms.length);
    for (const vm of vms) expect(reader.latest(vm.id, Date.now())?.freemem).toBe(vm.vmid);
  });
});
