import type { PveQemuStatus } from '../../../upstream';
import { BackgroundWork, runWithinBudget } from '../shared/budget';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';

export interface VmStatusRef {
  id: string;
  node: string;
  vmid: number;
}

/** What the poll uses of a VM's `status/current`: its memory figures and the agent switch. */
export type VmStatus = Pick<
  PveQemuStatus,
  'agent' | 'mem' | 'maxmem' | 'balloon' | 'freemem' | 'meminfo'
>;

export interface VmStatusLimits {
  /** Reads in flight at once. */
  concurrency: number;
  /** Wall time a cycle waits for the reads; slower ones finish in the background. */
  budgetMs: number;
  /** Reads started per cycle at most; the others wait for a later cycle, oldest first. */
  perCycle: number;
}

interface Read {
  status: VmStatus;
  at: number;
}

/** Budget of one `status/current` read (the details cache reads it too when this did not). */
export const STATUS_TIMEOUT_MS = 10_000;
/** A status older than this is not used for memory (the cluster view's `mem` is used instead). */
const MAX_AGE_MS = 60_000;

/**
 * `status/current` of the running VMs: the balloon target and the memory the guest itself
 * reports as free (balloon driver / guest agent) are only there, and the cluster view's `mem`
 * counts the guest's page cache. Every VM is read every cycle up to `perCycle` of them; beyond
 * that (thousands of running VMs on one instance, hundreds of calls a second for its API) they
 * take turns, oldest read first, and a VM shows the memory of its last read meanwhile. Reads
 * that miss the cycle's time budget finish in the background and count for the next cycle.
 */
export class VmStatusReader {
  private readonly reads = new Map<string, Read>();
  private readonly background = new BackgroundWork();
  private readonly inFlight = new Set<string>();

  constructor(private readonly limits: VmStatusLimits) {}

  /** The last status of a VM when it is recent enough to describe the guest now. */
  latest(id: string, now: number): VmStatus | undefined {
    const read = this.reads.get(id);

    return read && now - read.at <= MAX_AGE_MS ? read.status : undefined;
  }

  async refresh(cycle: PveCycle, vms: readonly VmStatusRef[]): Promise<void> {
    const present = new Set(vms.map((vm) => vm.id));
    for (const id of this.reads.keys()) {
      if (!present.has(id)) this.reads.delete(id);
    }
    const failures: unknown[] = [];
    const work = runWithinBudget(this.order(vms), {
      limit: this.limits.concurrency,
      budgetMs: this.limits.budgetMs,
      signal: cycle.signal,
      run: (vm) => this.read(cycle, vm, failures),
    });
    if (!(await work.withinBudget)) {
      this.background.keep(work.done);
    }
    if (failures.length) {
      const what = `Status of ${failures.length} VM(s) on ${cycle.target.name}`;
      cycle.warnings.push(warningOf(what, failures[0]));
    }
  }

  /**
   * This cycle's share of the VMs, oldest reads first (never read before anything), none already
   * in flight: when the budget or the per-cycle cap cuts a cycle short, the next one starts where
   * this one stopped.
   */
  private order(vms: readonly VmStatusRef[]): VmStatusRef[] {
    const readAt = (vm: VmStatusRef) => this.reads.get(vm.id)?.at ?? -1;
    const waiting = vms.filter((vm) => !this.inFlight.has(vm.id));
    waiting.sort((a, b) => readAt(a) - readAt(b));

    return waiting.slice(0, this.limits.perCycle);
  }

  private async read(cycle: PveCycle, vm: VmStatusRef, failures: unknown[]): Promise<void> {
    this.inFlight.add(vm.id);
    try {
      const status = await cycle.client.guests.qemuStatus(vm.node, vm.vmid, {
        timeoutMs: STATUS_TIMEOUT_MS,
      });
      // Only the fields used are kept, in the entry of the last read: they live until the next
      // poll, and at 10,000 guests whatever does is old-generation garbage every cycle.
      const { agent, mem, maxmem, balloon, freemem, meminfo } = status;
      const kept: VmStatus = { agent, mem, maxmem, balloon, freemem, meminfo };
      const read = this.reads.get(vm.id);
      if (read) {
        read.status = kept;
        read.at = Date.now();
      } else {
        this.reads.set(vm.id, { status: kept, at: Date.now() });
      }
    } catch (error) {
      failures.push(error);
    } finally {
      this.inFlight.delete(vm.id);
    }
  }

  settle(): Promise<void> {
    return this.background.settle();
  }
}
